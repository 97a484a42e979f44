/**
 * Issue 13, item 8: zooming in stops where events become individually distinguishable, worked out from the data,
 * and never ends on an empty chart (at the maximum zoom of 100,000 events over ten years the window was one empty
 * minute).
 */
import { expect } from '@esm-bundle/chai';
import { distinguishableSpan, zoomInToEvents } from '../src/scales/view.js';
import { bigDataset, burstDataset, mountWith, root, settle, span, viewOf } from './helpers/big-data.js';
import { TimelineHarness } from './helpers/harness.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('distinguishableSpan', () => {
  it('is fifteen times the closest gap between distinct instants (events at one instant never come apart)', () => {
    const starts = [0, 0, 0, 10 * MINUTE, 10 * MINUTE, 30 * MINUTE, 31 * MINUTE, 90 * MINUTE];
    expect(distinguishableSpan(starts, MINUTE, [0, 100 * DAY])).to.equal(15 * MINUTE);
  });
  it('is narrower where events crowd: the densest stretch of `crowd` events is drawn one by one', () => {
    // 100 events in three minutes, 30 more a day apart each.
    const burst = Array.from({ length: 100 }, (_, i) => Math.floor(i / 34) * MINUTE);
    const spread = Array.from({ length: 30 }, (_, i) => (i + 1) * DAY);
    expect(distinguishableSpan([...burst, ...spread], 1000, [0, 40 * DAY], 60)).to.equal(MINUTE);
    expect(distinguishableSpan([...burst, ...spread], 1000, [0, 40 * DAY], 200), 'no stretch crowded').to.equal(15 * MINUTE);
  });
  it('is never under the floor, and leaves sparse data at least 8× of zoom', () => {
    expect(distinguishableSpan([0, 1000, 5000], MINUTE, [0, 100 * DAY])).to.equal(MINUTE);
    expect(distinguishableSpan([0, 5 * DAY], MINUTE, [0, 8 * DAY])).to.equal(DAY);
    expect(distinguishableSpan([7], MINUTE, [0, 16 * DAY]), 'a single instant').to.equal(2 * DAY);
  });
});

describe('zoomInToEvents', () => {
  const starts = Float64Array.from([0, 100, 1000]);
  it('keeps a window that holds an event start', () => {
    expect(zoomInToEvents([90, 110], starts)).to.deep.equal([90, 110]);
  });
  it('moves an empty window, keeping its span, to take in the nearest event a tenth inside its edge', () => {
    expect(zoomInToEvents([140, 160], starts)).to.deep.equal([100 - 2, 100 - 2 + 20]);
    expect(zoomInToEvents([800, 900], starts)).to.deep.equal([1000 + 10 - 100, 1000 + 10]);
  });
});

describe('<conflict-timeline> maximum zoom (issue 13, item 8)', () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  /** Presses Zoom in until the window stops narrowing; returns how many presses that took. */
  async function zoomAllTheWayIn(el: Parameters<typeof span>[0]): Promise<number> {
    el.fit(); // writes start/end, which span() reads
    await settle(el);
    let presses = 0;
    for (let last = Infinity; span(el) < last && presses < 80; presses++) {
      last = span(el);
      el.zoomIn();
      await settle(el);
    }
    return presses;
  }

  it('100,000 events over ten years: the narrowest window is not one minute and shows events one by one', async function () {
    this.timeout(60_000);
    const set = bigDataset(100_000);
    const el = await mountWith(set.data, '<conflict-timeline layout="horizontal"></conflict-timeline>', 1280);
    await zoomAllTheWayIn(el);
    const [a, b] = viewOf(el);
    // Minute data with events sharing minutes: the closest distinct instants are a minute apart.
    expect(b - a, 'the narrowest window').to.be.closeTo(15 * MINUTE, 1000);
    const h = new TimelineHarness(el);
    expect(h.events().length, 'events drawn one by one at the maximum zoom').to.be.greaterThan(0);
    expect(root(el).querySelectorAll('button.cluster').length, 'no clusters at the maximum zoom').to.equal(0);
    expect(set.sorted.some((e) => e.t >= a && e.t <= b), 'an event in the window').to.equal(true);
  });

  it('zooming in on an empty stretch moves to the nearest event instead of showing an empty chart', async () => {
    // Two bursts of events a minute apart, a day between them: the middle of the fit is empty.
    const burst = (from: number) => Array.from({ length: 6 }, (_, i) => from + i * MINUTE);
    const t0 = Date.UTC(2022, 2, 1, 8);
    const times = [...burst(t0), ...burst(t0 + DAY)];
    const el = await mountWith({ events: times.map((t, i) => ({ id: `e${i}`, date: new Date(t).toISOString().slice(0, 16) + 'Z', title: `Event ${i}` })) }, '<conflict-timeline layout="horizontal"></conflict-timeline>', 1000);
    await zoomAllTheWayIn(el);
    const [a, b] = viewOf(el);
    expect(times.some((t) => t >= a && t <= b), `an event in [${new Date(a).toISOString()}, ${new Date(b).toISOString()}]`).to.equal(true);
    expect(new TimelineHarness(el).events().length).to.be.greaterThan(0);
  });

  it('a dense burst (400 events in ten minutes) can still be zoomed in until drawn one by one', async () => {
    const burst = burstDataset(300, 400);
    const el = await mountWith(burst.data, '<conflict-timeline layout="horizontal"></conflict-timeline>', 1000);
    el.zoomTo(Date.UTC(2020, 5, 1, 11, 55), Date.UTC(2020, 5, 1, 12, 15));
    await settle(el);
    for (let i = 0; i < 8; i++) {
      el.zoomIn();
      await settle(el);
    }
    expect(span(el), 'the narrowest window').to.be.at.most(2 * MINUTE);
    expect(new TimelineHarness(el).events().length, 'events drawn one by one').to.be.greaterThan(0);
    expect(root(el).querySelectorAll('button.cluster').length, 'no clusters').to.equal(0);
  });
});
