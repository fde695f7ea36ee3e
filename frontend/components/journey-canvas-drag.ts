/**
 * Dragging a moment's card to another place or phase, with pointer events so mouse, pen and touch work alike.
 * A mouse or pen press becomes a drag after DRAG_THRESHOLD pixels (less is a click). A finger on a card pans the
 * map (touch-action), so on touch a card lifts only after a long press, or at once from its drag handle.
 * While dragging, the place under the pointer is the drop target: before a column's moment when left of its
 * centre, after it when right, at a phase's end on its "add a moment" column.
 */
import { HEADER_WIDTH } from './journey-canvas-styles.js';
import { type Moment, moveChangesOrder, type MoveTarget, type Phase } from './journey-canvas-model.js';

/** Pixels a mouse must move with the button down before a press on a card becomes a drag. */
const DRAG_THRESHOLD = 6;
/** How long a finger must rest on a card before it lifts for dragging (a shorter touch pans the map). */
const LONG_PRESS_MS = 450;
/** How far a finger may wander during the long press before it counts as panning. */
const TOUCH_SLOP = 8;

/** What the drag needs of the canvas. */
export interface CardDragHost {
  root(): ShadowRoot;
  scroller(): HTMLElement | null;
  phases(): Phase[];
  moments(): Map<string, Moment>;
  /** whether cards may be moved now (rights, mode) */
  enabled(): boolean;
  /** a card lifted (the canvas closes an open editor) */
  lifted(): void;
  /** the card was dropped on a place that changes the order */
  dropped(momentId: string, target: MoveTarget): void;
  /** something drawn changed (the lifted card, the drop indicator) */
  changed(): void;
}

interface Press {
  momentId: string;
  pointerId: number;
  startX: number;
  startY: number;
  /** true once the card follows the pointer */
  active: boolean;
  timer?: number;
  ghost?: HTMLElement;
}

export class CardDrag {
  private press: Press | null = null;
  /** Where the card would land now, for the drop indicator; null when nowhere (or nowhere new). */
  dropAt: MoveTarget | null = null;

  constructor(private readonly host: CardDragHost) {}

  /** The id of the card being dragged, or null. */
  get liftedId(): string | null {
    return this.press?.active ? this.press.momentId : null;
  }

  /** A press is in progress (maybe not yet a drag). */
  get pressing(): boolean {
    return this.press !== null;
  }

  down(e: PointerEvent) {
    const target = e.target as HTMLElement;
    if (e.button !== 0 || !this.host.enabled() || target.closest('textarea, select, input, button')) {
      return;
    }
    const cell = target.closest<HTMLElement>('[data-lane="card"][data-moment]');
    if (!cell) {
      return;
    }
    const onHandle = !!target.closest('[data-handle]');
    const press: Press = {
      momentId: cell.dataset.moment!, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, active: false,
    };
    this.press = press;
    if (e.pointerType === 'touch' && !onHandle) {
      press.timer = window.setTimeout(() => {
        if (this.press === press) {
          this.begin(press, press.startX, press.startY);
        }
      }, LONG_PRESS_MS);
    } else if (onHandle) {
      e.preventDefault();
    }
  }

  move(e: PointerEvent) {
    const press = this.press;
    if (!press || press.pointerId !== e.pointerId) {
      return;
    }
    const distance = Math.hypot(e.clientX - press.startX, e.clientY - press.startY);
    if (!press.active) {
      if (press.timer !== undefined) { // a finger before its long press: panning, unless it rests
        if (distance > TOUCH_SLOP) {
          this.end();
        }
        return;
      }
      if (distance < DRAG_THRESHOLD) {
        return;
      }
      this.begin(press, e.clientX, e.clientY);
    }
    e.preventDefault();
    this.follow(e.clientX, e.clientY);
  }

  /** The pointer went up: drops the card if it was dragged; true when it was (the click that follows is not one). */
  up(e: PointerEvent): boolean {
    const press = this.press;
    if (!press || press.pointerId !== e.pointerId) {
      return false;
    }
    const dragged = press.active;
    const drop = this.dropAt;
    this.end();
    if (dragged && drop) {
      this.host.dropped(press.momentId, drop);
    }
    return dragged;
  }

  /** Ends any press or drag without dropping (pointercancel, the element leaving the page). */
  end() {
    const press = this.press;
    if (!press) {
      return;
    }
    window.clearTimeout(press.timer);
    press.ghost?.remove();
    this.press = null;
    this.dropAt = null;
    this.host.changed();
  }

  private begin(press: Press, x: number, y: number) {
    window.clearTimeout(press.timer);
    press.timer = undefined;
    press.active = true;
    this.host.lifted();
    try {
      this.host.scroller()?.setPointerCapture(press.pointerId);
    } catch { /* the pointer is gone already */ }
    const ghost = document.createElement('div');
    ghost.className = 'ghost';
    ghost.textContent = this.host.moments().get(press.momentId)?.title ?? '';
    this.host.root().appendChild(ghost);
    press.ghost = ghost;
    this.follow(x, y);
    this.host.changed();
  }

  private follow(x: number, y: number) {
    const press = this.press;
    const scroller = this.host.scroller();
    if (!press?.ghost || !scroller) {
      return;
    }
    press.ghost.style.left = `${x + 12}px`;
    press.ghost.style.top = `${y + 8}px`;
    const box = scroller.getBoundingClientRect();
    // near an edge the map scrolls along
    if (x < box.left + HEADER_WIDTH + 30) {
      scroller.scrollLeft -= 18;
    } else if (x > box.right - 40) {
      scroller.scrollLeft += 18;
    }
    let drop = this.placeAt(x, y);
    if (drop && !moveChangesOrder(this.host.phases(), press.momentId, drop)) {
      drop = null;
    }
    if (drop?.phaseId !== this.dropAt?.phaseId || drop?.beforeId !== this.dropAt?.beforeId) {
      this.dropAt = drop;
      this.host.changed();
    }
  }

  /** The place in the order under the point: before or after a moment's column, or a phase's end. */
  private placeAt(x: number, y: number): MoveTarget | null {
    const under = this.host.root().elementsFromPoint(x, y)
      .find((el) => el.closest('[data-column], [data-add-phase]'));
    const column = under?.closest<HTMLElement>('[data-column], [data-add-phase]');
    if (column?.dataset.addPhase) {
      return { phaseId: column.dataset.addPhase, beforeId: null };
    }
    const id = column?.dataset.column;
    const phase = id ? this.host.phases().find((p) => p.momentIds.includes(id)) : undefined;
    if (!column || !id || !phase) {
      return null;
    }
    const rect = column.getBoundingClientRect();
    const moments = this.host.moments();
    const ids = phase.momentIds.filter((m) => moments.has(m));
    return { phaseId: phase.id, beforeId: x < rect.left + rect.width / 2 ? id : ids[ids.indexOf(id) + 1] ?? null };
  }
}
