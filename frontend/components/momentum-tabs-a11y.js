/**
 * Makes every <vaadin-tabs> (also the one inside <vaadin-tabsheet>) a tablist that owns only tabs.
 *
 * Vaadin renders, in the tabs' shadow DOM, a scroll container <div id="scroll" part="tabs" tabindex="-1"> between
 * the role="tablist" host and its role="tab" children. The tabindex makes that div programmatically focusable, and a
 * tablist may own only tabs: axe-core reports it as aria-required-children (WCAG 1.3.1). The div needs no tabindex:
 * nothing focuses it (the tabs keep their roving tabindex, arrow keys and scroll buttons work the same), so we drop
 * the attribute after each render. The template sets it once, so it does not come back; the check after every update
 * keeps this true should a later Vaadin version render it again.
 */
import '@vaadin/tabs/src/vaadin-tabs.js';

const Tabs = customElements.get('vaadin-tabs');

function dropScrollerTabindex(tabs) {
  const scroller = tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
  if (scroller && scroller.hasAttribute('tabindex')) {
    scroller.removeAttribute('tabindex');
  }
}

const updated = Tabs.prototype.updated;
Tabs.prototype.updated = function (changedProperties) {
  if (updated) {
    updated.call(this, changedProperties);
  }
  dropScrollerTabindex(this);
};

// Tabs rendered before this module ran (none in practice: the bundle loads it before any view).
document.querySelectorAll('vaadin-tabs').forEach(dropScrollerTabindex);
