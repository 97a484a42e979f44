import { expect } from '@esm-bundle/chai';
import { computeGeometry, PanFrame, MAX_INDIVIDUAL, type GeometryCache, type GeometryInput } from '../../src/layout/chart-geometry.js';
import { filterEvents, eventAnchors } from '../../src/model/filter.js';
import { parseTimeline } from '../../src/model/parse.js';
import { AXIS_HEIGHT } from '../../src/layout/metrics.js';
import type { TimelineEvent } from '../../src/model/types.js';

const DAY = 864e5;
const T0 = Date.parse('2022-02-24T00:00Z');
/** 7 px a character: titles are measured without a canvas, so the numbers are exact. */
const measure = (text: string) => text.length * 7;

function setup(events: TimelineEvent[]) {
  const { timeline } = parseTimeline({ events });
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const f = filterEvents(timeline.events, '', (id) => byId.get(id));
  const input = (over: Partial<GeometryInput> = {}): GeometryInput => ({
    width: 1000, index: f.index, fit: f.fit!, authorWindow: null, view: null, scale: 'linear', dataVersion: 1,
    anchors: () => eventAnchors(f.events), locale: 'en-GB', dateOnly: f.dateOnly, laneHeight: 28, markerRadius: 6.5,
    measure, minSpan: DAY, showOverview: true, previous: null, ...over,
  });
  return { f, input };
}

const week = Array.from({ length: 7 }, (_, i): TimelineEvent => ({ id: `d${i}`, date: new Date(T0 + i * DAY).toISOString().slice(0, 10), title: `Day ${i} event`, category: i % 2 ? 'military' : 'diplomacy' }));

describe('computeGeometry', () => {
  it('draws a week of events one by one, each placed inside the chart, with ticks and an overview', () => {
    const { input } = setup(week);
    const g = computeGeometry(input(), {});
    expect(g.mode).to.equal('events');
    expect(g.inView.map((e) => e.id)).to.deep.equal(week.map((e) => e.id));
    for (const e of g.inView) {
      const p = g.placed.get(e.id)!;
      expect(p.markerX, e.id).to.be.within(0, 1000);
      expect(p.lane, e.id).to.be.at.least(0);
    }
    // Markers follow time: each day's marker is to the right of the day before.
    const xs = g.inView.map((e) => g.placed.get(e.id)!.markerX);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    expect(g.ticks.length).to.be.greaterThan(3);
    expect(g.overview!.brush[0]).to.be.at.least(0);
    expect(g.overview!.brush[1]).to.be.at.most(1000);
    expect(g.height).to.be.at.least(AXIS_HEIGHT + 28);
    expect(g.before.count + g.after.count).to.equal(0);
  });

  it('counts what a zoomed view hides on either side, and names the nearest hidden events', () => {
    const { input } = setup(week);
    const g = computeGeometry(input({ view: [T0 + 2 * DAY, T0 + 4 * DAY] }), {});
    expect(g.inView.map((e) => e.id)).to.deep.equal(['d2', 'd3']);
    expect(g.before).to.deep.include({ count: 2 });
    expect(g.before.nearest!.id).to.equal('d1');
    expect(g.after.count).to.equal(3);
    expect(g.after.nearest!.id).to.equal('d4');
  });

  it('switches to clusters above MAX_INDIVIDUAL events in view, and the clusters count every event', () => {
    const many = Array.from({ length: MAX_INDIVIDUAL + 50 }, (_, i): TimelineEvent => ({ id: `e${i}`, date: new Date(T0 + (i % 30) * DAY).toISOString().slice(0, 10), title: `Event ${i}` }));
    const { input } = setup(many);
    const g = computeGeometry(input(), {});
    expect(g.mode).to.equal('clusters');
    expect(g.inView).to.deep.equal([]);
    expect(g.clusters.reduce((sum, c) => sum + c.count, 0)).to.equal(many.length);
    expect(g.density.length).to.be.greaterThan(0);
  });

  it('keeps each event in its lane when the view only pans', () => {
    const crowded = Array.from({ length: 12 }, (_, i): TimelineEvent => ({ id: `c${i}`, date: new Date(T0 + Math.floor(i / 3) * DAY).toISOString().slice(0, 10), title: `A fairly long title number ${i}` }));
    const { input } = setup(crowded);
    const cache: GeometryCache = {};
    const first = computeGeometry(input({ view: [T0, T0 + 3 * DAY] }), cache);
    const panned = computeGeometry(input({ view: [T0 + DAY / 4, T0 + 3 * DAY + DAY / 4], previous: first }), cache);
    for (const e of panned.inView) {
      const before = first.placed.get(e.id);
      if (before && before.labelWidth > 0) expect(panned.placed.get(e.id)!.lane, e.id).to.equal(before.lane);
    }
  });

  it('reuses the base scale across views and rebuilds it when the data change', () => {
    const { input } = setup(week);
    const cache: GeometryCache = {};
    computeGeometry(input(), cache);
    const base = cache.base;
    computeGeometry(input({ view: [T0, T0 + 3 * DAY] }), cache);
    expect(cache.base, 'same width, window and data').to.equal(base);
    computeGeometry(input({ dataVersion: 2 }), cache);
    expect(cache.base).to.not.equal(base);
  });

  it('draws no overview when it is hidden', () => {
    const { input } = setup(week);
    expect(computeGeometry(input({ showOverview: false }), {}).overview).to.equal(null);
  });
});

describe('PanFrame', () => {
  it('keeps its origin while the view pans, and starts a new one on zoom', () => {
    const { input } = setup(week);
    const cache: GeometryCache = {};
    const frame = new PanFrame();
    const g0 = computeGeometry(input({ view: [T0, T0 + 3 * DAY] }), cache);
    expect(frame.shiftFor(g0)).to.be.closeTo(0, 1e-9);
    const g1 = computeGeometry(input({ view: [T0 + DAY, T0 + 4 * DAY], previous: g0 }), cache);
    // One day to the right is a third of the chart: the frame stays, shifted by that much.
    expect(frame.shiftFor(g1)).to.be.closeTo(1000 / 3, 1e-6);
    const zoomed = computeGeometry(input({ view: [T0 + DAY, T0 + 2 * DAY], previous: g1 }), cache);
    expect(frame.shiftFor(zoomed)).to.be.closeTo(0, 1e-9);
  });
});
