/**
 * The journey map as one SVG picture, built from the model (never from a DOM screenshot, which would need the
 * fonts, the scroll position and the shadow DOM to cooperate): the visible lanes in the user's order, the phase
 * bands, a column per moment with its texts wrapped and clipped, and the emotion lane. `svgToPng` draws that SVG
 * on a canvas at twice the size for a sharp PNG.
 */
import {
  EMOTION_COLORS, emotionShapes, EMOTION_PADDING,
} from './journey-canvas-emotion.js';
import {
  type LaneId, type Moment, type Phase, type Texts, laneName, oneDecimal, targetText, translate,
} from './journey-canvas-model.js';

export interface ExportInput {
  name: string;
  phases: Phase[];
  moments: Map<string, Moment>;
  lanes: LaneId[];
  texts: Texts;
  peakId: string | null;
  endId: string | null;
}

const HEADER_WIDTH = 150;
const COLUMN_WIDTH = 180;
const TITLE_HEIGHT = 40;
const BAND_HEIGHT = 32;
const PADDING = 8;
const LINE_HEIGHT = 15;
const MAX_LINES = 6;
const EMOTION_HEIGHT = 150;
/** A generous average width of a 12 px sans-serif character, so wrapped lines rarely run past the column. */
const CHAR_WIDTH = 6.4;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** Text made safe for SVG: user text is only ever text. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text wrapped on words into lines of at most maxChars, at most maxLines of them (the last ends in … if cut). */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > maxChars) { // a word longer than a line is cut
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
      }
      if (!line) {
        line = rest;
      } else if (line.length + 1 + rest.length <= maxChars) {
        line += ` ${rest}`;
      } else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1];
    kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1))}…`;
    return kept;
  }
  return lines;
}

/** What a lane shows of a moment, as plain text (the export's and the cell's aria text). */
export function laneText(texts: Texts, lane: LaneId, moment: Moment): string {
  switch (lane) {
    case 'card': {
      const badges = [targetText(texts, moment.target),
        moment.momentOfTruth ? translate(texts, 'momentOfTruth', 'Moment of truth') : '',
        moment.brandMoment ? translate(texts, 'brandMoment', 'Brand moment') : '',
        moment.natureLabel ?? ''].filter(Boolean);
      return badges.join(' · ');
    }
    case 'does': case 'thinks': case 'feels': case 'otherParty':
      return moment[lane] ?? '';
    case 'channel':
      return [moment.channel ?? '', moment.otherParty ?? ''].filter(Boolean).join('\n');
    case 'experience':
      return [...(moment.dimensions ?? []), ...(moment.providers ?? [])].join(', ');
    case 'owners': {
      const raci = moment.raci ?? {};
      const letters = (['R', 'A', 'C', 'I'] as const)
        .filter((letter) => (raci[letter] ?? []).length > 0)
        .map((letter) => `${letter}: ${(raci[letter] ?? []).join(', ')}`);
      return [moment.discipline ?? '', ...letters].filter(Boolean).join('\n');
    }
    case 'enablers':
      return (moment.enablers ?? []).map((e) => `• ${e}`).join('\n');
    case 'measured': {
      const s = moment.satisfaction;
      if (!s) {
        return '';
      }
      return `${oneDecimal(s.mean)} / ${oneDecimal(s.target)} ${s.met
        ? translate(texts, 'satisfactionMet', 'target met') : translate(texts, 'satisfactionMissed', 'target missed')}`;
    }
    case 'actions':
      return moment.openActions ? translate(texts, 'openActions', '{0} open', moment.openActions) : '';
    case 'comments':
      return moment.comments ? String(moment.comments) : '';
    default:
      return '';
  }
}

/** The whole map as SVG text. */
export function buildSvg(input: ExportInput): string {
  const { phases, moments, lanes, texts } = input;
  const maxChars = Math.floor((COLUMN_WIDTH - 2 * PADDING) / CHAR_WIDTH);
  // columns: each moment; an empty phase keeps one empty column so its band shows
  const columns: { phase: Phase; moment: Moment | null }[] = [];
  for (const phase of phases) {
    const own = phase.momentIds.map((id) => moments.get(id)).filter((m): m is Moment => !!m);
    if (own.length === 0) {
      columns.push({ phase, moment: null });
    }
    for (const moment of own) {
      columns.push({ phase, moment });
    }
  }
  const ordered = columns.map((c) => c.moment).filter((m): m is Moment => !!m);
  // each lane's lines per column, and the lane's height from its longest cell
  const cells = lanes.map((lane) => columns.map(({ moment }) => {
    if (!moment || lane === 'emotion') {
      return { title: [] as string[], lines: [] as string[] };
    }
    const title = lane === 'card' ? wrap(moment.title, maxChars - 2, 3) : [];
    return { title, lines: wrap(laneText(texts, lane, moment), maxChars, MAX_LINES) };
  }));
  const heights = lanes.map((lane, i) => lane === 'emotion' ? EMOTION_HEIGHT
    : Math.max(36, 2 * PADDING + LINE_HEIGHT * Math.max(1, ...cells[i].map((c) => c.title.length + c.lines.length))));
  const width = HEADER_WIDTH + Math.max(1, columns.length) * COLUMN_WIDTH;
  const top = TITLE_HEIGHT + BAND_HEIGHT;
  const height = top + heights.reduce((a, b) => a + b, 0);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" `
    + `font-family="${FONT}" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${PADDING * 2}" y="26" font-size="18" font-weight="600" fill="#1e293b">${esc(input.name)}</text>`);
  // phase bands
  let x = HEADER_WIDTH;
  let index = 0;
  while (index < columns.length) {
    const phase = columns[index].phase;
    let span = 0;
    while (index + span < columns.length && columns[index + span].phase === phase) {
      span++;
    }
    const w = span * COLUMN_WIDTH;
    out.push(`<rect x="${x + 1}" y="${TITLE_HEIGHT}" width="${w - 2}" height="${BAND_HEIGHT - 4}" rx="4" fill="#e0f2f1"/>`);
    const name = wrap(phase.name, Math.floor((w - 2 * PADDING) / 7.2), 1)[0] ?? '';
    out.push(`<text x="${x + PADDING}" y="${TITLE_HEIGHT + 19}" font-weight="600" font-size="13" fill="#134e4a">${esc(name)}</text>`);
    x += w;
    index += span;
  }
  // lanes
  let y = top;
  lanes.forEach((lane, li) => {
    const h = heights[li];
    out.push(`<rect x="0" y="${y}" width="${width}" height="${h}" fill="${li % 2 === 0 ? '#ffffff' : '#f8fafc'}"/>`);
    out.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}" stroke="#e2e8f0"/>`);
    out.push(`<text x="${PADDING}" y="${y + PADDING + 12}" font-weight="600" fill="#475569">${esc(laneName(texts, lane))}</text>`);
    if (lane === 'emotion') {
      out.push(emotionSvg(input, ordered, y, h));
    } else {
      columns.forEach((_, ci) => {
        const cx = HEADER_WIDTH + ci * COLUMN_WIDTH + PADDING;
        let ly = y + PADDING + 12;
        for (const line of cells[li][ci].title) {
          out.push(`<text x="${cx}" y="${ly}" font-weight="600" font-size="13" fill="#0f172a">${esc(line)}</text>`);
          ly += LINE_HEIGHT;
        }
        for (const line of cells[li][ci].lines) {
          out.push(`<text x="${cx}" y="${ly}" fill="#334155">${esc(line)}</text>`);
          ly += LINE_HEIGHT;
        }
      });
    }
    y += h;
  });
  // column separators over the whole height
  columns.forEach((_, ci) => {
    const cx = HEADER_WIDTH + ci * COLUMN_WIDTH;
    out.push(`<line x1="${cx}" y1="${TITLE_HEIGHT}" x2="${cx}" y2="${height}" stroke="#e2e8f0"/>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

function emotionSvg(input: ExportInput, ordered: Moment[], top: number, height: number): string {
  // the x of a moment is the centre of its column; empty-phase columns sit between, so count them in
  const columnIndex = new Map<string, number>();
  let ci = 0;
  for (const phase of input.phases) {
    const own = phase.momentIds.filter((id) => input.moments.has(id));
    if (own.length === 0) {
      ci++;
    }
    for (const id of own) {
      columnIndex.set(id, ci++);
    }
  }
  const xOf = (i: number) => HEADER_WIDTH + ((columnIndex.get(ordered[i].id) ?? i) + 0.5) * COLUMN_WIDTH;
  const shapes = emotionShapes(ordered, xOf, height, input.peakId, input.endId);
  const right = HEADER_WIDTH + Math.max(1, ci) * COLUMN_WIDTH;
  const out: string[] = [`<g transform="translate(0 ${top})">`];
  for (const g of shapes.gridlines) {
    out.push(`<line x1="${HEADER_WIDTH}" y1="${g.y}" x2="${right}" y2="${g.y}" stroke="${g.value === 0 ? '#64748b' : '#e2e8f0'}" `
      + `stroke-width="${g.value === 0 ? 1.2 : 1}"/>`);
    out.push(`<text x="${HEADER_WIDTH - 6}" y="${g.y + 4}" text-anchor="end" font-size="10" fill="#64748b">${g.value > 0 ? '+' : ''}${g.value}</text>`);
  }
  for (const value of [1, 5, 10]) {
    const y = EMOTION_PADDING + ((10 - value) / 9) * (height - 2 * EMOTION_PADDING);
    out.push(`<text x="${right - 4}" y="${y + 4}" text-anchor="end" font-size="10" fill="${EMOTION_COLORS.measured}">${value}</text>`);
  }
  for (const s of shapes.series) {
    const color = EMOTION_COLORS[s.name];
    const dash = s.name === 'current' ? ' stroke-dasharray="5 4"' : '';
    for (const [x1, y1, x2, y2] of s.segments) {
      out.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="2"${dash}/>`);
    }
    for (const p of s.points) {
      out.push(`<circle cx="${p.x}" cy="${p.y}" r="${s.name === 'desired' ? 4 : 3}" fill="${color}"/>`);
    }
  }
  for (const [mark, label] of [[shapes.peak, translate(input.texts, 'emotion.peak', 'Peak')],
    [shapes.end, translate(input.texts, 'emotion.end', 'End')]] as const) {
    if (mark) {
      out.push(`<circle cx="${mark.x}" cy="${mark.y}" r="7" fill="none" stroke="${EMOTION_COLORS.desired}" stroke-width="1.5"/>`);
      const above = mark.y > EMOTION_PADDING + 14;
      out.push(`<text x="${mark.x}" y="${above ? mark.y - 11 : mark.y + 20}" text-anchor="middle" font-size="10" `
        + `font-weight="600" fill="${EMOTION_COLORS.desired}">${esc(label)}</text>`);
    }
  }
  out.push('</g>');
  return out.join('\n');
}

/** The SVG drawn on a canvas at `scale` times its size, as a PNG blob. */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(image.width * scale);
      canvas.height = Math.ceil(image.height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('no 2d canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG did not load as an image'));
    };
    image.src = url;
  });
}

/** Offers blob as a download named fileName. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
