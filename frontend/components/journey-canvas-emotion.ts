/**
 * The emotion lane's geometry, as plain data: where the gridlines, the three curves, their points and the peak and
 * end marks go. The live canvas draws it with lit's svg templates, the export as SVG text, so the two pictures
 * agree.
 *
 * Curves: current (dashed grey) and desired (solid teal) on -3..+3, measured (amber) on its own 1..10 scale. A line
 * joins two ADJACENT moments that both have a value; a missing value is a gap, never bridged.
 */
import type { Moment } from './journey-canvas-model.js';

export const EMOTION_COLORS = { current: '#94a3b8', desired: '#0f766e', measured: '#b45309' } as const;

export type SeriesName = keyof typeof EMOTION_COLORS;

export interface EmotionPoint {
  id: string;
  x: number;
  y: number;
  value: number;
}

export interface EmotionSeries {
  name: SeriesName;
  points: EmotionPoint[];
  /** [x1, y1, x2, y2] for each pair of adjacent moments that both have a value */
  segments: [number, number, number, number][];
}

export interface EmotionShapes {
  /** -3..+3 with their y; 0 is drawn emphasised */
  gridlines: { value: number; y: number }[];
  series: EmotionSeries[];
  peak: EmotionPoint | null;
  end: EmotionPoint | null;
}

/** Vertical room above +3 and below -3, for the peak and end labels and the point handles. */
export const EMOTION_PADDING = 16;

/** y of an emotion -3..+3 in a lane of the given height. */
export function emotionY(value: number, height: number): number {
  return EMOTION_PADDING + ((3 - value) / 6) * (height - 2 * EMOTION_PADDING);
}

/** y of a measured mean satisfaction 1..10 in a lane of the given height (its own scale, drawn at the right). */
export function measuredY(value: number, height: number): number {
  const clamped = Math.min(10, Math.max(1, value));
  return EMOTION_PADDING + ((10 - clamped) / 9) * (height - 2 * EMOTION_PADDING);
}

/** The emotion -3..+3 (a whole number) at y, for dragging a desired point or clicking in the lane. */
export function emotionAt(y: number, height: number): number {
  const value = 3 - ((y - EMOTION_PADDING) / (height - 2 * EMOTION_PADDING)) * 6;
  return Math.max(-3, Math.min(3, Math.round(value)));
}

/**
 * The shapes for the moments in reading order, each at x = xOf(index). Only the first `shown` moments take part
 * (presentation mode draws up to the current moment); peak and end are marked once they are among them.
 */
export function emotionShapes(moments: Moment[], xOf: (index: number) => number, height: number,
  peakId: string | null, endId: string | null, shown = moments.length): EmotionShapes {
  const gridlines = [3, 2, 1, 0, -1, -2, -3].map((value) => ({ value, y: emotionY(value, height) }));
  const series = (['current', 'desired', 'measured'] as const).map((name) => {
    const yOf = name === 'measured' ? measuredY : emotionY;
    const points: EmotionPoint[] = [];
    const segments: [number, number, number, number][] = [];
    let previous: EmotionPoint | null = null;
    for (let i = 0; i < moments.length; i++) {
      const value = i < shown ? moments[i][name] : null;
      if (value === null || value === undefined) {
        previous = null;
        continue;
      }
      const point = { id: moments[i].id, x: xOf(i), y: yOf(value, height), value };
      if (previous) {
        segments.push([previous.x, previous.y, point.x, point.y]);
      }
      points.push(point);
      previous = point;
    }
    return { name, points, segments };
  });
  const desired = series[1].points;
  const peak = desired.find((p) => p.id === peakId) ?? null;
  const end = desired.find((p) => p.id === endId) ?? null;
  return { gridlines, series, peak, end };
}
