import { indexEventsSteps, type EventIndex } from '../layout/event-index.js';
import { mergeSortSteps, runToEnd, type Steps } from './incremental.js';
import { fitDomain } from '../scales/time.js';
import { parseDate } from './dates.js';
import type { View } from '../scales/view.js';
import type { EventColumns, ParsedEvent } from './types.js';

/** The events the reader sees after the category filter, indexed once so each view change costs O(log n + visible). */
export interface Filtered {
  /** The categories on, or null when the filter is empty (all on). */
  active: Set<string> | null;
  events: ParsedEvent[];
  index: EventIndex;
  /** The fitted window of the filtered events (their span plus a margin): the widest view; null when none. */
  fit: View | null;
  /** True when no filtered event has a time of day: the finest step is then a day. */
  dateOnly: boolean;
  /** Their starts and ends, sorted (see `eventAnchors`), when worked out ahead (a large input read in slices). */
  anchors?: Float64Array;
}

/** The comma-separated `categories` attribute as a list. */
export function categoryList(categories: string): string[] {
  return categories.split(',').map((c) => c.trim()).filter(Boolean);
}

export function filterEvents(events: readonly ParsedEvent[], categories: string, lookup: (id: string) => ParsedEvent | undefined): Filtered {
  return runToEnd(filterEventsSteps(events, categories, lookup));
}

/**
 * `filterEvents` in steps (yielding now and then), for a large input read in slices; with the parse's `columns`
 * of these events, the unfiltered index is made from them (see `indexEventsSteps`).
 */
export function* filterEventsSteps(events: readonly ParsedEvent[], categories: string, lookup: (id: string) => ParsedEvent | undefined, columns?: EventColumns): Steps<Filtered> {
  const list = categoryList(categories);
  const active = list.length ? new Set(list) : null;
  const filtered = active ? events.filter((e) => active.has(e.category)) : (events as ParsedEvent[]);
  if (columns && !active) {
    const index = yield* indexEventsSteps(filtered, lookup, columns);
    const { starts, ends } = columns;
    let hi = -Infinity;
    for (let i = 0; i < ends.length; i++) if (ends[i] > hi) hi = ends[i];
    return { active, events: filtered, index, fit: filtered.length ? fitDomain(starts[0], hi) : null, dateOnly: columns.dateOnly };
  }
  const index = yield* indexEventsSteps(filtered, lookup);
  let lo = Infinity;
  let hi = -Infinity;
  let dateOnly = true;
  for (let i = 0; i < filtered.length; i++) {
    if ((i & 65535) === 65535) yield;
    const when = filtered[i].when;
    if (when.start < lo) lo = when.start;
    if (when.end > hi) hi = when.end;
    if (when.offsetMinutes !== null) dateOnly = false;
  }
  return { active, events: filtered, index, fit: filtered.length ? fitDomain(lo, hi) : null, dateOnly };
}

/** The window the author gave with `start`/`end`, or null (fit all events). `events` are sorted by start. */
export function authorWindow(start: string, end: string, events: readonly ParsedEvent[]): View | null {
  if (!start && !end) return null;
  const s = start ? parseDate(start).range : undefined;
  const e = end ? parseDate(end).range : undefined;
  if ((start && !s) || (end && !e)) return null;
  const startMs = s ? s.start : events[0]?.when.start ?? NaN;
  let endMs = e ? e.end : -Infinity;
  // The latest end needs a scan (no spread: 100,000 arguments overflow the stack).
  if (!e) for (const x of events) if (x.when.end > endMs) endMs = x.when.end;
  return endMs > startMs ? [startMs, endMs] : null;
}

/** Splits events by a window: in view, hidden before it, hidden after it (all of them in view without one). */
export function splitByWindow(events: readonly ParsedEvent[], domain: View | null): { inView: ParsedEvent[]; hiddenBefore: ParsedEvent[]; hiddenAfter: ParsedEvent[] } {
  if (!domain) return { inView: events as ParsedEvent[], hiddenBefore: [], hiddenAfter: [] };
  const inView: ParsedEvent[] = [];
  const hiddenBefore: ParsedEvent[] = [];
  const hiddenAfter: ParsedEvent[] = [];
  for (const e of events) {
    if (e.when.end <= domain[0] && !(e.when.start === e.when.end && e.when.start === domain[0])) hiddenBefore.push(e);
    else if (e.when.start >= domain[1]) hiddenAfter.push(e);
    else inView.push(e);
  }
  return { inView, hiddenBefore, hiddenAfter };
}

/**
 * Event starts and ends, sorted: where the compressed axis must keep room. Made when a scale is built (data,
 * filter or width changed), not kept: at 100,000 events it is 1.6 MB.
 */
export function eventAnchors(events: readonly ParsedEvent[]): Float64Array {
  return runToEnd(eventAnchorsSteps(events));
}

/**
 * `eventAnchors` in steps: at a million events, two million numbers to fill, sort and merge. Given the parse's
 * `columns` of these events, it uses them up: their ends are sorted in place (the starts are sorted already, and
 * stay as the index has them), so a million events allocate no copies (16 MB the garbage collector would chase).
 */
export function* eventAnchorsSteps(events: readonly ParsedEvent[], columns?: EventColumns): Steps<Float64Array> {
  const n = events.length;
  const starts = columns ? columns.starts : new Float64Array(n);
  const ends = columns ? columns.ends : new Float64Array(n);
  for (let i = 0; i < n && !columns; i++) {
    if ((i & 65535) === 65535) yield;
    const when = events[i].when;
    starts[i] = when.start;
    ends[i] = when.end;
  }
  // Events come sorted by start, and the ends of instants with them: each list is sorted only when it is not.
  yield* sortNumbers(starts);
  yield* sortNumbers(ends);
  const anchors = new Float64Array(2 * n);
  for (let i = 0, j = 0, k = 0; k < 2 * n; k++) {
    if ((k & 65535) === 65535) yield;
    anchors[k] = j >= n || (i < n && starts[i] <= ends[j]) ? starts[i++] : ends[j++];
  }
  return anchors;
}

/** Sorts numbers in place, in steps, unless they are sorted already. */
function* sortNumbers(values: Float64Array): Steps<void> {
  let sorted = true;
  for (let i = 1; i < values.length && sorted; i++) sorted = values[i - 1] <= values[i];
  if (sorted) return;
  const result = yield* mergeSortSteps(values, 65536, (run) => run.sort(), (a, b) => a <= b);
  if (result !== values) values.set(result);
}

/**
 * The `categories` filter after the reader toggles `name` in the legend ('' for all), or null when the toggle is
 * refused: the last category on stays on, since an empty filter would mean "all" and surprise the reader.
 */
export function toggleCategory(all: readonly string[], active: ReadonlySet<string> | null, name: string): string | null {
  const on = new Set(active ?? all);
  if (on.has(name)) {
    if (on.size === 1) return null;
    on.delete(name);
  } else on.add(name);
  return on.size === all.length ? '' : all.filter((c) => on.has(c)).join(',');
}
