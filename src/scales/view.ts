import { bisectLeft } from 'd3-array';
import { timeScaleFn, type TimeScaleFn } from './time.js';
import { parseDate } from '../model/dates.js';
import { yearOf } from '../model/calendar.js';

const DAY = 86_400_000;
/** The furthest instant an ECMAScript Date holds, either side of 1970 (ms). */
const MAX_DATE_MS = 8.64e15;

// The sorted-array search for view edges and the event index (re-exported: callers import it from here).
export { bisectLeft };

/** A visible time window `[start, end]` in ms. */
export type View = readonly [number, number];

export interface ViewLimits {
  /** The widest window allowed (the data's span plus a margin). */
  outer: View;
  /** The narrowest window allowed, in ms. */
  minSpan: number;
}

/** A d3-zoom transform, or anything else that moves screen x: `applyX(x) = x * k + tx`. */
export interface TransformX {
  applyX(x: number): number;
}

/**
 * `x` seen through a zoom transform: a copy whose range stops are moved by `t` while its domain stops keep their
 * times, so each compressed gap keeps its start and end and is only scaled and shifted with the rest.
 * (`transform.rescaleX(x)` would instead invert the range's two ends and stretch that domain over the old
 * stops, moving every gap.) The base scale is never mutated.
 */
export function transformScale(x: TimeScaleFn, t: TransformX): TimeScaleFn {
  return timeScaleFn(x.d3.copy().range(x.range().map(t.applyX, t)));
}

/**
 * The scale for `view`, derived from the base scale (fitted, possibly with compressed gaps) by the zoom transform
 * that makes `view` fill `[0, width]`.
 */
export function rescale(base: TimeScaleFn, view: View, width: number): TimeScaleFn {
  const p0 = base(view[0]);
  const p1 = base(view[1]);
  const k = width / Math.max(1e-9, p1 - p0);
  return transformScale(base, { applyX: (p) => (p - p0) * k });
}

/** Keeps a window inside the limits: no wider than `outer`, no narrower than `minSpan`, shifted back inside. */
export function clampView(view: View, limits: ViewLimits): View {
  const [o0, o1] = limits.outer;
  let [a, b] = view;
  if (!(b > a)) b = a + limits.minSpan;
  const span = Math.min(Math.max(b - a, limits.minSpan), o1 - o0);
  if (b - a !== span) {
    const mid = (a + b) / 2;
    a = mid - span / 2;
    b = mid + span / 2;
  }
  if (a < o0) {
    b += o0 - a;
    a = o0;
  }
  if (b > o1) {
    a -= b - o1;
    b = o1;
  }
  return [Math.max(a, o0), Math.min(b, o1)];
}

/** At the narrowest window, the two closest event instants stand this fraction of it apart (~70 px in 1,000). */
const SEPARATION = 15;
/** However sparse the data, the reader can zoom in at least this many times from the widest window. */
const MIN_ZOOM_RANGE = 8;

/**
 * The narrowest window worth zooming to for date-times, from the data: where the two closest distinct event
 * instants stand a fifteenth of the window apart, clearly apart as markers, or, where events crowd (`crowd` of them
 * within less than that), narrow enough to draw the densest stretch one by one. Zooming further only spreads empty
 * time. Never under `floor`, and never so wide that the reader cannot zoom in 8 times from `outer`. `starts` ascending.
 */
export function distinguishableSpan(starts: ArrayLike<number>, floor: number, outer: View, crowd = 60): number {
  let closest = Infinity;
  let densest = Infinity;
  for (let i = 1; i < starts.length; i++) {
    const gap = starts[i] - starts[i - 1];
    if (gap > 0 && gap < closest) closest = gap;
    if (i >= crowd) densest = Math.min(densest, starts[i] - starts[i - crowd]);
  }
  return Math.max(floor, Math.min(closest * SEPARATION, densest, (outer[1] - outer[0]) / MIN_ZOOM_RANGE));
}

/**
 * A zoomed-in window `to` that would hold no event start is moved, keeping its span, just far enough to take in
 * the nearest one (a tenth of the window inside its edge), so zooming in never ends on an empty chart. `starts`
 * ascending.
 */
export function zoomInToEvents(to: View, starts: ArrayLike<number>): View {
  const n = starts.length;
  const [a, b] = to;
  const i = bisectLeft(starts, a);
  if (!n || (i < n && starts[i] <= b)) return to;
  const inset = (b - a) / 10;
  const before = i > 0 ? a - starts[i - 1] : Infinity;
  const after = i < n ? starts[i] - b : Infinity;
  return before <= after ? [starts[i - 1] - inset, starts[i - 1] - inset + (b - a)] : [starts[i] + inset - (b - a), starts[i] + inset];
}

/** Zooms by `factor` (> 1 zooms in) around the screen point `anchor` px, keeping the instant under it in place. */
export function zoomView(base: TimeScaleFn, view: View, width: number, factor: number, anchor = width / 2): View {
  const p0 = base(view[0]);
  const p1 = base(view[1]);
  const q = p0 + (anchor / width) * (p1 - p0); // the anchor, in base px
  const half0 = (q - p0) / factor;
  const half1 = (p1 - q) / factor;
  return [base.invert(q - half0), base.invert(q + half1)];
}

/**
 * Whether scale `b` is scale `a` moved sideways: the same px between `t0` and `t1` (a pan, not a zoom). Both must
 * come from the same base scale.
 */
export function sameZoom(a: TimeScaleFn, b: TimeScaleFn, t0: number, t1: number): boolean {
  return Math.abs(b(t1) - b(t0) - (a(t1) - a(t0))) < 1e-6;
}

/** Pans by `dx` screen px (positive moves the content right, i.e. shows earlier times). */
export function panView(base: TimeScaleFn, view: View, width: number, dx: number): View {
  const p0 = base(view[0]);
  const p1 = base(view[1]);
  const shift = (dx / width) * (p1 - p0);
  return [base.invert(p0 - shift), base.invert(p1 - shift)];
}

/** ISO text for a view edge: a plain date when it falls on a UTC midnight, else a date-time with Z. */
export function isoEdge(ms: number): string {
  // Past what a Date holds (cosmological years): the ISO year alone, as imported files write it.
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return String(yearOf(ms));
  const iso = new Date(Math.round(ms)).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** A window edge from a date string, Date or ms; `end` dates are inclusive (the end of that day). */
export function toInstant(value: string | Date | number, end: boolean): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // A bare long year ("-13799999999", as isoEdge writes one past what a Date holds) is read as imported files are.
  const range = typeof value === 'string' ? parseDate(value).range ?? (/^\s*-?\d{5,}\s*$/.test(value) ? parseDate(value, { imported: true }).range : undefined) : undefined;
  // An instant as the end is included: the window runs to just after it.
  return range ? (end ? (range.end > range.start ? range.end : range.end + 1) : range.start) : null;
}

/**
 * A window as `start`/`end` say it: for date-only data the days it touches (`YYYY-MM-DD`, `end` inclusive), since
 * the data know no hours; otherwise its instants (a plain date where an edge falls on midnight UTC).
 */
export function windowEdges(view: View, dateOnly: boolean): { start: string; end: string } {
  if (dateOnly) {
    const first = Math.floor(view[0] / DAY) * DAY;
    const last = Math.max(first, Math.ceil(view[1] / DAY) * DAY - DAY);
    return { start: isoEdge(first), end: isoEdge(last) };
  }
  const endIso = isoEdge(view[1]);
  // `end` is inclusive for dates: a window ending at midnight ends on the day before.
  return { start: isoEdge(view[0]), end: endIso.length === 10 ? isoEdge(view[1] - DAY) : endIso };
}
