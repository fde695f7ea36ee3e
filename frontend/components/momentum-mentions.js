/**
 * Name completion for "@" in a <vaadin-text-area> (app.momentum.base.ui.MentionArea), with Tribute.
 * Typing "@" offers the given names; arrow keys, Enter/Tab and Escape work as in any list. Names are inserted
 * as "@Full Name" (plain text) and shown in the list as text, never as HTML.
 */
import Tribute from 'tributejs';

const escapeHtml = (text) => text.replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const STYLE = `
.momentum-mentions { position: absolute; z-index: 10000; max-height: 14rem; overflow: auto;
  background: var(--lumo-base-color, #fff); color: var(--lumo-body-text-color, #222);
  border-radius: var(--lumo-border-radius-m, 4px); box-shadow: var(--lumo-box-shadow-m, 0 2px 8px rgba(0,0,0,.2));
  font-family: var(--lumo-font-family, sans-serif); font-size: var(--lumo-font-size-m, 1rem); }
.momentum-mentions ul { margin: 0; padding: var(--lumo-space-xs, 4px) 0; list-style: none; }
.momentum-mentions li { padding: var(--lumo-space-xs, 4px) var(--lumo-space-m, 12px); cursor: pointer; }
.momentum-mentions li.highlight { background: var(--lumo-primary-color-10pct, #e8f0fe); }
`;

function addStyle() {
  if (document.getElementById('momentum-mentions-style')) {
    return;
  }
  const style = document.createElement('style');
  style.id = 'momentum-mentions-style';
  style.textContent = STYLE;
  document.head.appendChild(style);
}

let lists = 0;

/** Screen readers: the text area controls a list box whose highlighted option is the active descendant. */
function announce(area, tribute) {
  const listId = `momentum-mentions-${++lists}`;
  area.setAttribute('aria-autocomplete', 'list');
  area.setAttribute('aria-expanded', 'false');
  let observer = null;
  const sync = () => {
    const list = tribute.menu && tribute.menu.querySelector('ul');
    if (!list || !tribute.isActive || tribute.current.element !== area) {
      return;
    }
    list.id = listId;
    list.setAttribute('role', 'listbox');
    let active = '';
    list.querySelectorAll('li').forEach((item, index) => {
      item.id = `${listId}-${index}`;
      item.setAttribute('role', 'option');
      const selected = item.classList.contains('highlight');
      if (item.getAttribute('aria-selected') !== String(selected)) {
        item.setAttribute('aria-selected', String(selected));
      }
      if (selected) {
        active = item.id;
      }
    });
    area.setAttribute('aria-controls', listId);
    area.setAttribute('aria-activedescendant', active);
  };
  area.addEventListener('tribute-active-true', () => requestAnimationFrame(() => {
    area.setAttribute('aria-expanded', 'true');
    if (!observer && tribute.menu) {
      observer = new MutationObserver(sync);
      observer.observe(tribute.menu, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    }
    sync();
  }));
  area.addEventListener('tribute-active-false', () => {
    area.setAttribute('aria-expanded', 'false');
    area.removeAttribute('aria-activedescendant');
  });
}

window.momentumMentions = {
  attach(host, names) {
    addStyle();
    customElements.whenDefined(host.localName).then(() => requestAnimationFrame(() => {
      const area = host.querySelector('textarea');
      if (!area || area.__momentumTribute) {
        return;
      }
      const tribute = new Tribute({
        values: names.map((name) => ({ key: name, value: name })),
        allowSpaces: true,
        requireLeadingSpace: true,
        containerClass: 'momentum-mentions',
        menuItemTemplate: (item) => escapeHtml(item.original.key),
        selectTemplate: (item) => (item ? '@' + item.original.value : ''),
        noMatchTemplate: () => '',
        menuShowMinLength: 0,
      });
      tribute.attach(area);
      area.__momentumTribute = tribute;
      announce(area, tribute);
      // the text area learns its new value as if the user had typed it
      area.addEventListener('tribute-replaced', () => {
        area.dispatchEvent(new Event('input', { bubbles: true }));
        area.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }));
  },
};
