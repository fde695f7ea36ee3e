/**
 * <momentum-journey-canvas>: the whole journey map as one picture, drawn in the browser (issue 12). The server
 * never keeps the map in Vaadin's state tree; it sends JSON through one-shot calls and listens to typed events —
 * see CANVAS-CONTRACT.md for the exact shapes. Public methods: setModel, applyPatch, setPresence, setLanes,
 * setMode, setI18n, focusCell, exportSvg.
 *
 * Layout: one CSS grid. Column 1 is the sticky lane header; every moment (and the "add a moment" column at the end
 * of each phase) is a grid column of fixed width (--col-w, scaled by zoom). Row 1 holds the sticky phase bands,
 * then one row per visible lane. Phases and moment columns are subgrids, so a lane's row has one height across
 * the whole map and each column is still one element ([data-column]). The emotion lane is one SVG laid over its
 * row, x = column centre.
 *
 * Speed: a column's cells are wrapped in lit's `guard` keyed on the moment object and the little per-column state
 * (active cell, editor, presence), and columns are `repeat`ed by id, so a patch re-renders only the moments it
 * replaces. 200 moments with every lane draw in well under a second.
 *
 * User text is always rendered as text (lit bindings), never as HTML.
 *
 * I18N keys (setI18n sends them with the `canvas.` prefix, as in messages.properties; English fallbacks in the code):
 *   label, lane.card, lane.does, lane.thinks, lane.feels, lane.channel, lane.otherParty, lane.emotion,
 *   lane.experience, lane.owners, lane.enablers, lane.measured, lane.actions, lane.comments,
 *   zoomIn, zoomOut, zoomLevel, fit, lanes, lanesTitle, laneUp, laneDown, undo, undoTitle, workshop, present,
 *   backToEdit, exportPng, exportSvg, exportPngTitle, exportSvgTitle, phases, addMoment, addMomentLabel,
 *   emptyPhase, openForm, dragHandle, target.SEVEN_PLUS, target.NINE_PLUS, targetTitle, momentOfTruth,
 *   brandMoment, noChannel, emotion.current, emotion.desired, emotion.measured, emotion.peak, emotion.end,
 *   emotion.setDesired, desiredPoint, satisfactionMet, satisfactionMissed, satisfaction, openActions,
 *   accountable, presentationStep, previous, next, editing
 */
import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  EMOTION_COLORS, emotionAt, type EmotionPoint, emotionShapes, emotionY, measuredY,
} from './journey-canvas-emotion.js';
import { buildSvg, download, svgToPng } from './journey-canvas-export.js';
import { BASE_FONT, cellHeight, LINE, MIN_ROW, TextMeasure } from './journey-canvas-rows.js';
import { canvasStyles, HEADER_WIDTH } from './journey-canvas-styles.js';
import { CardDrag } from './journey-canvas-drag.js';
import {
  ALL_LANES, type CanvasMode, type CanvasModel, type CanvasPatch, type EditDetail, type EditField, type LaneId,
  type LaneState, laneName, type Moment, momentsInOrder, moveChangesOrder, movedPhases, type MoveTarget, oneDecimal,
  oneStep, orderedLanes, type Phase, type Presence, type Target, targetText, TEXT_LANES, type Texts, translate,
  visibleLanes,
} from './journey-canvas-model.js';

export type {
  CanvasModel, CanvasPatch, EditDetail, LaneState, Moment, Phase, Presence,
} from './journey-canvas-model.js';

/** A moment column's width at zoom 1 (11rem). */
const COLUMN_WIDTH = 176;
/** The "add a moment" column's width at zoom 1. */
const ADD_WIDTH = 136;
/** The emotion lane's height at zoom 1. */
const EMOTION_HEIGHT = 156;
const ZOOM_MIN = 0.25;
/** "Fit" may go smaller than the − button: a long journey fitted is an overview (phases, the emotion curve). */
const FIT_MIN = 0.02;
const ZOOM_MAX = 2;
/** Larger type (and columns) in workshop mode, for a room looking at one screen. */
const WORKSHOP_SCALE = 1.2;

/** One column of the grid: a moment, or the column at the end of a phase where a moment is added. */
type Column =
  | { kind: 'moment'; moment: Moment; phase: Phase; index: number; track: number; x: number; width: number }
  | { kind: 'add'; phase: Phase; track: number; x: number; width: number };

interface PhaseLayout {
  phase: Phase;
  start: number;
  span: number;
  columns: Column[];
}

interface Editing {
  momentId: string;
  lane: LaneId;
  field: EditField;
  base: unknown;
  draft: string;
}

/** One of the user's own changes, as undo needs it: a field's value before and after, or where a moved moment was. */
type UndoEntry =
  | { kind: 'field'; momentId: string; field: EditField; before: unknown; after: unknown }
  | { kind: 'move'; momentId: string; from: MoveTarget };

interface CellRef {
  momentId: string;
  lane: LaneId;
}

/** A desired point being dragged up or down. */
interface PointDrag {
  momentId: string;
  pointerId: number;
  base: number | null;
  value: number | null;
}

class MomentumJourneyCanvas extends LitElement {
  static styles = canvasStyles;

  private moments = new Map<string, Moment>();
  private phases: Phase[] = [];
  private peakId: string | null = null;
  private endId: string | null = null;
  private journeyId: string | null = null;
  private journeyName = '';
  private editable = false;
  private editableLanes = new Set<string>();
  private channels: { id: string; name: string }[] = [];
  private laneState: LaneState = { order: [...ALL_LANES], hidden: [] };
  private texts: Texts = {};
  private mode: CanvasMode = 'edit';
  private zoom = 1;
  private presenceByMoment = new Map<string, Presence[]>();
  /** Changes whenever something every column shows changes (lanes, texts, mode, rights), so guard redraws all. */
  private epoch = 0;
  private active: CellRef | null = null;
  private editing: Editing | null = null;
  private undoStack: UndoEntry[] = [];
  private laneMenuOpen = false;
  private presentIndex = 0;
  private readonly drag = new CardDrag({
    root: () => this.renderRoot as ShadowRoot,
    scroller: () => this.scroller,
    phases: () => this.phases,
    moments: () => this.moments,
    enabled: () => this.mayEdit('card'),
    lifted: () => this.commitEditor(),
    dropped: (momentId, target) => this.moveMoment(momentId, target),
    changed: () => this.requestUpdate(),
  });
  private pointDrag: PointDrag | null = null;
  /** A click that ends a drag must not also open an editor. */
  private swallowClick = false;
  private inFullscreen = false;

  // ---------------------------------------------------------------- public API (CANVAS-CONTRACT)

  /** The whole map; fires `canvas-drawn` once it is on screen. */
  setModel(model: CanvasModel) {
    const sameJourney = model.journeyId === this.journeyId;
    if (!sameJourney) {
      this.undoStack = [];
      this.active = null;
    }
    this.journeyId = model.journeyId;
    this.journeyName = model.name ?? '';
    this.editable = !!model.editable;
    this.editableLanes = new Set(model.editableLanes ?? []);
    this.channels = model.channels ?? [];
    this.phases = model.phases ?? [];
    this.moments = new Map((model.moments ?? []).map((m) => [m.id, m]));
    this.peakId = model.peakId ?? null;
    this.endId = model.endId ?? null;
    // a redraw of the same map keeps the user's open editor (and what they typed) while its moment exists
    if (this.editing && (!sameJourney || !this.moments.has(this.editing.momentId))) {
      this.editing = null;
      this.fire('canvas-focus', { momentId: null, lane: null });
    }
    this.presentIndex = Math.min(this.presentIndex, Math.max(0, this.moments.size - 1));
    this.epoch++;
    this.requestUpdate();
    const count = this.moments.size;
    this.updateComplete.then(() => requestAnimationFrame(() => {
      // lay out now rather than after this frame's callbacks, so "drawn" means laid out, not just in the DOM
      void this.scroller?.scrollWidth;
      // a User Timing mark as well: the render benchmark reads when the first map was drawn without polling
      performance.mark('momentum-canvas-drawn', { detail: { moments: count } });
      this.fire('canvas-drawn', { moments: count });
    }));
  }

  /** Upserts moments, removes the removed, replaces the phases when sent; only the changed columns redraw. */
  applyPatch(patch: CanvasPatch) {
    for (const moment of patch.moments ?? []) {
      this.moments.set(moment.id, moment);
    }
    for (const id of patch.removed ?? []) {
      this.moments.delete(id);
      this.presenceByMoment.delete(id);
      if (this.editing?.momentId === id) {
        this.editing = null;
      }
      if (this.active?.momentId === id) {
        this.active = null;
      }
    }
    if (patch.removed?.length) {
      this.undoStack = this.undoStack.filter((u) => this.moments.has(u.momentId));
    }
    if (patch.phases) {
      this.phases = patch.phases;
    }
    if ('peakId' in patch) {
      this.peakId = patch.peakId ?? null;
    }
    if ('endId' in patch) {
      this.endId = patch.endId ?? null;
    }
    this.requestUpdate();
  }

  /** Who is on which cell now (the whole list each time). */
  setPresence(list: Presence[]) {
    const byMoment = new Map<string, Presence[]>();
    for (const p of list ?? []) {
      const own = byMoment.get(p.momentId) ?? [];
      own.push(p);
      byMoment.set(p.momentId, own);
    }
    // a moment whose presence did not change keeps its array, so its column is not redrawn
    for (const [id, own] of byMoment) {
      const old = this.presenceByMoment.get(id);
      if (old && old.length === own.length && old.every((p, i) => samePresence(p, own[i]))) {
        byMoment.set(id, old);
      }
    }
    this.presenceByMoment = byMoment;
    this.requestUpdate();
  }

  /** The user's lane order and hidden lanes (as saved); does not fire canvas-lanes. */
  setLanes(state: LaneState) {
    this.laneState = { order: [...(state?.order ?? ALL_LANES)], hidden: [...(state?.hidden ?? [])] };
    this.epoch++;
    this.requestUpdate();
  }

  /** "edit", "workshop" (full screen, larger type) or "presentation" (full screen, read-only, step by step). */
  setMode(mode: CanvasMode) {
    if (mode === this.mode) {
      return;
    }
    const entering = mode !== 'edit';
    this.mode = mode;
    this.setAttribute('mode', mode);
    this.commitEditor();
    this.epoch++;
    this.laneMenuOpen = false;
    if (mode === 'presentation') {
      this.presentIndex = 0;
    }
    if (entering && document.fullscreenElement !== this) {
      // needs a user gesture when called from the server; without one the mode still works in the page
      this.requestFullscreen?.().then(() => { this.inFullscreen = true; }).catch(() => { /* ignored */ });
    } else if (!entering && document.fullscreenElement === this) {
      document.exitFullscreen().catch(() => { /* ignored */ });
    }
    this.requestUpdate();
    if (mode === 'presentation') {
      this.updateComplete.then(() => {
        this.scrollToStep();
        this.focus();
      });
    }
  }

  /** Every visible string, as key → text (keys with the `canvas.` prefix). */
  setI18n(texts: Texts) {
    this.texts = { ...(texts ?? {}) };
    this.epoch++;
    this.requestUpdate();
  }

  /** Moves the keyboard focus to a cell (lane null: the card) and scrolls it into view. */
  async focusCell(momentId: string, lane: string | null) {
    const target = (lane ?? 'card') as LaneId;
    this.setActive({ momentId, lane: target });
    await this.updateComplete;
    this.cellElement(momentId, target)?.focus();
  }

  /** The map as shown (visible lanes in order, phases, columns, emotion lane) as SVG text. */
  exportSvg(): string {
    return buildSvg({
      name: this.journeyName, phases: this.phases, moments: this.moments, lanes: visibleLanes(this.laneState),
      texts: this.texts, peakId: this.peakId, endId: this.endId,
    });
  }

  // ---------------------------------------------------------------- life cycle

  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = -1; // so presentation mode can take the keyboard
    }
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.addEventListener('keydown', this.onHostKeyDown);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.removeEventListener('keydown', this.onHostKeyDown);
    this.drag.end();
  }

  protected firstUpdated() {
    // non-passive, so a long-pressed card can stop the map from panning while it is dragged
    this.scroller?.addEventListener('touchmove', (e) => {
      if (this.drag.liftedId || this.pointDrag) {
        e.preventDefault();
      }
    }, { passive: false });
    // a long press on an editable card lifts it; it must not also open the browser's context menu
    this.scroller?.addEventListener('contextmenu', (e) => {
      if (this.drag.pressing && (e.target as HTMLElement).closest?.('[data-lane="card"]')) {
        e.preventDefault();
      }
    });
  }

  private readonly onFullscreenChange = () => {
    if (document.fullscreenElement === this) {
      this.inFullscreen = true;
      return;
    }
    if (this.inFullscreen) {
      this.inFullscreen = false;
      // the browser's own Esc leaves full screen without a keydown reaching us
      if (this.mode !== 'edit') {
        this.leaveMode();
      }
    }
  };

  private readonly onDocumentPointerDown = (e: PointerEvent) => {
    if (this.laneMenuOpen && !e.composedPath().some((n) => (n as HTMLElement).classList?.contains('lane-menu-wrap'))) {
      this.laneMenuOpen = false;
      this.requestUpdate();
    }
  };

  // ---------------------------------------------------------------- helpers

  private t(key: string, fallback: string, ...args: unknown[]) {
    return translate(this.texts, key, fallback, ...args);
  }

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private get scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  private get readOnly() {
    return !this.editable || this.mode === 'presentation';
  }

  private mayEdit(lane: LaneId) {
    return !this.readOnly && this.editableLanes.has(lane);
  }

  private get scale() {
    return this.zoom * (this.mode === 'edit' ? 1 : WORKSHOP_SCALE);
  }

  private get bandHeight() {
    return Math.round(10 + Math.max(11, BASE_FONT * this.scale) * LINE + 12);
  }

  /** The measurer of texts, made again when the element's font changes. */
  private measure: TextMeasure | null = null;
  private measureFamily = '';
  /** Each moment's needed height per lane at scale 1, until the moment object is replaced (a patch, an edit). */
  private heightCache = new WeakMap<Moment, Map<LaneId, number>>();
  private heightCacheEpoch = -1;

  /** Each visible lane's height in px: the tallest cell of the lane, at least MIN_ROW (all at this scale). */
  private laneHeights(lanes: LaneId[], emotionHeight: number): number[] {
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    if (!this.measure || this.measureFamily !== family) {
      this.measure = new TextMeasure(family);
      this.measureFamily = family;
      this.heightCache = new WeakMap();
    }
    if (this.heightCacheEpoch !== this.epoch) {
      this.heightCache = new WeakMap();
      this.heightCacheEpoch = this.epoch;
    }
    const s = this.scale;
    const needed = lanes.map(() => MIN_ROW);
    for (const m of this.moments.values()) {
      let own = this.heightCache.get(m);
      if (!own) {
        own = new Map();
        this.heightCache.set(m, own);
      }
      lanes.forEach((lane, i) => {
        if (lane === 'emotion') {
          return;
        }
        let h = own!.get(lane);
        if (h === undefined) {
          h = cellHeight(this.measure!, this.texts, lane, m, this.mayEdit('card'), 0);
          own!.set(lane, h);
        }
        if (h > needed[i]) {
          needed[i] = h;
        }
      });
    }
    // + 2: room for rounding in the browser's own text layout; 26: one line of the (unzoomed) lane name
    return lanes.map((lane, i) => (lane === 'emotion' ? emotionHeight : Math.max(26, Math.ceil(needed[i] * s + 2))));
  }

  private get emotionHeight() {
    return Math.max(96, Math.round(EMOTION_HEIGHT * this.scale));
  }

  private cellElement(momentId: string, lane: LaneId): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-moment="${CSS.escape(momentId)}"][data-lane="${lane}"]`);
  }

  private ordered(): Moment[] {
    return momentsInOrder(this.phases, this.moments);
  }

  /** The grid's columns and phases, with each column's track and x (from the first moment column) in px. */
  private layout(): { phases: PhaseLayout[]; columns: Column[]; width: number } {
    const colWidth = COLUMN_WIDTH * this.scale;
    const addWidth = ADD_WIDTH * this.scale;
    const phases: PhaseLayout[] = [];
    const columns: Column[] = [];
    let track = 2;
    let x = 0;
    let index = 0;
    for (const phase of this.phases) {
      const own: Column[] = [];
      for (const id of phase.momentIds) {
        const moment = this.moments.get(id);
        if (moment) {
          own.push({ kind: 'moment', moment, phase, index: index++, track: track++, x, width: colWidth });
          x += colWidth;
        }
      }
      // the add column: always when editing, and for an empty phase so its band has room
      if ((!this.readOnly) || own.length === 0) {
        own.push({ kind: 'add', phase, track: track++, x, width: addWidth });
        x += addWidth;
      }
      phases.push({ phase, start: own[0].track, span: own.length, columns: own });
      columns.push(...own);
    }
    return { phases, columns, width: x };
  }

  // ---------------------------------------------------------------- render

  protected render() {
    const lanes = visibleLanes(this.laneState);
    const { phases, columns, width } = this.layout();
    const s = this.scale;
    const emoH = this.emotionHeight;
    const tracks = columns.map((c) => `${c.width}px`).join(' ');
    const heights = this.laneHeights(lanes, emoH);
    const bodyHeight = heights.reduce((a, b) => a + b, 0);
    const bandHeight = this.bandHeight;
    const gridStyle = {
      'grid-template-columns': `${HEADER_WIDTH}px ${tracks}`,
      'grid-template-rows': `${bandHeight}px ${bodyHeight}px`,
      '--s': String(s),
      '--band-h': `${bandHeight}px`,
      '--lane-rows': heights.map((h) => `${h}px`).join(' '),
      '--body-h': `${bodyHeight}px`,
      '--col-w': `${COLUMN_WIDTH * s}px`,
    };
    const emotionRow = lanes.indexOf('emotion');
    const emotionTop = bandHeight + heights.slice(0, Math.max(0, emotionRow)).reduce((a, b) => a + b, 0);
    const momentCount = columns.filter((c) => c.kind === 'moment').length;
    return html`
      ${this.renderToolbar(momentCount)}
      ${this.phases.length > 1 && this.mode !== 'presentation' ? this.renderJumpBar() : nothing}
      <div class="scroller"
        @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel} @click=${this.onClick}>
        <div class="grid" role="grid" aria-label=${this.t('label', 'Journey map {0}', this.journeyName)}
          aria-readonly=${this.readOnly ? 'true' : 'false'}
          style=${styleMap(gridStyle)} @keydown=${this.onGridKeyDown} @focusin=${this.onFocusIn}
          @dblclick=${this.onDoubleClick}>
          ${this.renderHeads(lanes, emoH)}
          ${repeat(phases, (p) => p.phase.id, (p) => this.renderPhase(p, lanes))}
          ${emotionRow >= 0 && columns.length > 0
            ? this.renderEmotion(columns, width, emoH, emotionTop) : nothing}
        </div>
      </div>
    `;
  }

  private renderToolbar(momentCount: number) {
    const presenting = this.mode === 'presentation';
    return html`
      <div class="toolbar" part="toolbar">
        <!-- the page shows the name above the canvas; full screen (workshop, presentation) it is only here -->
        <span class="name" title=${this.journeyName}>${this.mode === 'edit' ? '' : this.journeyName}</span>
        ${presenting ? html`
          <span class="group">
            <button class="tb" @click=${() => this.step(-1)} ?disabled=${this.presentIndex <= 0}
              aria-label=${this.t('previous', 'Previous moment')}>←</button>
            <span class="step" aria-live="polite">${this.t('presentationStep', 'Moment {0} of {1}',
              Math.min(this.presentIndex + 1, momentCount), momentCount)}</span>
            <button class="tb" @click=${() => this.step(1)} ?disabled=${this.presentIndex >= momentCount - 1}
              aria-label=${this.t('next', 'Next moment')}>→</button>
          </span>` : html`
          <span class="group">
            <button class="tb" @click=${() => this.setZoom(this.zoom / 1.2)} ?disabled=${this.zoom <= ZOOM_MIN}
              aria-label=${this.t('zoomOut', 'Zoom out')} title=${this.t('zoomOut', 'Zoom out')}>−</button>
            <span class="zoom-level" title=${this.t('zoomLevel', 'Zoom')}>${Math.round(this.zoom * 100)}%</span>
            <button class="tb" @click=${() => this.setZoom(this.zoom * 1.2)} ?disabled=${this.zoom >= ZOOM_MAX}
              aria-label=${this.t('zoomIn', 'Zoom in')} title=${this.t('zoomIn', 'Zoom in')}>+</button>
            <button class="tb" @click=${this.fit}>${this.t('fit', 'Fit the whole journey')}</button>
          </span>
          ${this.renderLaneMenu()}
          ${this.readOnly ? nothing : html`
            <button class="tb" data-undo @click=${this.undo} ?disabled=${this.undoStack.length === 0}
              title=${this.t('undoTitle', 'Undo your last change (Ctrl+Z)')}>↶ ${this.t('undo', 'Undo')}</button>`}`}
        <span class="group">
          ${this.mode === 'edit' ? html`
            <button class="tb" data-mode="workshop" @click=${() => this.switchMode('workshop')}>${this.t('workshop', 'Workshop')}</button>
            <button class="tb" data-mode="presentation" @click=${() => this.switchMode('presentation')}>${this.t('present', 'Present')}</button>`
            : html`<button class="tb primary" @click=${() => this.switchMode('edit')}>
              ${this.t('backToEdit', 'Back to editing')}</button>`}
        </span>
        ${presenting ? nothing : html`
          <span class="group">
            <button class="tb" @click=${this.downloadPng} title=${this.t('exportPngTitle', 'Download the map as a PNG image')}>
              ${this.t('exportPng', 'PNG')}</button>
            <button class="tb" @click=${this.downloadSvg} title=${this.t('exportSvgTitle', 'Download the map as an SVG image')}>
              ${this.t('exportSvg', 'SVG')}</button>
          </span>`}
      </div>
    `;
  }

  private renderLaneMenu() {
    const order = orderedLanes(this.laneState);
    const hidden = new Set(this.laneState.hidden);
    return html`
      <span class="lane-menu-wrap">
        <button class="tb lanes-button" aria-haspopup="true" aria-expanded=${this.laneMenuOpen ? 'true' : 'false'}
          @click=${this.toggleLaneMenu}>${this.t('lanes', 'Lanes')} ▾</button>
        ${this.laneMenuOpen ? html`
          <ul class="lane-menu" aria-label=${this.t('lanesTitle', 'Show, hide and order the lanes')}
            @keydown=${this.onLaneMenuKey}>
            ${order.map((lane, i) => html`
              <li>
                <label><input type="checkbox" data-lane-toggle=${lane} .checked=${!hidden.has(lane)}
                  @change=${(e: Event) => this.toggleLane(lane, (e.target as HTMLInputElement).checked)}>
                  ${laneName(this.texts, lane)}</label>
                <button class="mv" data-lane-up=${lane} ?disabled=${i === 0} @click=${() => this.moveLane(lane, -1)}
                  aria-label=${this.t('laneUp', 'Move {0} up', laneName(this.texts, lane))}>▲</button>
                <button class="mv" data-lane-down=${lane} ?disabled=${i === order.length - 1}
                  @click=${() => this.moveLane(lane, 1)}
                  aria-label=${this.t('laneDown', 'Move {0} down', laneName(this.texts, lane))}>▼</button>
              </li>`)}
          </ul>` : nothing}
      </span>
    `;
  }

  private renderJumpBar() {
    return html`
      <nav class="jump" aria-label=${this.t('phases', 'Jump to phase')}>
        <span class="lbl">${this.t('phases', 'Jump to phase')}</span>
        ${this.phases.map((p) => html`<button data-jump=${p.id} @click=${() => this.jumpTo(p.id)}>${p.name}</button>`)}
      </nav>
    `;
  }

  private renderHeads(lanes: LaneId[], emoH: number) {
    return html`
      <div class="heads" role="row">
        <div class="corner" role="columnheader"></div>
        ${lanes.map((lane, i) => html`
          <div class="head ${i % 2 ? 'alt' : ''}" role="columnheader" data-lane-head=${lane}>
            ${laneName(this.texts, lane)}
            ${lane === 'emotion' ? this.renderEmotionAxis(emoH) : nothing}
          </div>`)}
      </div>
    `;
  }

  private renderEmotionAxis(emoH: number) {
    return html`
      <div class="legend" ?hidden=${emoH < 130}>
        <span><i class="current"></i>${this.t('emotion.current', 'Current')}</span>
        <span><i class="desired"></i>${this.t('emotion.desired', 'Desired')}</span>
        <span><i class="measured"></i>${this.t('emotion.measured', 'Measured (1–10)')}</span>
      </div>
      ${[3, 2, 1, 0, -1, -2, -3].map((v) => html`
        <span class="axis ${v === 0 ? 'zero' : ''}" style="top:${emotionY(v, emoH)}px">${v > 0 ? '+' : ''}${v}</span>`)}
    `;
  }

  private renderPhase(p: PhaseLayout, lanes: LaneId[]) {
    return html`
      <div class="phase" role="rowgroup" aria-label=${p.phase.name}
        style="grid-column: ${p.start} / span ${p.span}">
        <div class="band" data-phase=${p.phase.id}>
          <div class="band-inner" title=${p.phase.name}><span class="band-label">${p.phase.name}</span></div>
        </div>
        ${repeat(p.columns, (c) => (c.kind === 'moment' ? c.moment.id : `add:${c.phase.id}`),
          (c, i) => (c.kind === 'moment' ? this.renderColumn(c, i + 1, lanes) : this.renderAddColumn(c, i + 1, lanes)))}
      </div>
    `;
  }

  /** A moment's column; place is its column inside the phase's subgrid (from 1). */
  private renderColumn(c: Extract<Column, { kind: 'moment' }>, place: number, lanes: LaneId[]) {
    const m = c.moment;
    const tabLane = this.tabLaneOf(m.id, lanes);
    const editing = this.editing?.momentId === m.id ? this.editing : null;
    const presence = this.presenceByMoment.get(m.id);
    // a boolean, never undefined: guard compares with ===, and every column would redraw on each press otherwise
    const lifted = this.drag.liftedId === m.id;
    const presenting = this.mode === 'presentation';
    const dropBefore = this.drag.dropAt?.beforeId === m.id;
    return html`
      <div class="col ${presenting && c.index > this.presentIndex ? 'dim' : ''}
        ${presenting && c.index === this.presentIndex ? 'current-step' : ''} ${dropBefore ? 'drop-before' : ''}
        ${editing ? 'has-editor' : ''}"
        role="row" aria-label=${m.title} data-column=${m.id} data-index=${c.index}
        style="grid-column: ${place}">
        ${guard([m, this.epoch, tabLane, editing, presence, lifted],
          () => lanes.map((lane, i) => this.renderCell(m, lane, i, tabLane === lane, editing, presence, lifted)))}
      </div>
    `;
  }

  private renderAddColumn(c: Extract<Column, { kind: 'add' }>, place: number, lanes: LaneId[]) {
    const dropAt = this.drag.dropAt;
    const dropEnd = dropAt && dropAt.beforeId === null && dropAt.phaseId === c.phase.id;
    const canAdd = !this.readOnly && this.editable;
    const empty = c.phase.momentIds.every((id) => !this.moments.has(id));
    // the input sits in the card lane (or the first lane that is not the emotion lane's picture)
    const inputRow = lanes.includes('card') ? lanes.indexOf('card') : lanes.findIndex((lane) => lane !== 'emotion');
    return html`
      <div class="col add ${dropEnd ? 'drop-end' : ''}" role="row" data-add-phase=${c.phase.id}
        style="grid-column: ${place}">
        ${lanes.map((_, i) => html`
          <div class="cell ${i % 2 ? 'alt' : ''}" role="gridcell">
            ${i === inputRow && canAdd ? html`
              <input class="add-input" data-add=${c.phase.id} placeholder=${this.t('addMoment', 'Add a moment…')}
                aria-label=${this.t('addMomentLabel', 'Add a moment to {0}', c.phase.name)}
                @keydown=${(e: KeyboardEvent) => this.onAddKey(e, c.phase.id)}>` : nothing}
            ${i === inputRow && !canAdd && empty ? html`<span class="empty-note">${this.t('emptyPhase', 'No moments yet')}</span>`
              : nothing}
          </div>`)}
      </div>
    `;
  }

  private tabLaneOf(momentId: string, lanes: LaneId[]): LaneId | null {
    if (this.active) {
      return this.active.momentId === momentId && lanes.includes(this.active.lane) ? this.active.lane : null;
    }
    // before any cell was focused, the first moment's first lane is the grid's one tab stop
    const first = this.phases.flatMap((p) => p.momentIds).find((id) => this.moments.has(id));
    return first === momentId ? lanes[0] ?? null : null;
  }

  private renderCell(m: Moment, lane: LaneId, row: number, tabStop: boolean, editing: Editing | null,
    presence: Presence[] | undefined, lifted: boolean): TemplateResult {
    // few bindings per cell: a 200-moment map has thousands of cells, and each binding costs on the first draw
    const here = presence ? presence.filter((p) => (p.lane ?? 'card') === lane) : [];
    const editable = this.mayEdit(lane) && (lane in TEXT_LANES || lane === 'channel');
    const cellEditing = editing && editing.lane === lane ? editing : null;
    const settable = lane === 'emotion' && this.mayEdit('emotion') && m.desired === null;
    let cls = `cell ${lane}`;
    if (row % 2) cls += ' alt';
    if (editable) cls += ' editable';
    if (here.length) cls += ' presence';
    if (settable) cls += ' settable';
    if (cellEditing) cls += ' editing';
    else if (lane in TEXT_LANES) cls += ' text';
    // no aria-label: a cell is named by its content, announced with its row (the moment) and column header (the
    // lane), so what is read is what is seen (WCAG 2.5.3 Label in Name)
    return html`<div class=${cls} role="gridcell" data-moment=${m.id} data-lane=${lane} tabindex=${tabStop ? 0 : -1}
        style=${here.length ? `--presence: ${safeColor(here[0].color)}` : nothing}
        title=${settable ? this.t('emotion.setDesired', 'Click to set the desired emotion') : nothing}
        >${this.renderCellContent(m, lane, cellEditing, lifted, tabStop)}${here.length ? html`<span class="initials">${here.map((p) => html`
          <span style=${styleMap({ '--presence': safeColor(p.color) })} title=${this.t('editing', '{0} is here', p.name)}>
            ${p.initials}</span>`)}</span>` : nothing}</div>`;
  }

  private renderCellContent(m: Moment, lane: LaneId, editing: Editing | null, lifted: boolean, tabStop: boolean) {
    switch (lane) {
      case 'card':
        return this.renderCard(m, editing, lifted, tabStop);
      case 'does': case 'thinks': case 'feels': case 'otherParty':
        // plain text straight in the cell (the cell clamps it): no inner template for the commonest cells
        return editing ? this.renderTextarea(editing) : (m[lane] ?? '');
      case 'channel':
        if (editing) {
          return html`
            <select data-editor aria-label=${laneName(this.texts, 'channel')}
              @change=${(e: Event) => this.commitChannel(m, (e.target as HTMLSelectElement).value)}
              @keydown=${this.onEditorKey} @blur=${() => this.closeEditor(false)}>
              <option value="" ?selected=${!m.channelId}>${this.t('noChannel', 'No channel')}</option>
              ${this.channels.map((ch) => html`<option value=${ch.id} ?selected=${ch.id === m.channelId}>${ch.name}</option>`)}
            </select>
            ${m.otherParty ? html`<div class="small">${m.otherParty}</div>` : nothing}`;
        }
        return html`
          <div>${m.channel ?? ''}</div>
          ${m.otherParty ? html`<div class="small">${m.otherParty}</div>` : nothing}`;
      case 'emotion':
        return nothing; // drawn by the lane's SVG
      case 'experience':
        return html`<div class="chips">
          ${(m.dimensions ?? []).map((d) => html`<span class="chip">${d}</span>`)}
          ${(m.providers ?? []).map((p) => html`<span class="chip provider">${p}</span>`)}
        </div>`;
      case 'owners': {
        const raci = m.raci ?? {};
        const letters = (['R', 'A', 'C', 'I'] as const).filter((l) => (raci[l] ?? []).length > 0);
        return html`
          ${m.discipline ? html`<div title=${this.t('accountable', 'Accountable')}><b>${m.discipline}</b></div>` : nothing}
          ${letters.length ? html`<div class="raci">${letters.map((l) => html`<b>${l}</b><span>${(raci[l] ?? []).join(', ')}</span>`)}
          </div>` : nothing}`;
      }
      case 'enablers':
        return (m.enablers ?? []).length
          ? html`<ul class="enablers">${(m.enablers ?? []).map((e) => html`<li>${e}</li>`)}</ul>` : nothing;
      case 'measured': {
        const sat = m.satisfaction;
        if (!sat) {
          return nothing;
        }
        return html`<div title=${this.t('satisfaction', 'Satisfaction {0} (target {1})', oneDecimal(sat.mean),
          oneDecimal(sat.target))}><span class="count">${oneDecimal(sat.mean)}</span>
          <span class="muted">/ ${oneDecimal(sat.target)}</span></div>
          <div class=${sat.met ? 'met' : 'missed'}>${sat.met ? this.t('satisfactionMet', 'target met')
            : this.t('satisfactionMissed', 'target missed')}</div>`;
      }
      case 'actions':
        return m.openActions ? html`<span class="count">${this.t('openActions', '{0} open', m.openActions)}</span>`
          : nothing;
      case 'comments':
        return m.comments ? html`<span class="count">${m.comments}</span>` : nothing; // the lane's name says what
      default:
        return nothing;
    }
  }

  /** The card; its buttons are in the tab order only while the card is the grid's tab stop (Tab reaches them). */
  private renderCard(m: Moment, editing: Editing | null, lifted: boolean, tabStop: boolean) {
    const tab = tabStop ? 0 : -1;
    const edit = this.mayEdit('card');
    const draggable = edit;
    const target = m.target;
    return html`
      <div class="card-box ${lifted ? 'lifted' : ''}">
        <div class="card-top">
          ${draggable ? html`<span class="handle" data-handle aria-hidden="true"
            title=${this.t('dragHandle', 'Drag to move (Alt+←/→)')}>⋮⋮</span>` : nothing}
          ${editing ? this.renderTextarea(editing)
            : html`<div class="title ${edit ? 'editable' : ''}" data-title>${m.title}</div>`}
          <button class="open" data-open tabindex=${tab} @click=${() => this.fire('canvas-open', { momentId: m.id })}
            title=${this.t('openForm', 'Open the form')} aria-label=${this.t('openForm', 'Open the form')}>⤢</button>
        </div>
        <div class="badges">
          ${edit ? html`
            <button class="badge target ${target === 'NINE_PLUS' ? 'nine' : ''}" tabindex=${tab} data-toggle="target"
              title=${this.t('targetTitle', 'Target: 7+ or 9+')}
              @click=${() => this.commitField(m, 'target', (target === 'NINE_PLUS' ? 'SEVEN_PLUS' : 'NINE_PLUS') as Target)}>
              ${targetText(this.texts, target ?? 'SEVEN_PLUS')}</button>
            ${this.renderToggle(m, 'momentOfTruth', 'mot', '★', this.t('momentOfTruth', 'Moment of truth'), tab)}
            ${this.renderToggle(m, 'brandMoment', 'brand', '◆', this.t('brandMoment', 'Brand moment'), tab)}` : html`
            ${target ? html`<span class="badge target ${target === 'NINE_PLUS' ? 'nine' : ''}">
              ${targetText(this.texts, target)}</span>` : nothing}
            ${m.momentOfTruth ? html`<span class="badge mot on">★ ${this.t('momentOfTruth', 'Moment of truth')}</span>`
              : nothing}
            ${m.brandMoment ? html`<span class="badge brand on">◆ ${this.t('brandMoment', 'Brand moment')}</span>`
              : nothing}`}
          ${m.natureLabel ? html`<span class="nature">${m.natureLabel}</span>` : nothing}
        </div>
      </div>
    `;
  }

  /** A yes/no badge of the card: its label when on, only its symbol when off (so every card is not full of "no"). */
  private renderToggle(m: Moment, field: 'momentOfTruth' | 'brandMoment', kind: string, symbol: string, label: string,
    tab: number) {
    const on = !!m[field];
    return html`<button class="badge ${kind} ${on ? 'on' : 'off'}" tabindex=${tab} data-toggle=${field}
      aria-pressed=${on ? 'true' : 'false'} aria-label=${label} title=${label}
      @click=${() => this.commitField(m, field, !on)}>${symbol}${on ? ` ${label}` : ''}</button>`;
  }

  private renderTextarea(editing: Editing) {
    return html`<textarea data-editor .value=${editing.draft} aria-label=${laneName(this.texts, editing.lane)}
      @input=${(e: Event) => { editing.draft = (e.target as HTMLTextAreaElement).value; }}
      @keydown=${this.onEditorKey} @blur=${() => this.closeEditor(true, editing)}></textarea>`;
  }

  private renderEmotion(columns: Column[], width: number, height: number, top: number) {
    const momentColumns = columns.filter((c): c is Extract<Column, { kind: 'moment' }> => c.kind === 'moment');
    const moments = momentColumns.map((c) => c.moment);
    const xOf = (i: number) => momentColumns[i].x + momentColumns[i].width / 2;
    const shown = this.mode === 'presentation' ? this.presentIndex + 1 : moments.length;
    const shapes = emotionShapes(moments, xOf, height, this.peakId, this.endId, shown);
    const editable = this.mayEdit('emotion');
    const scaleX = width - 6;
    // points and strokes follow the zoom a little, so a fitted 200-moment map is not all circles
    const k = Math.max(0.5, Math.min(1.4, this.scale));
    // a grid holds only rows: the picture is one row with one cell (both display: contents, so they draw nothing and
    // the picture stays positioned on the grid), a group of the desired points' sliders
    return html`
      <div role="row" class="emotion-a11y"><div role="gridcell" class="emotion-a11y">
      <svg class="emotion-svg" role="group" style="top: ${top}px" width=${width} height=${height}
        viewBox="0 0 ${width} ${height}" aria-label=${laneName(this.texts, 'emotion')}>
        ${shapes.gridlines.map((g) => svg`<line x1="0" x2=${width} y1=${g.y} y2=${g.y}
          stroke=${g.value === 0 ? '#94a3b8' : '#e2e8f0'} stroke-width=${g.value === 0 ? 1.5 : 1}
          stroke-dasharray=${g.value === 0 ? 'none' : '2 3'}></line>`)}
        ${(moments.some((m) => m.measured !== null && m.measured !== undefined) ? [1, 10] : []).map((v) => svg`<text x=${scaleX} y=${measuredY(v, height) + 3} text-anchor="end" font-size="10"
          fill=${EMOTION_COLORS.measured}>${v}</text>`)}
        ${shapes.series.map((series) => {
          const color = EMOTION_COLORS[series.name];
          return svg`
            <g class="series ${series.name}" data-series=${series.name}>
              ${series.segments.map(([x1, y1, x2, y2]) => svg`<line x1=${x1} y1=${y1} x2=${x2} y2=${y2} stroke=${color}
                stroke-width=${(series.name === 'desired' ? 2.5 : 2) * k} stroke-linecap="round"
                stroke-dasharray=${series.name === 'current' ? '6 4' : 'none'}></line>`)}
              ${series.name === 'desired' ? nothing : series.points.map((p) => svg`<circle cx=${p.x} cy=${p.y}
                r=${(series.name === 'measured' ? 3.5 : 3) * k} fill=${color}></circle>`)}
            </g>`;
        })}
        ${this.marks(shapes).map(({ point, label }) => svg`<g class="mark">
            <circle cx=${point.x} cy=${point.y} r=${9 * k} fill="none" stroke=${EMOTION_COLORS.desired}
              stroke-width="1.5"></circle>
            <text x=${point.x} y=${point.y > 30 ? point.y - 13 * k : point.y + 13 * k + 9} text-anchor="middle"
              font-size=${10 * Math.max(k, 0.9)} font-weight="700" fill=${EMOTION_COLORS.desired}>${label}</text>
          </g>`)}
        ${shapes.series[1].points.map((p) => svg`
          <g class="pt ${editable ? '' : 'ro'}" data-desired-point=${p.id} tabindex="-1" role="slider"
            aria-label=${this.t('desiredPoint', 'Desired emotion for {0}', this.moments.get(p.id)?.title ?? '')}
            aria-valuemin="-3" aria-valuemax="3" aria-valuenow=${p.value} aria-readonly=${editable ? 'false' : 'true'}
            @pointerdown=${(e: PointerEvent) => this.onPointDown(e, p.id)}
            @keydown=${(e: KeyboardEvent) => this.onPointKey(e, p.id)}>
            <circle cx=${p.x} cy=${p.y} r=${12 * Math.max(k, 0.8)} fill="transparent"></circle>
            <circle class="ring" cx=${p.x} cy=${p.y} r=${5.5 * k} fill="#fff" stroke=${EMOTION_COLORS.desired}
              stroke-width=${2.5 * k}></circle>
          </g>`)}
      </svg></div></div>
    `;
  }

  /** The peak and end marks with their labels; one mark with both labels when they are the same moment. */
  private marks(shapes: ReturnType<typeof emotionShapes>): { point: EmotionPoint; label: string }[] {
    const peak = this.t('emotion.peak', 'Peak');
    const end = this.t('emotion.end', 'End');
    if (shapes.peak && shapes.end && shapes.peak.id === shapes.end.id) {
      return [{ point: shapes.peak, label: `${peak} · ${end}` }];
    }
    return [
      ...(shapes.peak ? [{ point: shapes.peak, label: peak }] : []),
      ...(shapes.end ? [{ point: shapes.end, label: end }] : []),
    ];
  }

  // ---------------------------------------------------------------- toolbar actions

  private setZoom(zoom: number) {
    const scroller = this.scroller;
    // keep the moment in the middle of the view in the middle
    const centre = scroller ? (scroller.scrollLeft + scroller.clientWidth / 2 - HEADER_WIDTH) / this.zoom : 0;
    this.zoom = Math.max(Math.min(ZOOM_MIN, this.zoom), Math.min(ZOOM_MAX, Math.round(zoom * 100) / 100));
    this.requestUpdate();
    this.updateComplete.then(() => {
      if (scroller) {
        scroller.scrollLeft = centre * this.zoom - scroller.clientWidth / 2 + HEADER_WIDTH;
      }
    });
  }

  private readonly fit = () => {
    const scroller = this.scroller;
    if (!scroller) {
      return;
    }
    const unscaled = this.layout().width / this.scale;
    const room = scroller.clientWidth - HEADER_WIDTH - 2;
    const modeScale = this.mode === 'edit' ? 1 : WORKSHOP_SCALE;
    if (unscaled > 0) {
      this.zoom = Math.max(FIT_MIN, Math.min(ZOOM_MAX, Math.floor((room / (unscaled * modeScale)) * 100) / 100));
    }
    this.requestUpdate();
    this.updateComplete.then(() => { scroller.scrollLeft = 0; });
  };

  private jumpTo(phaseId: string) {
    const band = this.renderRoot.querySelector<HTMLElement>(`[data-phase="${CSS.escape(phaseId)}"]`);
    const scroller = this.scroller;
    if (band && scroller) {
      const left = band.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
      scroller.scrollTo({ left: left - HEADER_WIDTH, behavior: 'smooth' });
    }
  }

  private readonly toggleLaneMenu = async () => {
    this.laneMenuOpen = !this.laneMenuOpen;
    this.requestUpdate();
    if (this.laneMenuOpen) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.lane-menu input')?.focus();
    }
  };

  private onLaneMenuKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.laneMenuOpen = false;
      this.requestUpdate();
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.lanes-button')?.focus());
    }
  }

  private toggleLane(lane: LaneId, visible: boolean) {
    const hidden = this.laneState.hidden.filter((l) => l !== lane);
    if (!visible) {
      hidden.push(lane);
    }
    this.changeLanes({ order: orderedLanes(this.laneState), hidden });
  }

  private async moveLane(lane: LaneId, by: -1 | 1) {
    const order = orderedLanes(this.laneState);
    const at = order.indexOf(lane);
    const to = at + by;
    if (to < 0 || to >= order.length) {
      return;
    }
    [order[at], order[to]] = [order[to], order[at]];
    this.changeLanes({ order, hidden: [...this.laneState.hidden] });
    // keep the keyboard on the lane that moved
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(
      `[data-lane-${by < 0 ? 'up' : 'down'}="${lane}"]`);
    (button && !button.disabled ? button : this.renderRoot.querySelector<HTMLElement>(`[data-lane-toggle="${lane}"]`))
      ?.focus();
  }

  private changeLanes(state: LaneState) {
    this.laneState = state;
    this.epoch++;
    this.requestUpdate();
    this.fire('canvas-lanes', { order: [...state.order], hidden: [...state.hidden] });
  }

  private switchMode(mode: CanvasMode) {
    this.setMode(mode); // here, in the click, so full screen has its user gesture
    this.fire('canvas-mode', { mode });
  }

  private leaveMode() {
    this.setMode('edit');
    this.fire('canvas-mode', { mode: 'edit' });
  }

  private step(by: number) {
    const count = this.ordered().length;
    const next = Math.max(0, Math.min(count - 1, this.presentIndex + by));
    if (next !== this.presentIndex) {
      this.presentIndex = next;
      this.requestUpdate();
      this.updateComplete.then(() => this.scrollToStep());
    }
  }

  private scrollToStep() {
    const moment = this.ordered()[this.presentIndex];
    const column = moment && this.renderRoot.querySelector<HTMLElement>(`[data-column="${CSS.escape(moment.id)}"]`);
    const scroller = this.scroller;
    if (column && scroller) {
      const left = column.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
      const room = scroller.clientWidth - HEADER_WIDTH;
      scroller.scrollTo({ left: left - HEADER_WIDTH - room / 2 + column.offsetWidth / 2, behavior: 'smooth' });
    }
  }

  private readonly onHostKeyDown = (e: KeyboardEvent) => {
    if (this.mode !== 'presentation') {
      if (e.key === 'Escape' && this.mode === 'workshop' && !this.editing && !this.laneMenuOpen) {
        this.leaveMode();
      }
      return;
    }
    if (['ArrowRight', ' ', 'PageDown', 'ArrowDown'].includes(e.key)) {
      e.preventDefault();
      this.step(1);
    } else if (['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key)) {
      e.preventDefault();
      this.step(-1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      this.step(-this.presentIndex);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.leaveMode();
    }
  };

  private readonly downloadSvg = () => {
    download(new Blob([this.exportSvg()], { type: 'image/svg+xml;charset=utf-8' }), `${this.fileName()}.svg`);
  };

  /** The map as shown, as a PNG at twice the size (the SVG drawn onto a canvas). */
  exportPng(): Promise<Blob> {
    return svgToPng(this.exportSvg(), 2);
  }

  private readonly downloadPng = async () => {
    try {
      download(await this.exportPng(), `${this.fileName()}.png`);
    } catch (error) {
      console.warn('PNG export failed', error);
    }
  };

  private fileName() {
    return (this.journeyName || 'journey').replace(/[^\p{L}\p{N}._ -]+/gu, '').trim().replace(/\s+/g, '-') || 'journey';
  }

  // ---------------------------------------------------------------- editing

  private startEdit(momentId: string, lane: LaneId) {
    const m = this.moments.get(momentId);
    if (!m || !this.mayEdit(lane)) {
      return;
    }
    let field: EditField;
    if (lane === 'card') {
      field = 'title';
    } else if (lane === 'channel') {
      field = 'channelId';
    } else if (lane in TEXT_LANES) {
      field = TEXT_LANES[lane];
    } else {
      return;
    }
    if (this.editing) {
      this.commitEditor();
    }
    const base = m[field];
    this.editing = { momentId, lane, field, base, draft: typeof base === 'string' ? base : '' };
    this.active = { momentId, lane };
    this.fire('canvas-focus', { momentId, lane });
    this.requestUpdate();
    this.updateComplete.then(() => {
      const editor = this.cellElement(momentId, lane)?.querySelector<HTMLTextAreaElement | HTMLSelectElement>(
        '[data-editor]');
      if (editor) {
        editor.focus();
        if (editor instanceof HTMLTextAreaElement) {
          editor.setSelectionRange(editor.value.length, editor.value.length);
        }
      }
    });
  }

  /** Saves an open text editor (blur, Enter, another editor opening). */
  private commitEditor() {
    if (this.editing) {
      this.closeEditor(true, this.editing);
    }
  }

  /** Closes the editor: saves its draft (save) or throws it away; fires canvas-focus with nulls. */
  private closeEditor(save: boolean, which: Editing | null = this.editing) {
    const editing = this.editing;
    if (!editing || editing !== which) {
      return; // already closed (a blur after Enter or Esc)
    }
    this.editing = null;
    if (save && editing.field !== 'channelId') {
      const m = this.moments.get(editing.momentId);
      const text = editing.draft.replace(/\s+$/, '');
      const value = text.trim() === '' ? null : text;
      if (m && value !== (editing.base ?? null) && !(editing.field === 'title' && value === null)) {
        this.sendField(m, editing.field, editing.base, value);
      }
    }
    this.fire('canvas-focus', { momentId: null, lane: null });
    this.requestUpdate();
  }

  private commitChannel(m: Moment, channelId: string) {
    const value = channelId || null;
    const editing = this.editing;
    if (editing && editing.momentId === m.id && editing.field === 'channelId') {
      this.editing = null;
      this.fire('canvas-focus', { momentId: null, lane: null });
    }
    if (value !== m.channelId) {
      this.sendField(m, 'channelId', m.channelId, value);
    }
    this.requestUpdate();
    this.updateComplete.then(() => this.cellElement(m.id, 'channel')?.focus());
  }

  /** A one-click change (toggles, desired emotion): base is what the cell shows now. */
  private commitField(m: Moment, field: EditField, value: unknown) {
    const current = this.moments.get(m.id) ?? m;
    if (this.readOnly) {
      return;
    }
    this.sendField(current, field, current[field as keyof Moment] ?? null, value);
  }

  /** Fires the edit, shows it at once (the server's patch confirms or corrects it) and remembers it for undo. */
  private sendField(m: Moment, field: EditField, base: unknown, value: unknown, undoable = true) {
    const detail: EditDetail = { kind: 'field', momentId: m.id, field, base: base ?? null, value };
    this.optimistic(m.id, field, value);
    if (undoable) {
      this.remember({ kind: 'field', momentId: m.id, field, before: base ?? null, after: value });
    }
    this.fire('canvas-edit', detail);
  }

  private remember(entry: UndoEntry) {
    this.undoStack.push(entry);
    if (this.undoStack.length > 100) {
      this.undoStack.shift();
    }
  }

  /** Where a moment stands now: its phase and the moment after it (null at the phase's end). */
  private placeOf(momentId: string): MoveTarget | null {
    const phase = this.phases.find((p) => p.momentIds.includes(momentId));
    if (!phase) {
      return null;
    }
    const after = phase.momentIds[phase.momentIds.indexOf(momentId) + 1];
    return { phaseId: phase.id, beforeId: after ?? null };
  }

  private optimistic(momentId: string, field: EditField, value: unknown) {
    const m = this.moments.get(momentId);
    if (!m) {
      return;
    }
    const changed: Moment = { ...m, [field]: value };
    if (field === 'channelId') {
      changed.channel = this.channels.find((c) => c.id === value)?.name ?? null;
    }
    this.moments.set(momentId, changed);
    this.requestUpdate();
  }

  private readonly undo = () => {
    const entry = this.undoStack.pop();
    if (!entry) {
      return;
    }
    const m = this.moments.get(entry.momentId);
    if (m && entry.kind === 'field') {
      this.sendField(m, entry.field, entry.after, entry.before, false);
    } else if (m && entry.kind === 'move') {
      this.moveMoment(entry.momentId, entry.from, false);
    }
    this.requestUpdate();
  };

  private onEditorKey(e: KeyboardEvent) {
    const editing = this.editing;
    if (!editing) {
      return;
    }
    e.stopPropagation(); // the grid's navigation keys are the editor's own here
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeEditor(false);
      this.updateComplete.then(() => this.cellElement(editing.momentId, editing.lane)?.focus());
    } else if (e.key === 'Enter' && !e.shiftKey && target instanceof HTMLTextAreaElement) {
      e.preventDefault();
      editing.draft = target.value;
      this.closeEditor(true);
      this.updateComplete.then(() => this.cellElement(editing.momentId, editing.lane)?.focus());
    }
  }

  private onAddKey(e: KeyboardEvent, phaseId: string) {
    e.stopPropagation();
    const input = e.target as HTMLInputElement;
    if (e.key === 'Enter') {
      e.preventDefault();
      const title = input.value.trim();
      if (title) {
        this.fire('canvas-edit', { kind: 'add', phaseId, title } satisfies EditDetail);
        input.value = '';
      }
    } else if (e.key === 'Escape') {
      input.value = '';
      input.blur();
    }
  }

  // ---------------------------------------------------------------- keyboard on the grid

  private setActive(cell: CellRef) {
    if (this.active?.momentId !== cell.momentId || this.active?.lane !== cell.lane) {
      this.active = cell;
      this.requestUpdate();
    }
  }

  private onFocusIn(e: FocusEvent) {
    const cell = (e.target as HTMLElement).closest?.('[role="gridcell"][data-moment]') as HTMLElement | null;
    if (cell) {
      this.setActive({ momentId: cell.dataset.moment!, lane: cell.dataset.lane as LaneId });
    }
  }

  private async onGridKeyDown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (target.matches('textarea, select, input') || target.closest('[data-desired-point]')) {
      return;
    }
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (!this.readOnly) {
        this.undo();
      }
      return;
    }
    const cell = target.closest('[role="gridcell"][data-moment]') as HTMLElement | null;
    if (!cell || this.mode === 'presentation') {
      return;
    }
    if (target !== cell && (e.key === 'Enter' || e.key === ' ')) {
      return; // a button inside the cell (the card's toggles) does its own thing
    }
    const momentId = cell.dataset.moment!;
    const lane = cell.dataset.lane as LaneId;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      if (lane === 'card' && this.mayEdit('card')) {
        this.moveMoment(momentId, oneStep(this.phases, momentId, e.key === 'ArrowLeft' ? -1 : 1));
        await this.updateComplete;
        this.cellElement(momentId, 'card')?.focus();
      }
      return;
    }
    const lanes = visibleLanes(this.laneState);
    const order = this.ordered().map((m) => m.id);
    let next: CellRef | null = null;
    const mi = order.indexOf(momentId);
    const li = lanes.indexOf(lane);
    switch (e.key) {
      case 'ArrowLeft': next = mi > 0 ? { momentId: order[mi - 1], lane } : null; break;
      case 'ArrowRight': next = mi < order.length - 1 ? { momentId: order[mi + 1], lane } : null; break;
      case 'ArrowUp': next = li > 0 ? { momentId, lane: lanes[li - 1] } : null; break;
      case 'ArrowDown': next = li < lanes.length - 1 ? { momentId, lane: lanes[li + 1] } : null; break;
      case 'Home': next = { momentId: order[0], lane }; break;
      case 'End': next = { momentId: order[order.length - 1], lane }; break;
      case 'Enter': case 'F2':
        e.preventDefault();
        this.enterCell(momentId, lane);
        return;
      case 'Escape':
        cell.blur();
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) {
      this.setActive(next);
      await this.updateComplete;
      const element = this.cellElement(next.momentId, next.lane);
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  /** Enter on a cell: its editor, or on the emotion lane its desired point (set to 0 when there is none). */
  private enterCell(momentId: string, lane: LaneId) {
    if (lane === 'emotion') {
      const m = this.moments.get(momentId);
      if (!m || !this.mayEdit('emotion')) {
        return;
      }
      if (m.desired === null || m.desired === undefined) {
        this.commitField(m, 'desired', 0);
      }
      this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(
        `[data-desired-point="${CSS.escape(momentId)}"]`)?.focus());
      return;
    }
    this.startEdit(momentId, lane);
  }

  private onPointKey(e: KeyboardEvent, momentId: string) {
    const m = this.moments.get(momentId);
    if (!m) {
      return;
    }
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') {
        e.preventDefault();
      }
      this.cellElement(momentId, 'emotion')?.focus();
      return;
    }
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (!this.mayEdit('emotion') || m.desired === null) {
      return;
    }
    const value = Math.max(-3, Math.min(3, m.desired + (e.key === 'ArrowUp' ? 1 : -1)));
    if (value !== m.desired) {
      this.commitField(m, 'desired', value);
      this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(
        `[data-desired-point="${CSS.escape(momentId)}"]`)?.focus());
    }
  }

  // ---------------------------------------------------------------- pointer: clicks, drags, desired points

  private onClick(e: MouseEvent) {
    if (this.swallowClick) {
      this.swallowClick = false;
      e.stopPropagation();
      e.preventDefault();
      return;
    }
    const target = e.target as HTMLElement;
    if (target.closest('textarea, select, input, button, [data-desired-point]')) {
      return;
    }
    const cell = target.closest('[role="gridcell"][data-moment]') as HTMLElement | null;
    if (!cell) {
      return;
    }
    const momentId = cell.dataset.moment!;
    const lane = cell.dataset.lane as LaneId;
    if (lane === 'card') {
      if (target.closest('[data-title]')) {
        this.startEdit(momentId, 'card');
      }
    } else if (lane === 'emotion') {
      const m = this.moments.get(momentId);
      if (m && (m.desired === null || m.desired === undefined) && this.mayEdit('emotion')) {
        const y = e.clientY - cell.getBoundingClientRect().top;
        this.commitField(m, 'desired', emotionAt(y, this.emotionHeight));
      }
    } else if (lane in TEXT_LANES || lane === 'channel') {
      if (this.editing?.momentId !== momentId || this.editing?.lane !== lane) {
        this.startEdit(momentId, lane);
      }
    }
  }

  private onDoubleClick(e: MouseEvent) {
    const target = e.target as HTMLElement;
    if (target.closest('textarea, select, input, button')) {
      return;
    }
    const cell = target.closest('[data-lane="card"][data-moment]') as HTMLElement | null;
    if (cell) {
      this.fire('canvas-open', { momentId: cell.dataset.moment });
    }
  }

  private onPointerDown(e: PointerEvent) {
    if (!this.pointDrag) {
      this.drag.down(e);
    }
  }

  private onPointerMove(e: PointerEvent) {
    if (this.pointDrag) {
      this.movePoint(e);
    } else {
      this.drag.move(e);
    }
  }

  private onPointerUp(e: PointerEvent) {
    if (this.pointDrag) {
      this.endPointDrag(e, true);
    } else if (this.drag.up(e)) {
      this.swallowNextClick();
    }
  }

  private onPointerCancel() {
    if (this.pointDrag) {
      this.endPointDrag(null, false);
    }
    this.drag.end();
  }

  /** The click that ends a drag must not also open an editor or set a value. */
  private swallowNextClick() {
    this.swallowClick = true;
    setTimeout(() => { this.swallowClick = false; }, 0);
  }

  /** Fires the move and shows it at once; the server's phases confirm it. Undoable unless it is an undo itself. */
  private moveMoment(momentId: string, target: MoveTarget | null, undoable = true) {
    if (!target || !moveChangesOrder(this.phases, momentId, target)) {
      return;
    }
    const from = this.placeOf(momentId);
    if (undoable && from) {
      this.remember({ kind: 'move', momentId, from });
    }
    this.phases = movedPhases(this.phases, momentId, target);
    const m = this.moments.get(momentId);
    if (m && m.phaseId !== target.phaseId) {
      this.moments.set(momentId, { ...m, phaseId: target.phaseId });
    }
    this.requestUpdate();
    this.fire('canvas-edit', { kind: 'move', momentId, phaseId: target.phaseId, beforeId: target.beforeId } satisfies EditDetail);
  }

  private onPointDown(e: PointerEvent, momentId: string) {
    const m = this.moments.get(momentId);
    if (!m || !this.mayEdit('emotion') || e.button !== 0) {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const point = e.currentTarget as SVGGElement;
    point.focus();
    this.pointDrag = { momentId, pointerId: e.pointerId, base: m.desired, value: m.desired };
    try {
      this.scroller?.setPointerCapture(e.pointerId);
    } catch { /* the pointer is gone */ }
  }

  private movePoint(e: PointerEvent) {
    const drag = this.pointDrag!;
    if (e.pointerId !== drag.pointerId) {
      return;
    }
    e.preventDefault();
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.emotion-svg');
    if (!svgElement) {
      return;
    }
    const value = emotionAt(e.clientY - svgElement.getBoundingClientRect().top, this.emotionHeight);
    if (value !== drag.value) {
      drag.value = value;
      this.optimistic(drag.momentId, 'desired', value);
    }
  }

  private endPointDrag(e: PointerEvent | null, save: boolean) {
    const drag = this.pointDrag!;
    if (e && e.pointerId !== drag.pointerId) {
      return;
    }
    this.pointDrag = null;
    const m = this.moments.get(drag.momentId);
    if (!m) {
      return;
    }
    if (save && drag.value !== drag.base) {
      // the point already shows the new value; fire the edit from the value the drag started at
      this.sendField(m, 'desired', drag.base, drag.value);
    } else if (!save) {
      this.optimistic(drag.momentId, 'desired', drag.base);
    }
    this.swallowNextClick();
    this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(
      `[data-desired-point="${CSS.escape(drag.momentId)}"]`)?.focus());
  }
}

/** A presence colour as CSS: only a hex, rgb()/hsl() or a plain name gets through; anything else is grey. */
function safeColor(color: string): string {
  return /^(#[0-9a-fA-F]{3,8}|(rgb|hsl)a?\([0-9.,%\s]+\)|[a-zA-Z]+)$/.test(color ?? '') ? color : '#64748b';
}

function samePresence(a: Presence, b: Presence) {
  return a.momentId === b.momentId && a.lane === b.lane && a.initials === b.initials && a.name === b.name
    && a.color === b.color;
}

if (!customElements.get('momentum-journey-canvas')) {
  customElements.define('momentum-journey-canvas', MomentumJourneyCanvas);
}

declare global {
  interface HTMLElementTagNameMap {
    'momentum-journey-canvas': MomentumJourneyCanvas;
  }
}
