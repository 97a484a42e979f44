import { LIST_VIEWPORT, ROW_DAY, ROW_EVENT } from './metrics.js';
import { bisectLeft } from '../scales/view.js';
import type { ParsedEvent } from '../model/types.js';

/** A row of the virtualised vertical list: a day heading or an event, at a fixed offset from the top. */
export interface Row {
  top: number;
  day?: { label: string; later: string };
  event?: ParsedEvent;
}

export interface VirtualRows {
  rows: Row[];
  /** Each row's top, ascending: bisected for the rows in view. */
  tops: Float64Array;
  /** The list's whole height, in px. */
  height: number;
}

/** Lays the day groups out as fixed-height rows: a heading row (`ROW_DAY`), then a row per event (`ROW_EVENT`). */
export function buildRows(groups: readonly { label: string; later: string; events: readonly ParsedEvent[] }[]): VirtualRows {
  const rows: Row[] = [];
  let top = 0;
  for (const group of groups) {
    rows.push({ top, day: { label: group.label, later: group.later } });
    top += ROW_DAY;
    for (const event of group.events) {
      rows.push({ top, event });
      top += ROW_EVENT;
    }
  }
  return { rows, tops: Float64Array.from(rows, (r) => r.top), height: top };
}

/**
 * The rows to put in the DOM, `[first, last)`: those starting in the viewport, plus `overscan` rows either side
 * so a fast scroll does not show blank space before the next render.
 */
export function visibleRange(tops: ArrayLike<number>, scrollTop: number, viewport = LIST_VIEWPORT, overscan = 8): [number, number] {
  const first = Math.max(0, bisectLeft(tops, scrollTop) - overscan);
  const last = Math.min(tops.length, bisectLeft(tops, scrollTop + viewport) + overscan);
  return [first, last];
}

/** The top of the event's row, or undefined when the list does not hold it. */
export function rowTopOf(rows: readonly Row[], id: string): number | undefined {
  return rows.find((r) => r.event?.id === id)?.top;
}

/**
 * Where to scroll so a row starting at `rowTop` is in view: unchanged when the whole row already is, else with
 * the row a third of the way down. `height` is the scroller's height (0 before layout: the list's viewport).
 */
export function scrollTopFor(rowTop: number, scrollTop: number, height: number): number {
  const h = height || LIST_VIEWPORT;
  if (rowTop < scrollTop || rowTop + ROW_EVENT > scrollTop + h) return Math.max(0, rowTop - h / 3);
  return scrollTop;
}
