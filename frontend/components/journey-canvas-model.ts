/**
 * The data of <momentum-journey-canvas> as the server sends it (docs: CANVAS-CONTRACT), and the small pure
 * functions over it that the element, the emotion lane and the export share: the moments in reading order, the
 * lanes in the user's order, where a moved moment lands, and the i18n look-up.
 */

export type LaneId = 'card' | 'does' | 'thinks' | 'feels' | 'channel' | 'otherParty' | 'emotion' | 'experience'
  | 'owners' | 'enablers' | 'measured' | 'actions' | 'comments';

/** Every lane in the default order (the contract's order). */
export const ALL_LANES: readonly LaneId[] = ['card', 'does', 'thinks', 'feels', 'channel', 'otherParty', 'emotion',
  'experience', 'owners', 'enablers', 'measured', 'actions', 'comments'];

export type Target = 'SEVEN_PLUS' | 'NINE_PLUS';

export interface Moment {
  id: string;
  phaseId: string;
  title: string;
  target: Target | null;
  momentOfTruth: boolean;
  brandMoment: boolean;
  nature: string | null;
  natureLabel: string | null;
  does: string | null;
  thinks: string | null;
  feels: string | null;
  channelId: string | null;
  channel: string | null;
  otherParty: string | null;
  current: number | null;
  desired: number | null;
  measured: number | null;
  dimensions?: string[];
  providers?: string[];
  discipline?: string | null;
  raci?: { R?: string[]; A?: string[]; C?: string[]; I?: string[] } | null;
  enablers?: string[];
  satisfaction?: { mean: number; target: number; met: boolean } | null;
  openActions?: number;
  comments?: number;
}

export interface Phase {
  id: string;
  name: string;
  momentIds: string[];
}

export interface Channel {
  id: string;
  name: string;
}

export interface CanvasModel {
  journeyId: string;
  name: string;
  editable: boolean;
  editableLanes: string[];
  channels: Channel[];
  phases: Phase[];
  moments: Moment[];
  peakId: string | null;
  endId: string | null;
}

export interface CanvasPatch {
  moments?: Moment[];
  removed?: string[];
  phases?: Phase[];
  peakId?: string | null;
  endId?: string | null;
}

export interface LaneState {
  order: string[];
  hidden: string[];
}

export interface Presence {
  momentId: string;
  lane: string | null;
  initials: string;
  name: string;
  color: string;
}

export type CanvasMode = 'edit' | 'workshop' | 'presentation';

/** The fields a `canvas-edit` of kind "field" may name (the contract's list). */
export type EditField = 'title' | 'does' | 'thinks' | 'feels' | 'otherParty' | 'channelId' | 'current' | 'desired'
  | 'target' | 'nature' | 'momentOfTruth' | 'brandMoment';

export type EditDetail =
  | { kind: 'field'; momentId: string; field: EditField; base: unknown; value: unknown }
  | { kind: 'move'; momentId: string; phaseId: string; beforeId: string | null }
  | { kind: 'add'; phaseId: string; title: string };

/** The text lanes edited in a textarea, with the moment field each one shows. */
export const TEXT_LANES: Readonly<Record<string, EditField>> = {
  does: 'does', thinks: 'thinks', feels: 'feels', otherParty: 'otherParty',
};

/**
 * The visible lanes in the user's order: unknown ids in the state are dropped (an old saved state), lanes the
 * state does not name yet are appended in their default order (a lane added in a later release shows up).
 */
export function orderedLanes(state: LaneState): LaneId[] {
  const known = new Set<string>(ALL_LANES);
  const order = state.order.filter((id) => known.has(id)) as LaneId[];
  for (const lane of ALL_LANES) {
    if (!order.includes(lane)) {
      order.push(lane);
    }
  }
  return order;
}

export function visibleLanes(state: LaneState): LaneId[] {
  const hidden = new Set(state.hidden);
  return orderedLanes(state).filter((lane) => !hidden.has(lane));
}

/**
 * The moments in reading order (phase by phase); ids a phase names but the moment list lacks are skipped,
 * so a patch arriving between two others never draws an empty column.
 */
export function momentsInOrder(phases: Phase[], moments: Map<string, Moment>): Moment[] {
  const result: Moment[] = [];
  for (const phase of phases) {
    for (const id of phase.momentIds) {
      const moment = moments.get(id);
      if (moment) {
        result.push(moment);
      }
    }
  }
  return result;
}

export interface MoveTarget {
  phaseId: string;
  beforeId: string | null;
}

/**
 * Where a moment lands when moved one place to the left (-1) or right (+1) in reading order: within its phase it
 * swaps with its neighbour; at a phase's edge it goes to the end of the previous phase or the start of the next.
 * Null when it cannot move further.
 */
export function oneStep(phases: Phase[], momentId: string, direction: -1 | 1): MoveTarget | null {
  const phaseIndex = phases.findIndex((p) => p.momentIds.includes(momentId));
  if (phaseIndex < 0) {
    return null;
  }
  const ids = phases[phaseIndex].momentIds;
  const index = ids.indexOf(momentId);
  if (direction < 0) {
    if (index > 0) {
      return { phaseId: phases[phaseIndex].id, beforeId: ids[index - 1] };
    }
    const previous = phases[phaseIndex - 1];
    return previous ? { phaseId: previous.id, beforeId: null } : null;
  }
  if (index < ids.length - 1) {
    return { phaseId: phases[phaseIndex].id, beforeId: ids[index + 2] ?? null };
  }
  const next = phases[phaseIndex + 1];
  return next ? { phaseId: next.id, beforeId: next.momentIds[0] ?? null } : null;
}

/** The phases after moving momentId before beforeId (or to the end) of phaseId: the optimistic picture of a move. */
export function movedPhases(phases: Phase[], momentId: string, target: MoveTarget): Phase[] {
  return phases.map((phase) => {
    const ids = phase.momentIds.filter((id) => id !== momentId);
    if (phase.id === target.phaseId) {
      const at = target.beforeId ? ids.indexOf(target.beforeId) : -1;
      ids.splice(at < 0 ? ids.length : at, 0, momentId);
    }
    return ids.length === phase.momentIds.length && ids.every((id, i) => id === phase.momentIds[i])
      ? phase : { ...phase, momentIds: ids };
  });
}

/** Whether a move changes anything (dropping a card just before itself or its own successor does not). */
export function moveChangesOrder(phases: Phase[], momentId: string, target: MoveTarget): boolean {
  const moved = movedPhases(phases, momentId, target);
  return moved.some((phase, i) => phase !== phases[i]);
}

export type Texts = Record<string, string>;

/**
 * The text for key from the server's texts (sent with the `canvas.` prefix, as in the message bundles), with
 * {0}, {1}… replaced by args; the English fallback until setI18n arrives, so the element never shows a bare key.
 */
export function translate(texts: Texts, key: string, fallback: string, ...args: unknown[]): string {
  const pattern = texts[`canvas.${key}`] ?? texts[key] ?? fallback;
  return args.length === 0 ? pattern : pattern.replace(/\{(\d+)\}/g, (all, n: string) => {
    const arg = args[Number(n)];
    return arg === undefined ? all : String(arg);
  });
}

/** The text of a lane heading. */
export function laneName(texts: Texts, lane: LaneId): string {
  return translate(texts, `lane.${lane}`, LANE_FALLBACK[lane]);
}

const LANE_FALLBACK: Record<LaneId, string> = {
  card: 'Moment', does: 'Does', thinks: 'Thinks', feels: 'Feels', channel: 'Channel', otherParty: 'Other party',
  emotion: 'Emotion', experience: 'Experience', owners: 'Owners', enablers: 'Enablers', measured: 'Measured',
  actions: 'Actions', comments: 'Comments',
};

/** The short text of a target (7+ / 9+). */
export function targetText(texts: Texts, target: Target | null): string {
  if (target === 'NINE_PLUS') {
    return translate(texts, 'target.NINE_PLUS', '9+');
  }
  return target === 'SEVEN_PLUS' ? translate(texts, 'target.SEVEN_PLUS', '7+') : '';
}

/** A number in the user's language with one decimal (7.8 / 7,8), from the language of the page. */
export function oneDecimal(value: number): string {
  const lang = document.documentElement.lang || '';
  if (!decimalSeparator || decimalSeparator.lang !== lang) {
    // Intl formatting is slow for the hundreds of numbers of a large map: ask once for the separator
    const separator = new Intl.NumberFormat(lang || undefined).formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value ?? '.';
    decimalSeparator = { lang, separator };
  }
  return value.toFixed(1).replace('.', decimalSeparator.separator);
}

let decimalSeparator: { lang: string; separator: string } | null = null;
