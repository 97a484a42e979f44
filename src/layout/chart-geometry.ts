import { binEvents, countStarts, eventsInView, type Bin, type EventIndex } from './event-index.js';
import { layoutHorizontal, type LayoutInput, type PlacedEvent } from './horizontal.js';
import { AXIS_HEIGHT, CLUSTER_HEIGHT } from './metrics.js';
import { createTimeScale, type AxisGap, type TimeScale, type TimeScaleFn } from '../scales/time.js';
import { computeTicks, contextYear, type Tick } from '../scales/ticks.js';
import { bisectLeft, rescale, sameZoom, type View } from '../scales/view.js';
import type { ParsedEvent } from '../model/types.js';

/** More events than this in view are drawn as clusters (counts per period) instead of one by one. */
export const MAX_INDIVIDUAL = 200;
/** Lanes available before the chart prefers clusters to overlapping markers. */
const MAX_LANES = 30;
/** Above this many events in view, markers that find no lane make the chart switch to clusters. */
export const CROWDED = 60;

/** The horizontal chart for one view: scale, ticks, gaps, placed events or clusters, overview. */
export interface Geometry {
  x: TimeScaleFn;
  /** Which base scale (width, fitted domain, compression, data) `x` was derived from. */
  baseKey: string;
  view: View;
  gaps: AxisGap[];
  ticks: Tick[];
  /** The window's year beside the axis when no tick label names one (see contextYear); empty otherwise. */
  year: string;
  /** `events`: each event drawn with its label; `clusters`: too many in view, drawn as counts per period. */
  mode: 'events' | 'clusters';
  placed: Map<string, PlacedEvent>;
  laneHeight: number;
  height: number;
  width: number;
  /** Events drawn one by one (events mode), in time order. */
  inView: ParsedEvent[];
  /** Clusters (clusters mode): periods with at least one event starting in them. */
  clusters: Bin[];
  /** Event density across the view, for the clusters mode: one bar per few px. */
  density: Bin[];
  before: { count: number; nearest?: ParsedEvent };
  after: { count: number; nearest?: ParsedEvent };
  overview: { x: TimeScaleFn; density: Bin[]; brush: [number, number] } | null;
}

export interface GeometryInput {
  width: number;
  index: EventIndex;
  /** The fitted window of the filtered events. */
  fit: View;
  /** The author's `start`/`end` window, which replaces the fit as the base. */
  authorWindow: View | null;
  /** The reader's window after zooming and panning; null shows the base. */
  view: View | null;
  scale: string;
  /** Changes whenever the filtered events change, so cached scales are rebuilt. */
  dataVersion: number;
  /** Sorted starts and ends of the filtered events, made only when a scale is built. */
  anchors: () => Float64Array;
  locale: string;
  dateOnly: boolean;
  timeZone?: string;
  laneHeight: number;
  markerRadius: number;
  measure: (text: string) => number;
  /** The narrowest window allowed (ms). */
  minSpan: number;
  showOverview: boolean;
  /** The geometry drawn before, so a pan keeps each event in its lane. */
  previous: Geometry | null;
  /** The unfiltered data these events come from: a filter of the same data keeps the lanes reserved for it. */
  dataset?: object;
}

/** Base scales survive views: they are rebuilt only when the width, base window, compression or data change. */
export interface GeometryCache {
  base?: { key: string; scale: TimeScale };
  /** The lanes the chart keeps room for, per width, for one dataset (a filter keeps them: see reservedLanes). */
  reserve?: { dataset?: object; seen?: WeakSet<object>; lanes: Map<string, number> };
  overview?: { key: string; scale: TimeScale; density: Bin[] };
}

/** Lays out the horizontal chart for a view (pure but for `cache`, which only memoises base scales). */
export function computeGeometry(input: GeometryInput, cache: GeometryCache): Geometry {
  const { width, index, fit, authorWindow, laneHeight, markerRadius } = input;
  const baseDomain = authorWindow ?? fit;
  const compress = !authorWindow && input.scale !== 'linear';
  const key = `${width}|${baseDomain[0]}|${baseDomain[1]}|${compress}|${input.dataVersion}`;
  if (cache.base?.key !== key) {
    cache.base = { key, scale: createTimeScale({ domain: baseDomain, range: [0, width], anchors: compress ? input.anchors() : undefined, compress }) };
  }
  const base = cache.base.scale;
  const view: View = input.view ?? baseDomain;
  const x = input.view ? rescale(base.x, view, width) : base.x;
  const allGaps = base.gaps.map((g) => ({ ...g, x0: x(g.start), x1: x(g.end) }));
  const gaps = allGaps.filter((g) => g.x1 > 0 && g.x0 < width);
  const ticks = computeTicks(x, { locale: input.locale, gaps: allGaps, dateOnly: input.dateOnly, timeZone: input.timeZone, extent: view });
  // Two bisects say whether the view holds too many to draw one by one; only then is no list built at all.
  const dense = countStarts(index, view[0], view[1]) > MAX_INDIVIDUAL;
  const inView = dense ? [] : eventsInView(index, view[0], view[1]).map((i) => index.events[i]);

  let mode: Geometry['mode'] = dense ? 'clusters' : 'events';
  let placed = new Map<string, PlacedEvent>();
  const reserve = reservedLanes(input, cache, base, baseDomain);
  if (mode === 'events') {
    // A pan (same axis, same zoom) keeps each event in the lane it had, so labels do not jump while dragging.
    const before = input.previous;
    const panned = before?.mode === 'events' && before.baseKey === key && sameZoom(before.x, x, view[0], view[1]);
    const layout = layoutHorizontal(layoutItems(inView, x, width, allGaps, markerRadius, index.starts), {
      width,
      measure: input.measure,
      markerRadius,
      maxLanes: reserve,
      previousLanes: panned ? before.placed : undefined,
    });
    // A few crowded markers are better than clusters; many are not legible.
    // At the narrowest zoom there is nothing more to zoom into: crowded markers it is.
    const atMinimum = view[1] - view[0] <= input.minSpan * 1.01;
    if (layout.events.some((p) => p.crowded) && inView.length > CROWDED && !atMinimum) mode = 'clusters';
    else {
      placed = new Map(layout.events.map((p) => [p.id, p]));
    }
  }
  let clusters: Bin[] = [];
  let density: Bin[] = [];
  if (mode === 'clusters') {
    // Clusters follow the axis's own periods, so they stay put while panning.
    const edges = [view[0], ...ticks.map((t) => t.value).filter((t) => t > view[0] && t < view[1]), view[1]];
    for (let i = 1; i < edges.length; i++) {
      const first = bisectLeft(index.starts, edges[i - 1]);
      const count = countStarts(index, edges[i - 1], edges[i]);
      if (count > 0) clusters.push({ start: edges[i - 1], end: edges[i], x0: x(edges[i - 1]), x1: x(edges[i]), count, first });
    }
    density = binEvents(index, (px) => x.invert(px), width, 4);
  }
  const firstInView = bisectLeft(index.starts, view[0]);
  // Clusters count the events starting in view; drawn events include those begun before it.
  const beforeCount = mode === 'clusters' ? firstInView : firstInView - inView.filter((e) => e.when.start < view[0]).length;
  const afterIndex = bisectLeft(index.starts, view[1]);
  let nearestBefore: ParsedEvent | undefined;
  for (let i = firstInView - 1; i >= 0 && !nearestBefore; i--) if (index.events[i].when.end <= view[0]) nearestBefore = index.events[i];

  let overview: Geometry['overview'] = null;
  if (input.showOverview) {
    const compressOverview = input.scale !== 'linear';
    const okey = `${width}|${fit[0]}|${fit[1]}|${compressOverview}|${input.dataVersion}`;
    if (cache.overview?.key !== okey) {
      const scale = createTimeScale({ domain: fit, range: [0, width], anchors: compressOverview ? input.anchors() : undefined, compress: compressOverview });
      cache.overview = { key: okey, scale, density: overviewDensity(index, scale.x, fit, width, input.dateOnly) };
    }
    const ov = cache.overview.scale.x;
    overview = { x: ov, density: cache.overview.density, brush: [Math.max(0, hundredths(ov(view[0]))), Math.min(width, hundredths(ov(view[1])))] };
  }
  return {
    x,
    baseKey: key,
    view,
    gaps,
    ticks,
    year: contextYear(ticks, view, input.locale),
    mode,
    placed,
    laneHeight,
    height: chartHeight(reserve, laneHeight),
    width,
    inView: mode === 'events' ? inView : [],
    clusters,
    density,
    before: { count: Math.max(0, beforeCount), nearest: nearestBefore },
    after: { count: index.events.length - afterIndex, nearest: index.events[afterIndex] },
    overview,
  };
}

const DAY = 86_400_000;

/**
 * The overview's marks: for date-only data over a span short enough to give each day a few px, one mark per day
 * across the day's width (a week of events reads as a row of days, not four hairlines); otherwise one per 2 px.
 */
export function overviewDensity(index: EventIndex, x: TimeScaleFn, fit: View, width: number, dateOnly: boolean): Bin[] {
  const firstDay = Math.floor(fit[0] / DAY) * DAY;
  if (!dateOnly || (fit[1] - firstDay) / DAY > width / 4) return binEvents(index, (px) => x.invert(px), width, 2);
  const bins: Bin[] = [];
  for (let day = firstDay; day < fit[1]; day += DAY) {
    const count = countStarts(index, day, day + DAY);
    if (count) bins.push({ start: day, end: day + DAY, x0: Math.max(0, x(day)), x1: Math.min(width, x(day + DAY)), count, first: bisectLeft(index.starts, day) });
  }
  return bins;
}

/** Room under the lanes: a margin, and the "N earlier / N later" buttons, so they never sit on a label. */
const BOTTOM_ROOM = 12 + 28;
/** Lanes kept for data drawn as clusters in their base view: room for the clusters and, zoomed in, a few lanes. */
const CLUSTER_RESERVE = 6;

/**
 * The plot's height: the same in every view of one dataset at one width (zoom, pan, filter and selection do not
 * move the page below), room for `reserve` lanes or for the clusters, whichever is taller.
 */
export function chartHeight(reserve: number, laneHeight: number): number {
  return AXIS_HEIGHT + Math.max(reserve * laneHeight, 3 * laneHeight + 28) + BOTTOM_ROOM;
}

/**
 * How many lanes the chart keeps room for: the lanes its base view (the fit, or the author's window) needs at this
 * width, worked out once per dataset and width. Views that would need more shorten or hide labels instead of
 * growing the chart. A category filter does not change it (its events are the same objects as before).
 */
function reservedLanes(input: GeometryInput, cache: GeometryCache, base: TimeScale, domain: View): number {
  const events = input.index.events;
  // Same data: the same dataset object when the caller names it (a WeakSet of a million events takes a third of
  // a second to build), else the same first and last event.
  const sameData = input.dataset
    ? cache.reserve?.dataset === input.dataset
    : !!cache.reserve?.seen && events.length > 0 && cache.reserve.seen.has(events[0]) && cache.reserve.seen.has(events[events.length - 1]);
  if (!sameData) cache.reserve = input.dataset ? { dataset: input.dataset, lanes: new Map() } : { seen: new WeakSet(events), lanes: new Map() };
  const reserve = cache.reserve!;
  const key = `${input.width}|${input.laneHeight}|${input.markerRadius}`;
  let lanes = reserve.lanes.get(key);
  if (lanes === undefined) {
    if (countStarts(input.index, domain[0], domain[1]) > MAX_INDIVIDUAL) lanes = CLUSTER_RESERVE;
    else {
      const inView = eventsInView(input.index, domain[0], domain[1]).map((i) => input.index.events[i]);
      const gaps = base.gaps.map((g) => ({ ...g, x0: base.x(g.start), x1: base.x(g.end) }));
      const layout = layoutHorizontal(layoutItems(inView, base.x, input.width, gaps, input.markerRadius, input.index.starts), {
        width: input.width,
        measure: input.measure,
        markerRadius: input.markerRadius,
        maxLanes: MAX_LANES,
      });
      const clustered = layout.events.some((p) => p.crowded) && inView.length > CROWDED;
      lanes = clustered ? CLUSTER_RESERVE : Math.max(layout.laneCount, events.length > CROWDED ? 4 : 1);
    }
    reserve.lanes.set(key, lanes);
  }
  return lanes;
}

/**
 * What the lane layout needs of each event. Each box stays inside its own period (its day for date-only data,
 * its span for an interval) when that is wide enough to hold a marker and some text, and never crosses a
 * compressed gap, so no label runs over another day's column or through a gap's zigzag. Given `starts` (every
 * event's start, ascending), the data's last period may also use the empty margin after it up to the plot's edge,
 * and the first the margin before it: no other event is drawn there.
 */
export function layoutItems(inView: readonly ParsedEvent[], x: TimeScaleFn, width: number, gaps: readonly AxisGap[], r: number, starts?: ArrayLike<number>): LayoutInput[] {
  let lastEnd = -Infinity;
  for (const e of inView) lastEnd = Math.max(lastEnd, e.when.end);
  // Nothing starts at or after the latest end in view (nor, then, ends later): the periods ending there are the data's last.
  const dataEnd = starts?.length && starts[starts.length - 1] < lastEnd ? lastEnd : Infinity;
  const dataStart = starts?.length ? starts[0] : -Infinity;
  return inView.map((e) => {
    // An event that began before the window gets its marker at the window's edge, so it stays visible.
    const x0 = Math.max(0, x(e.when.start));
    const x1 = Math.min(width, x(e.when.end));
    let lo = 0;
    let hi = width;
    // Its period as drawn unclipped: a day mostly past the edge still bounds its label (to the part on screen).
    if (x(e.when.end) - x(e.when.start) > 4 * r) {
      lo = e.when.start === dataStart ? 0 : x0;
      hi = e.when.end === dataEnd ? width : x1;
    }
    const marker = x1 - x0 > 4 * r ? x0 + r + 1 : x0;
    // A gap's zigzags are drawn 5 px inside its edges, 2.5 px either way (see renderGap): a label stops short of both.
    for (const g of gaps) {
      for (const zig of [g.x0 + 5, g.x1 - 5]) {
        if (zig - 3 >= marker) hi = Math.min(hi, zig - 3);
        else if (zig + 3 <= marker) lo = Math.max(lo, zig + 3);
      }
    }
    return { id: e.id, x0, x1, title: e.event.title, bound: [lo, hi] as const };
  });
}

/** How far (px) the pan frame may drift from the screen before it is renewed; far below where floats blur. */
export const PAN_FRAME_LIMIT = 20_000;

/**
 * The pan frame: while the scale only translates (a pan), everything already drawn keeps its coordinates and one
 * transform moves it; a zoom, resize or new data starts a new frame at the view's start. The frame is also renewed
 * before coordinates grow large enough to lose precision.
 */
export class PanFrame {
  #frame: { baseKey: string; x: TimeScaleFn; origin: number } | null = null;

  /** How far the frame is from the screen, in px: a position in the frame is its screen position plus this. */
  shiftFor(g: Geometry): number {
    const f = this.#frame;
    if (f && f.baseKey === g.baseKey && sameZoom(f.x, g.x, g.view[0], g.view[1])) {
      const origin = g.x(f.origin);
      if (Math.abs(origin) < PAN_FRAME_LIMIT) return -origin;
    }
    this.#frame = { baseKey: g.baseKey, x: g.x, origin: g.view[0] };
    return -g.x(g.view[0]);
  }
}

/** To a hundredth of a pixel: a window at the data's edge, worked out through the scales, sits there, not 2e-6 px off. */
function hundredths(px: number): number {
  return Math.round(px * 100) / 100;
}
