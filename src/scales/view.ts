import { timeScaleFn, type TimeScaleFn } from './time.js';

// The sorted-array search for view edges and the event index (re-exported: callers import it from here).
export { bisectLeft } from 'd3-array';

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
  const iso = new Date(Math.round(ms)).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
