import { bisectLeft, min, quickselect } from 'd3-array';
import { runToEnd, type Steps } from '../model/incremental.js';
import type { EventColumns, ParsedEvent } from '../model/types.js';

/**
 * Events sorted by start, indexed once per data or filter change so that each view change costs
 * O(log n + visible) rather than O(n). Long events (intervals, months, years) are few in practice and kept
 * apart, so the short ones can be found with one bisect.
 */
export interface EventIndex {
  /** All events, in time order. */
  events: readonly ParsedEvent[];
  /** Start of each event (ms), ascending. */
  starts: Float64Array;
  /** Position of an event id in `events` (undefined when it is not there). */
  position: { get(id: string): number | undefined };
}

interface Internal extends EventIndex {
  short: Float64Array;
  /** Position of each short event in `events`; null when every event is short (then it is the identity). */
  shortIndex: Int32Array | null;
  maxShort: number;
  long: Int32Array;
}

/**
 * Builds the index; `events` must be sorted by start (as `parseTimeline` returns them). `lookup` finds a parsed
 * event by id (the element keeps one map for all events): positions are then kept in a typed array by input
 * index rather than in a second map of 100,000 strings.
 */
export function indexEvents(events: readonly ParsedEvent[], lookup?: (id: string) => ParsedEvent | undefined): EventIndex {
  return runToEnd(indexEventsSteps(events, lookup));
}

/**
 * `indexEvents` in steps that yield every 65,536 events, for a caller that reads a large input in slices. Given
 * the events' `columns` (the parse's, for these very events), it reads them instead of a million objects.
 */
export function* indexEventsSteps(events: readonly ParsedEvent[], lookup?: (id: string) => ParsedEvent | undefined, columns?: EventColumns): Steps<EventIndex> {
  const n = events.length;
  if (columns && lookup) return yield* indexColumnsSteps(events, lookup, columns);
  const starts = new Float64Array(n);
  let slots = new Int32Array(0);
  const fallback = lookup ? null : new Map<string, number>();
  let maxIndex = -1;
  for (const e of events) if (e.index > maxIndex) maxIndex = e.index;
  if (!fallback) slots = new Int32Array(maxIndex + 1);
  const position = fallback ?? bySlot(slots, lookup!);
  const durations = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if ((i & 65535) === 65535) yield;
    const when = events[i].when;
    starts[i] = when.start;
    if (fallback) fallback.set(events[i].id, i);
    else slots[events[i].index] = i + 1;
    durations[i] = when.end - when.start;
  }
  yield;
  return yield* finishIndex(events, starts, durations, position);
}

/** `indexEventsSteps` from the parse's columns: typed arrays only, the starts kept as they are. */
function* indexColumnsSteps(events: readonly ParsedEvent[], lookup: (id: string) => ParsedEvent | undefined, columns: EventColumns): Steps<EventIndex> {
  const { starts, ends, inputIndex } = columns;
  const n = events.length;
  let maxIndex = -1;
  for (let i = 0; i < n; i++) if (inputIndex[i] > maxIndex) maxIndex = inputIndex[i];
  const slots = new Int32Array(maxIndex + 1);
  const durations = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if ((i & 262143) === 262143) yield;
    slots[inputIndex[i]] = i + 1;
    durations[i] = ends[i] - starts[i];
  }
  yield;
  return yield* finishIndex(events, starts, durations, bySlot(slots, lookup));
}

/** Positions found through the event (by `lookup`) and its input index (`slots[index]` is its position + 1). */
function bySlot(slots: Int32Array, lookup: (id: string) => ParsedEvent | undefined): EventIndex['position'] {
  return {
    get(id: string): number | undefined {
      const e = lookup(id);
      const slot = e && e.index < slots.length ? slots[e.index] : 0;
      return slot > 0 ? slot - 1 : undefined;
    },
  };
}

/** The rest of the index, from the starts and durations: which events are long, and the short ones' starts. */
function* finishIndex(events: readonly ParsedEvent[], starts: Float64Array, durations: Float64Array, position: EventIndex['position']): Steps<EventIndex> {
  const n = events.length;
  // "Long" = longer than 95% of events and longer than a week: the few that would defeat the bisect. (quantile
  // selects rather than sorts: linear time at 100,000 events.)
  const limit = Math.max(quantileOf(durations, 0.95), 7 * 86_400_000);
  yield;
  const longIdx: number[] = [];
  let maxShort = 0;
  for (let i = 0; i < n; i++) {
    const d = durations[i];
    if (d > limit) longIdx.push(i);
    else if (d > maxShort) maxShort = d;
  }
  let short = starts;
  let shortIndex: Int32Array | null = null;
  // Usually nothing is long: then the short list is the whole list, kept once.
  if (longIdx.length) {
    short = new Float64Array(n - longIdx.length);
    shortIndex = new Int32Array(n - longIdx.length);
    for (let i = 0, k = 0, l = 0; i < n; i++) {
      if (l < longIdx.length && longIdx[l] === i) l++;
      else {
        short[k] = starts[i];
        shortIndex[k++] = i;
      }
    }
  }
  const index: Internal = { events, starts, position, short, shortIndex, maxShort, long: Int32Array.from(longIdx) };
  return index;
}

/**
 * d3's `quantile` of finite numbers without its copy through a generator (a tenth of a second at a million): the
 * same interpolation between the order statistics, found by d3's `quickselect` on a plain copy.
 */
export function quantileOf(values: Float64Array, p: number): number {
  const n = values.length;
  if (n < 2) return n ? values[0] : 0;
  const copy = values.slice();
  const i = (n - 1) * p;
  const i0 = Math.floor(i);
  quickselect(copy, i0);
  const value0 = copy[i0];
  const value1 = min(copy.subarray(i0 + 1)) ?? value0;
  return value0 + (value1 - value0) * (i - i0);
}

/** Positions (in `index.events`) of the events that overlap `[a, b)`, ascending. */
export function eventsInView(index: EventIndex, a: number, b: number): number[] {
  const { short, shortIndex, maxShort, long, events } = index as Internal;
  const out: number[] = [];
  const from = bisectLeft(short, a - maxShort);
  const to = bisectLeft(short, b);
  for (let k = from; k < to; k++) {
    const i = shortIndex ? shortIndex[k] : k;
    const w = events[i].when;
    if (w.end > a || (w.start === w.end && w.start >= a)) out.push(i);
  }
  for (let k = 0; k < long.length; k++) {
    const w = events[long[k]].when;
    if (w.start < b && w.end > a) out.push(long[k]);
  }
  if (long.length) out.sort((x, y) => x - y);
  return out;
}

/** How many events start in `[a, b)`. */
export function countStarts(index: EventIndex, a: number, b: number): number {
  return bisectLeft(index.starts, b) - bisectLeft(index.starts, a);
}

export interface Bin {
  /** Time range `[start, end)` of the bin. */
  start: number;
  end: number;
  /** Screen range in px. */
  x0: number;
  x1: number;
  /** Events starting in the bin. */
  count: number;
  /** Position of the first of them in `index.events`. */
  first: number;
}

/**
 * Splits the screen into bins of about `binPx` px and counts the events starting in each, with two bisects
 * per bin. `invert` maps px to time (the view's scale).
 */
export function binEvents(index: EventIndex, invert: (px: number) => number, width: number, binPx: number): Bin[] {
  const count = Math.max(1, Math.round(width / binPx));
  const step = width / count;
  const bins: Bin[] = [];
  let lo = bisectLeft(index.starts, invert(0));
  for (let k = 0; k < count; k++) {
    const x0 = k * step;
    const x1 = (k + 1) * step;
    const start = invert(x0);
    const end = invert(x1);
    const hi = bisectLeft(index.starts, end, lo);
    bins.push({ start, end, x0, x1, count: hi - lo, first: lo });
    lo = hi;
  }
  return bins;
}
