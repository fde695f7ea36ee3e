/**
 * The styles of <momentum-journey-canvas>, in their own module so the element's file holds its behaviour.
 * Colours come from Lumo's custom properties (with fallbacks for a page without Lumo).
 */
import { css, unsafeCSS } from 'lit';
import { EMOTION_COLORS } from './journey-canvas-emotion.js';

/** The sticky lane header's width in px (not zoomed: the lane names stay readable at any zoom). */
export const HEADER_WIDTH = 136;

export const canvasStyles = css`
  :host {
    --mc-primary: var(--lumo-primary-color, hsl(214, 90%, 48%));
    --mc-primary-10: var(--lumo-primary-color-10pct, hsla(214, 90%, 52%, 0.1));
    --mc-text: var(--lumo-body-text-color, hsla(214, 40%, 16%, 0.94));
    --mc-secondary: var(--lumo-secondary-text-color, hsla(214, 42%, 18%, 0.69));
    /* darker than Lumo's tertiary text (3.1:1): the canvas's small labels need 4.5:1 on white */
    --mc-tertiary: #5f6b7a;
    --mc-base: var(--lumo-base-color, #fff);
    --mc-line: var(--lumo-contrast-10pct, hsla(214, 57%, 24%, 0.1));
    --mc-line-strong: var(--lumo-contrast-20pct, hsla(214, 53%, 23%, 0.16));
    --mc-shade: var(--lumo-contrast-5pct, hsla(214, 61%, 25%, 0.05));
    --mc-radius: var(--lumo-border-radius-m, 0.5em);
    --mc-font: var(--lumo-font-family, -apple-system, BlinkMacSystemFont, 'Roboto', 'Segoe UI', Helvetica, Arial,
      sans-serif);
    --mc-teal: #0f766e;
    display: flex;
    flex-direction: column;
    position: relative;
    min-height: 16rem;
    font-family: var(--mc-font);
    color: var(--mc-text);
    background: var(--mc-base);
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) { display: none; }
  :host(:fullscreen) { width: 100vw; height: 100vh; }
  button, select, input, textarea { font: inherit; color: inherit; }

  /* toolbar */
  .toolbar {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem;
    padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--mc-line); font-size: 0.875rem;
  }
  .toolbar .name { font-weight: 600; font-size: 1rem; margin-right: auto; white-space: nowrap; overflow: hidden;
    text-overflow: ellipsis; max-width: 24rem; }
  .group { display: inline-flex; align-items: center; gap: 0.125rem; }
  .tb {
    border: 1px solid transparent; background: var(--mc-shade); border-radius: var(--lumo-border-radius-s, 0.25em);
    padding: 0.25rem 0.6rem; min-height: 2rem; cursor: pointer; white-space: nowrap;
  }
  .tb:hover { background: var(--mc-line); }
  .tb:disabled { opacity: 0.45; cursor: default; }
  .tb.primary { background: var(--mc-primary); color: var(--lumo-primary-contrast-color, #fff); }
  .zoom-level { min-width: 3.2rem; text-align: center; font-variant-numeric: tabular-nums; color: var(--mc-secondary); }
  .step { color: var(--mc-secondary); font-variant-numeric: tabular-nums; }
  .lane-menu-wrap { position: relative; }
  .lane-menu {
    position: absolute; top: calc(100% + 4px); left: 0; z-index: 20; min-width: 15rem; margin: 0; padding: 0.375rem;
    list-style: none; background: var(--mc-base); border: 1px solid var(--mc-line-strong); border-radius: var(--mc-radius);
    box-shadow: var(--lumo-box-shadow-m, 0 4px 16px rgba(0, 0, 0, 0.18));
  }
  .lane-menu li { display: flex; align-items: center; gap: 0.25rem; padding: 0.125rem 0.25rem; border-radius: 4px; }
  .lane-menu li:hover { background: var(--mc-shade); }
  .lane-menu label { flex: 1; display: flex; gap: 0.5rem; align-items: center; cursor: pointer; padding: 0.25rem 0; }
  .lane-menu .mv { border: none; background: none; cursor: pointer; padding: 0.125rem 0.375rem; border-radius: 4px;
    color: var(--mc-secondary); }
  .lane-menu .mv:hover:not(:disabled) { background: var(--mc-line); }
  .lane-menu .mv:disabled { opacity: 0.3; cursor: default; }
  .jump { display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--mc-line);
    font-size: 0.8125rem; }
  .emotion-a11y { display: contents; }
  .jump .lbl { color: var(--mc-secondary); align-self: center; margin-right: 0.25rem; }
  .jump button { border: 1px solid var(--mc-line-strong); background: var(--mc-base); border-radius: 999px;
    padding: 0.125rem 0.625rem; cursor: pointer; }
  .jump button:hover { border-color: var(--mc-teal); color: var(--mc-teal); }
  button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, [tabindex]:focus-visible {
    outline: 2px solid var(--mc-primary); outline-offset: -2px;
  }

  /* the map */
  .scroller {
    flex: 1 1 auto; min-height: 0; overflow: auto; position: relative;
    scroll-padding-left: ${HEADER_WIDTH}px; scroll-padding-top: 2.5rem;
    touch-action: pan-x pan-y; overscroll-behavior: contain; /* a sideways swipe never means "back" here */
  }
  .grid {
    display: grid; position: relative; width: max-content; min-width: 100%;
    font-size: calc(13px * var(--s, 1)); line-height: 1.35;
  }
  .heads {
    grid-column: 1; grid-row: 1 / -1; display: grid; grid-template-rows: var(--band-h) var(--lane-rows);
    position: sticky; left: 0; z-index: 4; background: var(--mc-base);
    border-right: 1px solid var(--mc-line-strong); box-shadow: 2px 0 4px -2px rgba(0, 0, 0, 0.12);
  }
  .corner { position: sticky; top: 0; z-index: 5; background: var(--mc-base); border-bottom: 1px solid var(--mc-line);
    display: flex; align-items: center; padding: 0 0.5rem; color: var(--mc-tertiary); font-size: 0.75rem; }
  .head {
    padding: 5px 8px; box-sizing: border-box; white-space: nowrap; text-overflow: ellipsis; font-weight: 600; font-size: 0.8125rem; color: var(--mc-secondary); border-bottom: 1px solid var(--mc-line);
    position: relative; overflow: hidden;
  }
  .head.alt, .cell.alt { background: var(--mc-shade); }
  .axis { position: absolute; right: 4px; font-size: 10px; font-weight: 400; color: var(--mc-secondary);
    transform: translateY(-50%); font-variant-numeric: tabular-nums; }
  .axis.zero { color: var(--mc-secondary); font-weight: 600; }
  .legend[hidden] { display: none; }
  .legend { display: flex; flex-direction: column; gap: 2px; margin-top: 0.375rem; font-weight: 400; font-size: 10px; }
  .legend span { display: flex; align-items: center; gap: 4px; }
  .legend i { display: inline-block; width: 14px; height: 0; border-top: 2px solid; }
  .legend i.current { border-top-style: dashed; border-color: ${unsafeCSS(EMOTION_COLORS.current)}; }
  .legend i.desired { border-color: ${unsafeCSS(EMOTION_COLORS.desired)}; }
  .legend i.measured { border-color: ${unsafeCSS(EMOTION_COLORS.measured)}; }

  .phase { grid-row: 1 / -1; display: grid; grid-template-columns: subgrid; grid-template-rows: subgrid; }
  .band {
    grid-column: 1 / -1; grid-row: 1; position: sticky; top: 0; z-index: 3; background: var(--mc-base);
    padding: 4px 2px; border-bottom: 1px solid var(--mc-line); box-sizing: border-box; overflow: clip;
  }
  .band-inner {
    background: #e6f4f1; color: #134e4a; border-radius: 6px; padding: 0 0.625rem; font-weight: 600; height: 100%;
    box-sizing: border-box; display: flex; align-items: center;
    font-size: max(11px, calc(13px * var(--s, 1))); white-space: nowrap; overflow: clip; text-overflow: ellipsis;
  }
  .band-label { position: sticky; left: ${HEADER_WIDTH + 8}px; }
  /* rows of known height (journey-canvas-rows.ts), so a column out of view skips layout until scrolled to */
  .col {
    grid-row: 2; display: grid; grid-template-rows: var(--lane-rows); position: relative;
    border-right: 1px solid var(--mc-line); min-width: 0; transition: opacity 0.2s; box-sizing: border-box;
    content-visibility: auto; contain-intrinsic-size: auto var(--col-w) auto var(--body-h);
  }
  .col.has-editor { content-visibility: visible; z-index: 6; } /* the floating editor may reach past the column */
  .col.dim { opacity: 0.28; }
  .col.current-step { box-shadow: inset 0 0 0 2px var(--mc-teal); }
  .col.drop-before::before, .col.drop-end::before {
    content: ''; position: absolute; top: 0; bottom: 0; left: 0; width: 4px; z-index: 6;
    background: var(--mc-primary); border-radius: 2px;
  }
  .col.add { background: repeating-linear-gradient(135deg, transparent 0 8px, var(--mc-shade) 8px 9px); }
  .cell {
    position: relative; padding: calc(6px * var(--s, 1)); border-bottom: 1px solid var(--mc-line);
    min-width: 0; overflow: hidden; outline: none; box-sizing: border-box;
  }
  .cell:focus-visible, .cell.active:focus { box-shadow: inset 0 0 0 2px var(--mc-primary); }
  .cell.editable { cursor: text; }
  .cell.editable:hover { background: var(--mc-primary-10); }
  .cell.text {
    display: -webkit-box; -webkit-line-clamp: 7; -webkit-box-orient: vertical; overflow: hidden;
    white-space: pre-wrap; overflow-wrap: anywhere;
  }
  .muted { color: var(--mc-tertiary); }
  .small { font-size: 0.85em; color: var(--mc-secondary); }
  /* the editor floats over its cell (and the ones below), so the map does not jump while typing */
  .cell.editing { overflow: visible; z-index: 7; }
  .cell textarea {
    position: absolute; left: 0; top: 0; z-index: 7; width: 100%; box-sizing: border-box;
    min-height: max(100%, 7em); resize: vertical; border: 2px solid var(--mc-primary); border-radius: 4px;
    padding: calc(5px * var(--s, 1)); background: var(--mc-base); font-size: inherit; line-height: inherit;
    box-shadow: var(--lumo-box-shadow-m, 0 4px 16px rgba(0, 0, 0, 0.18)); outline: none;
  }
  .card-top textarea { position: static; min-height: 4.5em; box-shadow: none; }
  .cell select { width: 100%; box-sizing: border-box; border: 1px solid var(--mc-primary); border-radius: 4px;
    padding: 2px; background: var(--mc-base); font-size: inherit; }

  .cell.card { padding: calc(5px * var(--s, 1)); user-select: none; -webkit-user-select: none; touch-action: pan-x pan-y;
    -webkit-touch-callout: none; }
  .card-box {
    background: var(--mc-base); border: 1px solid var(--mc-line-strong); border-radius: var(--mc-radius);
    padding: calc(6px * var(--s, 1)); box-shadow: var(--lumo-box-shadow-xs, 0 1px 3px rgba(0, 0, 0, 0.1));
    height: 100%; box-sizing: border-box; display: flex; flex-direction: column; gap: 4px;
  }
  .card-box.lifted { opacity: 0.35; }
  .card-top { display: flex; align-items: flex-start; gap: 4px; }
  .title { flex: 1; font-weight: 600; font-size: 1.05em; overflow-wrap: anywhere; display: -webkit-box;
    -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
  .title.editable { cursor: text; }
  .handle { cursor: grab; color: var(--mc-tertiary); touch-action: none; padding: 0 2px; line-height: 1;
    font-size: 1.1em; letter-spacing: -2px; }
  .open { border: none; background: none; cursor: pointer; color: var(--mc-tertiary); padding: 0 2px; font-size: 1em;
    line-height: 1; border-radius: 3px; }
  .open:hover { color: var(--mc-primary); background: var(--mc-primary-10); }
  .badges { display: flex; flex-wrap: wrap; gap: 3px; align-items: center; }
  .badge {
    border: 1px solid var(--mc-line-strong); background: var(--mc-base); border-radius: 999px; padding: 0 6px;
    font-size: 0.8em; line-height: 1.5; white-space: nowrap; color: var(--mc-secondary);
  }
  button.badge { cursor: pointer; }
  button.badge.off { border-style: dashed; color: var(--mc-tertiary); opacity: 0.7; }
  button.badge.off:hover { opacity: 1; color: var(--mc-secondary); }
  .badge.target { background: #ecfdf5; border-color: #6ee7b7; color: #065f46; font-weight: 600; }
  .badge.target.nine { background: #065f46; border-color: #065f46; color: #fff; }
  .badge.mot.on { background: #fef3c7; border-color: #f59e0b; color: #92400e; }
  .badge.brand.on { background: #ede9fe; border-color: #8b5cf6; color: #5b21b6; }
  .nature { font-size: 0.8em; color: var(--mc-tertiary); }
  .chips { display: flex; flex-wrap: wrap; gap: 3px; }
  .chip { background: var(--mc-shade); border-radius: 4px; padding: 0 4px; font-size: 0.85em; }
  .chip.provider { background: #eef2ff; }
  .raci { display: grid; grid-template-columns: auto 1fr; gap: 0 4px; font-size: 0.85em; }
  .raci b { color: var(--mc-secondary); }
  ul.enablers { margin: 0; padding-left: 1.1em; }
  .met { color: #047857; font-weight: 600; }
  .missed { color: #b91c1c; font-weight: 600; }
  .count { font-weight: 600; font-size: 1.1em; }
  .cell.emotion { padding: 0; }
  .cell.emotion.settable { cursor: crosshair; }
  .add-input { width: 100%; box-sizing: border-box; border: 1px dashed var(--mc-line-strong); border-radius: var(--mc-radius);
    padding: 0.375rem; background: var(--mc-base); font-size: inherit; }
  .add-input:focus { border-style: solid; border-color: var(--mc-primary); outline: none; }
  .empty-note { color: var(--mc-tertiary); font-style: italic; font-size: 0.9em; }

  .presence { box-shadow: inset 0 0 0 2px var(--presence); }
  .initials { position: absolute; bottom: 1px; right: 1px; z-index: 2; display: flex; gap: 1px; }
  .initials span { background: var(--presence); color: #fff; font-size: 9px; font-weight: 700; border-radius: 3px;
    padding: 0 3px; line-height: 14px; }

  .emotion-svg { position: absolute; left: ${HEADER_WIDTH}px; z-index: 2; pointer-events: none; overflow: visible; }
  .emotion-svg .pt { pointer-events: all; cursor: ns-resize; touch-action: none; outline: none; }
  .emotion-svg .pt:focus-visible .ring, .emotion-svg .pt:focus .ring { stroke: var(--mc-primary); stroke-width: 2; }
  .emotion-svg .pt.ro { cursor: default; pointer-events: none; }
  .ghost {
    position: fixed; z-index: 1000; pointer-events: none; width: 10rem; padding: 0.5rem; border-radius: var(--mc-radius);
    background: var(--mc-base); border: 1px solid var(--mc-primary); box-shadow: 0 8px 24px rgba(0, 0, 0, 0.25);
    font-weight: 600; font-size: 13px; transform: rotate(-2deg);
  }
  :host([mode='presentation']) .cell.editable:hover { background: none; }
`;
