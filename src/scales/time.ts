/**
 * A piecewise-linear time scale: `x(t)` maps instants (ms or Date) to px, `invert` maps back. It has the
 * shape of a polylinear d3 time scale but none of its interpolator and tick-format machinery (d3-color,
 * d3-interpolate, d3-time-format: about 9 KB gzipped that readers would download for nothing); ticks come
 * from d3-time intervals in `computeTicks`.
 */
export interface TimeScaleFn {
  (t: number | Date): number;
  invert(x: number): number;
  domain(): number[];
  range(): number[];
}

/** Builds the scale from matching, increasing `domain` (ms) and `range` (px) stops. */
export function polylinearScale(domain: readonly number[], range: readonly number[]): TimeScaleFn {
  const d = [...domain];
  const r = [...range];
  const last = d.length - 1;
  const segment = (stops: number[], value: number) => {
    let i = 1;
    while (i < last && value > stops[i]) i++;
    return i;
  };
  const interpolate = (from: number[], to: number[], value: number) => {
    const i = segment(from, value);
    const span = from[i] - from[i - 1];
    return span === 0 ? to[i - 1] : to[i - 1] + ((value - from[i - 1]) / span) * (to[i] - to[i - 1]);
  };
  const scale = ((t: number | Date) => interpolate(d, r, +t)) as TimeScaleFn;
  scale.invert = (x: number) => interpolate(r, d, x);
  scale.domain = () => [...d];
  scale.range = () => [...r];
  return scale;
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
 * A time scale over UTC instants (date-only data are calendar days, so UTC keeps them put in every zone).
 * With `compress`, empty stretches longer than `minGapFraction` of the window are shrunk to `gapWidth` px:
 * the scale becomes piecewise linear, so the bunched-up days keep their room and the break is drawn.
 */
export function createTimeScale(options: TimeScaleOptions): TimeScale {
  const [d0, d1] = options.domain;
  const [x0, x1] = options.range;
  if (!options.compress || !options.anchors?.length || !(d1 > d0)) {
    return { x: polylinearScale([d0, d1], [x0, x1]), gaps: [] };
  }
  const gapWidth = options.gapWidth ?? 44;
  const span = d1 - d0;
  const minGap = span * (options.minGapFraction ?? 0.2);
  // Anchors come sorted (a Float64Array of starts and ends); keep the distinct ones inside the window.
  const points: number[] = [];
  for (let i = 0; i < options.anchors.length; i++) {
    const t = options.anchors[i];
    if (t > d0 && t < d1 && t !== points[points.length - 1]) points.push(t);
  }
  points.sort((a, b) => a - b);
  const stops = [d0, ...points, d1];
  const found: { start: number; end: number }[] = [];
  for (let i = 1; i < stops.length; i++) {
    // The stretches at the very edges are margins, not gaps.
    if (i === 1 || i === stops.length - 1) continue;
    if (stops[i] - stops[i - 1] >= minGap) found.push({ start: stops[i - 1], end: stops[i] });
  }
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
