/**
 * The height of each lane of the canvas, worked out from the texts with canvas text measurement instead of by the
 * browser's grid. Why: with rows sized by their content, the browser must lay out every cell of every column
 * before it can draw anything (a 200-moment map has 2,600 cells). With the row heights known up front, every
 * column has the same fixed row template, and columns out of view can skip layout entirely
 * (`content-visibility: auto`) until they are scrolled to.
 *
 * The numbers below mirror the element's CSS at scale 1 (13 px type, line height 1.35, a 176 px column); the
 * element multiplies the result by its scale (zoom × workshop), since text and widths scale together.
 * A cell keeps at most MAX_TEXT_LINES lines; longer text is clipped and shown whole in its editor.
 */
import type { LaneId, Moment, Texts } from './journey-canvas-model.js';
import { targetText, translate } from './journey-canvas-model.js';

export const BASE_FONT = 13;
export const LINE = 1.35;
export const MAX_TEXT_LINES = 7;
/** The cell's vertical padding (both sides) and bottom border, at scale 1. */
const CELL_CHROME = 2 * 6 + 1;
/** Lanes never get lower than this (an empty lane still has room to click into). */
export const MIN_ROW = 38;
/** The text width inside a 176 px column: minus the cell's padding and the column's border. */
const TEXT_WIDTH = 176 - 2 * 6 - 1;

/** Measures text widths in the element's font; words are cached (a map repeats them a lot). */
export class TextMeasure {
  private readonly context: CanvasRenderingContext2D | null;
  /** per size (negative: bold), the width of each word measured in it */
  private readonly cache = new Map<number, Map<string, number>>();
  private font = '';

  constructor(private readonly family: string) {
    this.context = document.createElement('canvas').getContext('2d');
  }

  width(text: string, size: number, bold = false): number {
    const key = bold ? -size : size; // a number: cheaper to look up than a font string, thousands of times a draw
    let widths = this.cache.get(key);
    if (!widths) {
      widths = new Map();
      this.cache.set(key, widths);
    }
    let width = widths.get(text);
    if (width === undefined) {
      if (this.context) {
        const font = `${bold ? 600 : 400} ${size}px ${this.family}`;
        if (font !== this.font) { // parsing a font is the slow part of measuring: only when it changes
          this.context.font = font;
          this.font = font;
        }
        width = this.context.measureText(text).width;
      } else {
        width = text.length * size * 0.55; // no canvas (very old browser): a rough average
      }
      widths.set(text, width);
    }
    return width;
  }

  /** How many lines text takes wrapped on words at width (a word wider than a line breaks anywhere). */
  lines(text: string | null | undefined, size: number, width: number, bold = false): number {
    if (!text) {
      return 0;
    }
    const space = this.width(' ', size, bold);
    let count = 0;
    for (const paragraph of text.split('\n')) {
      let lineWidth = 0;
      let inLine = false;
      for (const word of paragraph.split(/[ \t]+/)) {
        if (!word) {
          continue;
        }
        const w = this.width(word, size, bold);
        if (w > width) { // broken anywhere: whole lines of it, the rest starts a line
          count += (inLine ? 1 : 0) + Math.floor(w / width);
          lineWidth = w % width;
          inLine = lineWidth > 0;
          continue;
        }
        if (!inLine) {
          lineWidth = w;
          inLine = true;
        } else if (lineWidth + space + w <= width) {
          lineWidth += space + w;
        } else {
          count++;
          lineWidth = w;
        }
      }
      count++; // the paragraph's last (or only, or empty) line
    }
    return count;
  }

  /** Rows of wrapped pills (badges, chips): each width + gap, wrapped at width; 0 without pills. */
  pillRows(widths: number[], width: number, gap: number): number {
    if (widths.length === 0) {
      return 0;
    }
    let rows = 1;
    let used = 0;
    for (const w of widths) {
      if (used > 0 && used + gap + w > width) {
        rows++;
        used = w;
      } else {
        used += (used > 0 ? gap : 0) + w;
      }
    }
    return rows;
  }
}

/** The height at scale 1 the moment needs in the lane. */
export function cellHeight(measure: TextMeasure, texts: Texts, lane: LaneId, m: Moment, editable: boolean,
  emotionHeight: number): number {
  const line = BASE_FONT * LINE;
  const small = BASE_FONT * 0.85;
  const smallLine = small * LINE;
  const clampLines = (n: number) => Math.min(MAX_TEXT_LINES, n);
  switch (lane) {
    case 'card':
      return cardHeight(measure, texts, m, editable);
    case 'does': case 'thinks': case 'feels': case 'otherParty':
      return CELL_CHROME + clampLines(measure.lines(m[lane], BASE_FONT, TEXT_WIDTH)) * line;
    case 'channel':
      return CELL_CHROME + clampLines(measure.lines(m.channel, BASE_FONT, TEXT_WIDTH)) * line
        + measure.lines(m.otherParty, small, TEXT_WIDTH) * smallLine;
    case 'emotion':
      return emotionHeight;
    case 'experience': {
      const chips = [...(m.dimensions ?? []), ...(m.providers ?? [])].map((c) => measure.width(c, small) + 8);
      return CELL_CHROME + measure.pillRows(chips, TEXT_WIDTH, 3) * (smallLine + 3);
    }
    case 'owners': {
      const raci = m.raci ?? {};
      let lines = measure.lines(m.discipline, BASE_FONT, TEXT_WIDTH, true) * line;
      for (const letter of ['R', 'A', 'C', 'I'] as const) {
        const names = (raci[letter] ?? []).join(', ');
        if (names) {
          lines += measure.lines(names, small, TEXT_WIDTH - 16) * smallLine;
        }
      }
      return CELL_CHROME + lines;
    }
    case 'enablers':
      return CELL_CHROME + (m.enablers ?? [])
        .reduce((sum, e) => sum + measure.lines(e, BASE_FONT, TEXT_WIDTH - BASE_FONT * 1.1) * line, 0);
    case 'measured':
      return m.satisfaction ? CELL_CHROME + BASE_FONT * 1.1 * LINE + line : 0;
    case 'actions': case 'comments': {
      const count = lane === 'actions' ? m.openActions : m.comments;
      const text = lane === 'actions' ? translate(texts, 'openActions', '{0} open', count) : String(count);
      return count ? CELL_CHROME + measure.lines(text, BASE_FONT * 1.1, TEXT_WIDTH, true) * BASE_FONT * 1.1 * LINE : 0;
    }
    default:
      return 0;
  }
}

function cardHeight(measure: TextMeasure, texts: Texts, m: Moment, editable: boolean): number {
  // cell padding 5, card border 1 and padding 6, on both sides; the title beside the drag handle and open button
  const inner = 176 - 1 - 2 * (5 + 1 + 6);
  const titleWidth = inner - (editable ? 18 : 0) - 18;
  const titleSize = BASE_FONT * 1.05;
  const titleLines = Math.min(4, Math.max(1, measure.lines(m.title, titleSize, titleWidth, true)));
  const badgeSize = BASE_FONT * 0.8;
  const pill = (text: string) => measure.width(text, badgeSize) + 14;
  const badges: number[] = [];
  const target = targetText(texts, m.target ?? (editable ? 'SEVEN_PLUS' : null));
  if (target) {
    badges.push(measure.width(target, badgeSize, true) + 14);
  }
  const mot = translate(texts, 'momentOfTruth', 'Moment of truth');
  const brand = translate(texts, 'brandMoment', 'Brand moment');
  if (m.momentOfTruth) {
    badges.push(pill(`★ ${mot}`));
  } else if (editable) {
    badges.push(pill('★'));
  }
  if (m.brandMoment) {
    badges.push(pill(`◆ ${brand}`));
  } else if (editable) {
    badges.push(pill('◆'));
  }
  if (m.natureLabel) {
    badges.push(measure.width(m.natureLabel, badgeSize));
  }
  const badgeRows = measure.pillRows(badges, inner, 3);
  const badgeHeight = badgeSize * 1.5 + 2;
  // + 3: the badges' borders and wrapping round up in the browser more than in this sum
  return 3 + 2 * (5 + 1 + 6) + 1 + titleLines * titleSize * LINE + (badgeRows ? 4 + badgeRows * (badgeHeight + 3) - 3 : 0);
}
