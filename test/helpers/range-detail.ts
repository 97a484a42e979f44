/**
 * The `conflict-timeline-range-change` detail: `start`/`end` as the properties say the window (for date-only data
 * the days it covers), and `startMs`/`endMs`, the window's exact edges. Since issue 13 (item 13) made `start`/`end`
 * days for date-only data, tests that need the exact window of such data read it from here.
 */
import { expect } from '@esm-bundle/chai';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictTimelineRangeChangeDetail } from '../../src/events.js';
import { DAY, viewOf } from './big-data.js';

export type RangeDetail = ConflictTimelineRangeChangeDetail;

/** The exact window a range-change reported. */
export function exactView(detail: unknown): [number, number] {
  const d = detail as RangeDetail;
  return [d.startMs, d.endMs];
}

/**
 * The detail says the window as the element's `start`/`end` do, and its exact edges are whole ms inside what those
 * name: the same instants for date-times; inside the first and the last day for days.
 */
export function expectDetailOf(el: ConflictTimeline, detail: unknown, what = 'range-change detail'): void {
  const d = detail as RangeDetail;
  expect(Object.keys(d).sort(), `${what}: its fields`).to.deep.equal(['end', 'endMs', 'start', 'startMs']);
  expect({ start: d.start, end: d.end }, `${what}: start/end`).to.deep.equal({ start: el.start, end: el.end });
  expect(Number.isInteger(d.startMs) && Number.isInteger(d.endMs) && d.endMs > d.startMs, `${what}: whole ms, end after start`).to.equal(true);
  const [a, b] = viewOf(el);
  if (el.start.length === 10) expect(d.startMs >= a && d.startMs < a + DAY, `${what}: startMs in the day ${el.start}`).to.equal(true);
  else expect(d.startMs, `${what}: startMs`).to.equal(a);
  if (el.end.length === 10) expect(d.endMs > b - DAY && d.endMs <= b, `${what}: endMs in the day ${el.end}`).to.equal(true);
  else expect(d.endMs, `${what}: endMs`).to.equal(b);
}

/** Waits for the next range-change from `el` and returns its detail. */
export function nextRange(el: ConflictTimeline, timeout = 3000): Promise<RangeDetail> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no range-change within ${timeout} ms`)), timeout);
    el.addEventListener(
      'conflict-timeline-range-change',
      (e) => {
        clearTimeout(timer);
        resolve((e as CustomEvent<RangeDetail>).detail);
      },
      { once: true },
    );
  });
}
