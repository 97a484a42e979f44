import { expect } from '@esm-bundle/chai';
import { ViewController, toInstant } from '../../src/controllers/view-controller.js';
import { filterEvents } from '../../src/model/filter.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { ChartReadings } from '../../src/timeline-state.js';
import type { ReactiveControllerHost } from 'lit';

const DAY = 864e5;
const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00Z` : iso);

/** A host that only counts update requests, and a chart without geometry (the view maths need none of it). */
function controller(dates: string[]) {
  const { timeline } = parseTimeline({ events: dates.map((date, i) => ({ id: `e${i}`, date, title: `E${i}` })) });
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const chart: ChartReadings = { geometry: null, baseScale: null, filtered: filterEvents(timeline.events, '', (id) => byId.get(id)), layout: 'horizontal', rtl: false, byId };
  const written: [string, string][] = [];
  const ranges: [string, string][] = [];
  let updates = 0;
  const host = { addController() {}, requestUpdate: () => updates++ } as unknown as ReactiveControllerHost;
  const view = new ViewController(host, chart, {
    writeStartEnd: (start, end) => written.push([start, end]),
    rangeChanged: (start, end) => ranges.push([start, end]),
    scrollToEvent: () => {},
  });
  return { view, chart, written, ranges, updates: () => updates };
}

describe('toInstant', () => {
  it('reads a day as its start, or as the end of that day for an end', () => {
    expect(toInstant('2022-02-24', false)).to.equal(at('2022-02-24'));
    expect(toInstant('2022-02-24', true)).to.equal(at('2022-02-25'));
  });
  it('includes an instant given as the end', () => expect(toInstant('2022-02-24T10:00:00Z', true)).to.equal(at('2022-02-24T10:00:00Z') + 1));
  it('takes Dates and ms, and refuses what is not a time', () => {
    expect(toInstant(new Date(5), false)).to.equal(5);
    expect(toInstant(7, true)).to.equal(7);
    expect(toInstant('soon', false)).to.equal(null);
    expect(toInstant(new Date(NaN), false)).to.equal(null);
    expect(toInstant(Infinity, false)).to.equal(null);
  });
});

describe('ViewController', () => {
  it('limits date-only data to a day and the fitted window; date-times to where their closest events stand apart', () => {
    const days = controller(['2022-02-24', '2022-03-02']).view.limits();
    expect(days.minSpan).to.equal(DAY);
    expect(days.outer[0]).to.be.at.most(at('2022-02-24'));
    // Issue 13, item 8: no longer a minute whatever the data. Two events six days apart: the reader can still zoom in 8×.
    const times = controller(['2022-02-24T10:00:00Z', '2022-03-02T10:00:00Z']).view.limits();
    expect(times.minSpan).to.be.closeTo((times.outer[1] - times.outer[0]) / 8, 1);
  });

  it('zoomTo shows the window, writes start/end as days (end inclusive) and fires no range-change', () => {
    const c = controller(['2022-02-20', '2022-03-10']);
    c.view.zoomTo('2022-02-24', '2022-02-26');
    expect(c.view.current()).to.deep.equal([at('2022-02-24'), at('2022-02-27')]);
    expect(c.written.at(-1)).to.deep.equal(['2022-02-24', '2022-02-26']);
    expect(c.ranges).to.deep.equal([]);
    expect(c.updates()).to.be.greaterThan(0);
  });

  it('ignores a window that is not one', () => {
    const c = controller(['2022-02-20', '2022-03-10']);
    const warn = console.warn;
    console.warn = () => {};
    try {
      c.view.zoomTo('2022-02-26', '2022-02-24');
    } finally {
      console.warn = warn;
    }
    expect(c.view.view).to.equal(null);
  });

  it('clamps a gesture to the limits and reports the range only at its end', () => {
    const c = controller(['2022-02-20', '2022-03-10']);
    const { outer } = c.view.limits();
    c.view.moveByGesture([outer[0] - 10 * DAY, outer[0] + 2 * DAY]);
    expect(c.view.current()![0]).to.equal(outer[0]);
    expect(c.ranges).to.deep.equal([]);
    c.view.gestureEnd();
    expect(c.ranges.length).to.equal(1);
    expect(c.ranges[0]).to.deep.equal(c.written.at(-1));
  });

  it('an author window replaces the fit as the base; fit() drops it and shows every event', () => {
    const c = controller(['2022-02-20', '2022-03-10']);
    c.view.reset([at('2022-02-24'), at('2022-02-26')]);
    expect(c.view.current()).to.deep.equal([at('2022-02-24'), at('2022-02-26')]);
    c.view.fit();
    expect(c.view.authorWindow).to.equal(null);
    expect(c.view.current()).to.deep.equal(c.chart.filtered.fit);
  });

  it('tells start/end it wrote from the author\'s', () => {
    const c = controller(['2022-02-20', '2022-03-10']);
    expect(c.view.neverSynced).to.equal(true);
    c.view.zoomTo('2022-02-24', '2022-02-26');
    expect(c.view.isAuthorWindow('2022-02-24', '2022-02-26')).to.equal(false);
    expect(c.view.isAuthorWindow('2022-02-24', '2022-02-27')).to.equal(true);
    expect(c.view.linkWindow()).to.deep.equal({ start: '2022-02-24', end: '2022-02-26' });
  });
});
