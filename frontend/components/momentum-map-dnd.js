/**
 * Drag and drop of moment cards on the journey map (app.momentum.journey.ui.JourneyMapView).
 *
 * The map's columns carry data-moment-dnd; inside them, cards (.moment-card, draggable when the map is editable,
 * data-moment = the moment's id) are dropped on a phase's list (.moment-list, data-phase = the phase's id). A drop
 * becomes one "moment-drop" event on the columns with detail {moment, phase, before}: before is the id of the card
 * dropped on, or '' for the end of the phase. The server works out the new order (JourneyMapService.moveMoment).
 *
 * One set of listeners on the document serves every map, also maps redrawn or opened later: a map can hold
 * hundreds of cards, and none of them needs a listener of its own.
 */
const MIME = 'text/plain';

/** The map (columns) an event happened in, or null outside any map. */
function mapOf(event) {
  const target = event.target;
  return target && target.closest ? target.closest('[data-moment-dnd]') : null;
}

/** The element matching selector around the event's target, within the map. */
function within(event, map, selector) {
  const found = event.target.closest(selector);
  return found && map.contains(found) ? found : null;
}

document.addEventListener('dragstart', (event) => {
  const map = mapOf(event);
  const card = map && within(event, map, '.moment-card');
  if (!card || !card.dataset.moment) {
    return;
  }
  event.dataTransfer.setData(MIME, card.dataset.moment);
  event.dataTransfer.effectAllowed = 'move';
});

document.addEventListener('dragover', (event) => {
  const map = mapOf(event);
  if (map && within(event, map, '.moment-list')) {
    event.preventDefault(); // allows the drop here
    event.dataTransfer.dropEffect = 'move';
  }
});

document.addEventListener('drop', (event) => {
  const map = mapOf(event);
  const list = map && within(event, map, '.moment-list');
  if (!list) {
    return;
  }
  event.preventDefault();
  const before = within(event, map, '.moment-card');
  map.dispatchEvent(new CustomEvent('moment-drop', {
    detail: {
      moment: event.dataTransfer.getData(MIME),
      phase: list.dataset.phase,
      before: before && before.dataset.moment ? before.dataset.moment : '',
    },
  }));
});
