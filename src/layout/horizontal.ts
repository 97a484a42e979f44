import { findLane } from './lanes.js';

/** What the horizontal layout needs to know of one event. */
export interface LayoutInput {
  id: string;
  /** x of the event's start and of its end (end ≥ start; equal for an instant). */
  x0: number;
  x1: number;
  /** The label text. */
  title: string;
  /**
   * The stretch of the axis the event's box must stay inside (px): its own day or period, cut at compressed gaps.
   * A label that does not fit there is shortened to the room left (at least `MIN_BOUNDED_LABEL`) or hidden.
   */
  bound?: readonly [number, number];
}

/** The narrowest label worth drawing inside a bound: a few characters and an ellipsis. */
export const MIN_BOUNDED_LABEL = 36;

export interface PlacedEvent {
  id: string;
  /** Centre of the marker. */
  markerX: number;
  /** The precision or interval bar, `[barX0, barX1]` (zero width for an instant). */
  barX0: number;
  barX1: number;
  /** Lane index from the top; always ≥ 0 (events that found no free lane share the least busy one). */
  lane: number;
  /** Width given to the label in px; 0 when the label is hidden (the event stays focusable and named). */
  labelWidth: number;
  labelSide: 'right' | 'left';
  /** The label is narrower than the full title: CSS shows an ellipsis; the full title is in the name and tooltip. */
  shortened: boolean;
  /** The event had to share a lane with another: it may be drawn over it. */
  crowded: boolean;
}

export interface HorizontalLayoutOptions {
  /** Width of the plotting area; labels never run past it. */
  width: number;
  /** Text width in px (e.g. canvas `measureText`): an input, so the layout stays pure. */
  measure: (text: string) => number;
  markerRadius?: number;
  /** Space between marker and label, and between neighbours in a lane. */
  gap?: number;
  maxLanes?: number;
  /** Longest label in px. */
  maxLabelWidth?: number;
  /** A shortened label keeps at least this many characters (plus an ellipsis). */
  minChars?: number;
  /**
   * The lane each event had in the drawing before (when the view only panned). An event keeps that lane while
   * its label still fits there, and events new to the view keep out of lanes the next such event will want, so
   * labels do not jump from lane to lane as the reader drags.
   */
  previousLanes?: ReadonlyMap<string, { readonly lane: number }>;
}

export interface HorizontalLayout {
  events: PlacedEvent[];
  laneCount: number;
}

/**
 * Places each event's marker and label in lanes so that no two labels overlap. Labels go right of the
 * marker, or left near the right edge. An event that finds no lane with its full label tries again with the
 * label shortened to `minChars`, then with the label hidden; only then does it share the least busy lane.
 * Events must come in time order.
 */
export function layoutHorizontal(items: readonly LayoutInput[], options: HorizontalLayoutOptions): HorizontalLayout {
  const r = options.markerRadius ?? 6;
  const gap = options.gap ?? 6;
  const maxLanes = options.maxLanes ?? 40;
  const maxLabel = options.maxLabelWidth ?? 360;
  const minChars = options.minChars ?? 24;
  const width = options.width;
  const laneEnds: number[] = [];
  const placed: PlacedEvent[] = [];
  const fullWidths: number[] = [];
  const shortWidths: number[] = [];
  // A period (a day, a month) gets its marker just inside its start; an instant is centred on it.
  const markerOf = (item: LayoutInput) => (item.x1 - item.x0 > 4 * r ? item.x0 + r + 1 : item.x0);
  const previous = options.previousLanes;
  const wants = items.map((item) => previous?.get(item.id)?.lane ?? -1);
  // For each lane, the events still to place that want it, in time order.
  const waiting = new Map<number, number[]>();
  wants.forEach((lane, i) => {
    if (lane >= 0 && lane < maxLanes) (waiting.get(lane) ?? waiting.set(lane, []).get(lane)!).push(i);
  });
  const free = (lane: number, left: number) => (laneEnds[lane] ?? -Infinity) + gap <= left;
  // Would `right` run into the next event that wants `lane`?
  const claimed = (lane: number, right: number, i: number) => {
    const queue = waiting.get(lane);
    while (queue?.length && queue[0] <= i) queue.shift();
    return !!queue?.length && markerOf(items[queue[0]]) - r < right + gap;
  };

  for (const [i, item] of items.entries()) {
    const markerX = markerOf(item);
    const natural = Math.ceil(options.measure(item.title)) + 4;
    const barX1 = Math.max(item.x1, item.x0);
    // Room inside the event's own period (its day, its interval): a label that fits there blocks no neighbour.
    const room = Math.floor(barX1 - (markerX + r + gap));
    let full = Math.min(natural, Math.max(maxLabel, room));
    const short =
      item.title.length > minChars ? Math.min(full, Math.ceil(options.measure(`${item.title.slice(0, minChars)}…`)) + 4) : full;
    // Keep labels inside their period when it has room for at least the shortened label; the second pass
    // lets them grow again where their lane is free.
    if (room >= short) full = Math.min(full, room);
    fullWidths.push(Math.min(natural, Math.max(maxLabel, room)));
    shortWidths.push(short);
    let result: { lane: number; side: 'right' | 'left'; label: number; left: number; right: number } | null = null;
    // The lane the event had, then any lane clear of events that want theirs back, then any lane.
    for (const pass of wants[i] >= 0 && wants[i] < maxLanes ? ['kept', 'avoid', 'any'] : previous ? ['avoid', 'any'] : ['any']) {
      for (const wanted of [full, short, 0]) {
        for (const side of ['right', 'left'] as const) {
          const label = boundedLabel(item, side, wanted, markerX, r, gap);
          if (label < 0) continue;
          const left = side === 'right' ? markerX - r : markerX - r - (label ? gap + label : 0);
          // Bars may touch the next event in the lane (the gap is for labels), so the bar end gives back `gap`.
          const right = side === 'right' ? Math.max(markerX + r + (label ? gap + label : 0), barX1 - gap) : Math.max(markerX + r, barX1 - gap);
          if (left < 0 || right > width) {
            if (label === 0 && side === 'left') {
              // A bare marker always fits somewhere on the axis, even at the edges.
            } else continue;
          }
          const lane = pass === 'kept'
            ? free(wants[i], left) ? wants[i] : -1
            : findLane(laneEnds, { left, right }, gap, maxLanes, pass === 'avoid' ? (l) => claimed(l, right, i) : undefined);
          if (lane >= 0) {
            result = { lane, side, label, left, right };
            break;
          }
        }
        if (result) break;
      }
      if (result) break;
    }
    let crowded = false;
    if (!result) {
      crowded = true;
      let lane = 0;
      for (let l = 1; l < laneEnds.length; l++) if (laneEnds[l] < laneEnds[lane]) lane = l;
      result = { lane, side: 'right', label: 0, left: markerX - r, right: Math.max(markerX + r, barX1 - gap) };
    }
    for (let lane = laneEnds.length; lane < result.lane; lane++) laneEnds[lane] = -Infinity;
    laneEnds[result.lane] = Math.max(laneEnds[result.lane] ?? -Infinity, result.right);
    placed.push({
      id: item.id,
      markerX,
      barX0: item.x0,
      barX1,
      lane: result.lane,
      labelWidth: result.label,
      labelSide: result.side,
      shortened: result.label < fullWidths[fullWidths.length - 1],
      crowded,
    });
  }

  // Lanes left empty (a pan kept the lanes of events since gone) are closed up, keeping the lanes' order.
  const used = [...new Set(placed.map((p) => p.lane))].sort((a, b) => a - b);
  const renumber = new Map(used.map((lane, k) => [lane, k]));
  for (const p of placed) p.lane = renumber.get(p.lane)!;
  const laneCount = Math.max(1, used.length);

  // Second pass: a label shortened or hidden for want of room may grow into free room in its own lane.
  const byLane = new Map<number, number[]>();
  placed.forEach((p, i) => {
    const list = byLane.get(p.lane) ?? [];
    list.push(i);
    byLane.set(p.lane, list);
  });
  for (const list of byLane.values()) {
    list.forEach((i, k) => {
      const p = placed[i];
      if (!p.shortened || p.labelSide !== 'right' || p.crowded) return;
      const next = k + 1 < list.length ? placed[list[k + 1]] : null;
      // The next box in the lane, less the gap between neighbours; with none, the plot's edge.
      const limit = next ? (next.labelSide === 'right' ? next.markerX - r : next.markerX - r - (next.labelWidth ? gap + next.labelWidth : 0)) - gap : width;
      const room = Math.min(limit, width, items[i].bound?.[1] ?? Infinity) - (p.markerX + r + gap);
      const grown = Math.min(fullWidths[i], Math.floor(room));
      // A hidden label comes back only with room for at least its shortened form (`minChars` characters).
      if (grown > p.labelWidth && (p.labelWidth > 0 || grown >= Math.max(40, shortWidths[i]))) {
        p.labelWidth = grown;
        p.shortened = grown < fullWidths[i];
      }
    });
  }
  return { events: placed, laneCount };
}

/**
 * The label width to try on one side, inside the item's bound: the wanted width, or the room the bound leaves
 * if that is at least MIN_BOUNDED_LABEL; -1 when the side has no room for a label (0 is a bare marker: always tried).
 */
function boundedLabel(item: LayoutInput, side: 'right' | 'left', wanted: number, markerX: number, r: number, gap: number): number {
  if (!item.bound || wanted === 0) return wanted;
  const room = Math.floor(side === 'right' ? item.bound[1] - (markerX + r + gap) : markerX - r - gap - item.bound[0]);
  if (room >= wanted) return wanted;
  return room >= MIN_BOUNDED_LABEL ? room : -1;
}
