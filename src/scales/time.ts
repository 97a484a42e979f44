import { bisectRight } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';

/**
 * A time scale over UTC instants in the element's units: `x(t)` maps an instant (ms or Date) to px, `invert` maps
 * px back to ms, and `domain()` gives ms. Underneath it is a d3 `scaleUtc` (`d3`), polylinear when the axis has
 * compressed gaps; code that speaks d3 (a zoom transform, say) works on that.
 */
export interface TimeScaleFn {
  (t: number | Date): number;
  invert(x: number): number;
  domain(): number[];
  range(): number[];
  /** The d3 scale underneath; never mutate it (copy it: `timeScaleFn(x.d3.copy().range(…))`). */
  readonly d3: ScaleTime<number, number>;
}

/** Wraps a d3 UTC scale so that it speaks ms rather than Dates. */
export function timeScaleFn(scale: ScaleTime<number, number>): TimeScaleFn {
  const domain = scale.domain().map(Number);
  const range = scale.range();
  const last = Math.min(domain.length, range.length) - 1;
  const x = ((t: number | Date) => scale(t)) as TimeScaleFn & { d3: ScaleTime<number, number> };
  // d3's invert returns a Date, so whole ms, and a pan made of many small moves would drift by a ms a move. This is
  // the same inverse unrounded: the range segment found as d3 finds it (bisectRight), then linear within it.
  x.invert = (px: number) => {
    const i = bisectRight(range, px, 1, last) - 1;
    const span = range[i + 1] - range[i];
    return span ? domain[i] + ((px - range[i]) / span) * (domain[i + 1] - domain[i]) : (domain[i] + domain[i + 1]) / 2;
  };
  x.domain = () => [...domain];
  x.range = () => [...range];
  x.d3 = scale;
  return x;
}

/**
 * A UTC scale through matching, increasing `domain` (ms) and `range` (px) stops: linear within each segment,
 * extrapolated past the ends.
 */
export function polylinearScale(domain: readonly number[], range: readonly number[]): TimeScaleFn {
  return timeScaleFn(domain.every((t) => Math.abs(t) <= 8.64e15) ? scaleUtc(domain, range) : deepScale([...domain], [...range]));
}

/**
 * The same mapping for instants no `Date` can hold (cosmological years, in ms by calendar arithmetic): d3's time
 * scale turns such a domain into NaN. Only what the element asks of `d3` (call, domain, range, copy) is given;
 * not d3's linear scale, which would bring its tick formatting into the bundle.
 */
function deepScale(domain: number[], range: number[]): ScaleTime<number, number> {
  const scale = (t: number | Date) => {
    const v = +t;
    const i = Math.max(0, Math.min(bisectRight(domain, v, 1, domain.length - 1) - 1, domain.length - 2));
    const span = domain[i + 1] - domain[i];
    return span ? range[i] + ((v - domain[i]) / span) * (range[i + 1] - range[i]) : range[i];
  };
  scale.domain = () => [...domain];
  scale.range = (r?: number[]) => (r ? deepScale(domain, [...r]) : [...range]);
  scale.copy = () => scale; // immutable: `range(r)` makes a new one
  return scale as unknown as ScaleTime<number, number>;
}

/** A stretch of time with no events that the axis draws compressed, with a visible break. */
export interface AxisGap {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

export interface TimeScaleOptions {
  /** Visible time window `[start, end]` in ms. */
  domain: readonly [number, number];
  /** Pixel range `[x0, x1]`. */
  range: readonly [number, number];
  /** Instants that must stay readable (event starts and ends); gaps between them may be compressed. */
  anchors?: ArrayLike<number>;
  /** Compress long empty stretches (default false). */
  compress?: boolean;
  /** Width in px a compressed gap takes (default 44). */
  gapWidth?: number;
  /** A stretch is compressed when it is at least this fraction of the window (default 0.2). */
  minGapFraction?: number;
}

export interface TimeScale {
  x: TimeScaleFn;
  gaps: AxisGap[];
}

/**
 * Stretches of at least `minGap` between consecutive distinct anchors inside the window (those at its very edges
 * are margins, not gaps). Anchors usually come sorted (starts and ends as a Float64Array): then one pass, with no
 * copy (two million anchors at a million events); otherwise they are copied and sorted first.
 */
function findGaps(anchors: ArrayLike<number>, d0: number, d1: number, minGap: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let previous = NaN;
  for (let i = 0; i < anchors.length; i++) {
    const t = anchors[i];
    if (!(t > d0 && t < d1) || t === previous) continue;
    if (t < previous) return findGaps(Float64Array.from(anchors).sort(), d0, d1, minGap);
    if (t - previous >= minGap) found.push({ start: previous, end: t });
    previous = t;
  }
  return found;
}

/**
 * A time scale over UTC instants (date-only data are calendar days, so UTC keeps them put in every zone).
 * With `compress`, empty stretches longer than `minGapFraction` of the window are shrunk to `gapWidth` px:
 * the scale becomes polylinear (a stop at each gap's start and end), so the bunched-up days keep their room and the
 * break is drawn.
 */
export function createTimeScale(options: TimeScaleOptions): TimeScale {
  const [d0, d1] = options.domain;
  const [x0, x1] = options.range;
  // An empty window puts every instant at the range's start (d3 would put it in the middle).
  if (!(d1 > d0)) return { x: polylinearScale([d0, d1], [x0, x0]), gaps: [] };
  if (!options.compress || !options.anchors?.length) return { x: polylinearScale([d0, d1], [x0, x1]), gaps: [] };
  const gapWidth = options.gapWidth ?? 44;
  const span = d1 - d0;
  const minGap = span * (options.minGapFraction ?? 0.2);
  const found = findGaps(options.anchors, d0, d1, minGap);
  const width = x1 - x0;
  if (!found.length || width - found.length * gapWidth < width * 0.5) {
    return { x: polylinearScale([d0, d1], [x0, x1]), gaps: [] };
  }
  const linearTime = span - found.reduce((sum, g) => sum + g.end - g.start, 0);
  const pxPerMs = (width - found.length * gapWidth) / linearTime;
  const domain: number[] = [d0];
  const range: number[] = [x0];
  const gaps: AxisGap[] = [];
  let t = d0;
  let px = x0;
  for (const gap of found) {
    px += (gap.start - t) * pxPerMs;
    domain.push(gap.start, gap.end);
    range.push(px, px + gapWidth);
    gaps.push({ start: gap.start, end: gap.end, x0: px, x1: px + gapWidth });
    px += gapWidth;
    t = gap.end;
  }
  domain.push(d1);
  range.push(x1);
  return { x: polylinearScale(domain, range), gaps };
}

/** The fitted window for data spanning `[start, end)`: a margin on each side so nothing sits on the edge. */
export function fitDomain(start: number, end: number, minSpan = 86_400_000): [number, number] {
  let span = Math.max(end - start, minSpan);
  const mid = (start + end) / 2;
  const a = Math.min(start, mid - span / 2);
  const b = Math.max(end, mid + span / 2);
  span = b - a;
  const margin = span * 0.04;
  return [a - margin, b + margin];
}

/**
 * The fit moved later, into the margin it leaves before the first event, so the labels of the last events have
 * room after them. Labels run after their markers (in time, whichever way the page reads): a symmetric margin cuts
 * the last day's titles short while the room before the first event goes unused. The scale stays as it is (a
 * wider window would shorten every other day's labels to lengthen the last ones). `needs` gives, for events near
 * the end, their start and the px their marker and label take from it; `first` is the first event's start, and
 * `lead` the px kept before it.
 */
export function fitWithLabelRoom(fit: readonly [number, number], width: number, first: number, needs: Iterable<readonly [start: number, px: number]>, lead = 16): readonly [number, number] {
  const [a0, a1] = fit;
  const msPerPx = (a1 - a0) / width;
  const room = first - a0 - lead * msPerPx;
  let shift = 0;
  for (const [start, px] of needs) if (px < width) shift = Math.max(shift, start - a0 - (width - px) * msPerPx);
  shift = Math.min(shift, room);
  return shift > 0 ? [a0 + shift, a1 + shift] : fit;
}
