/**
 * Level of detail and scale: clusters when more than 200 events are in view, the visible set against a brute-force
 * filter of the data, counts that add up, a small DOM at 100,000 events, keyboard navigation through clusters in
 * time order, and the keyboard, selection, filter and axe checks on 10,000 events.
 *
 * Data: test/helpers/big-data.ts (seeded mulberry32, date-times 2015–2024, five categories, ids e0…).
 * Window edges are chosen 30 s off the whole minute, so no event sits exactly on an edge (except in the test
 * that is about the edges).
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { TimelineHarness, until } from './helpers/harness.js';
import { axeViolations, formatViolations } from './helpers/axe.js';
import {
  bigDataset,
  burstDataset,
  mulberry32,
  mountWith,
  overlapping,
  rangeChanges,
  root,
  settle,
  span,
  viewOf,
  type BigDataset,
  type BigEvent,
} from './helpers/big-data.js';

const HALF_MINUTE = 30_000;
const MINUTE = 60_000;
const MIN_SPAN = 15 * MINUTE; // the narrowest window for date-time data

/** A number as the element writes it in en-GB ("10,012"). */
const num = (text: string) => Number(text.replace(/[^\d]/g, ''));

function clusters(el: ConflictTimeline): HTMLButtonElement[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button.cluster')];
}
function eventIds(el: ConflictTimeline): string[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button.event')].map((b) => b.dataset.id!);
}
function clusterSum(el: ConflictTimeline): number {
  return clusters(el).reduce((sum, c) => sum + num(c.textContent!), 0);
}
/** The counts on the "N earlier" / "N later" buttons (0 when absent). */
function edges(el: ConflictTimeline): { earlier: number; later: number } {
  const before = root(el).querySelector('.edge.before');
  const after = root(el).querySelector('.edge.after');
  return { earlier: before ? num(before.textContent!) : 0, later: after ? num(after.textContent!) : 0 };
}
/** What the view shows, in events: individual buttons plus cluster counts. */
function shownCount(el: ConflictTimeline): number {
  return eventIds(el).length + clusterSum(el);
}
function elementCount(el: ConflictTimeline): number {
  return root(el).querySelectorAll('*').length;
}

/** A window around `k` consecutive events from `i` (in time order), 30 s off the minute, at least 15 min wide. */
function windowAround(events: readonly BigEvent[], i: number, k: number): [number, number] {
  const a = events[i].t - HALF_MINUTE;
  const b = Math.max(events[Math.min(events.length - 1, i + k - 1)].t + HALF_MINUTE, a + MIN_SPAN + MINUTE);
  return [a, b];
}

/**
 * After zoomTo(a, b): the view is [a, b]; events mode shows exactly the brute-force set (in time order), clusters
 * mode counts it; and the edge buttons count the rest, so that everything adds up to the (filtered) total.
 */
function checkView(el: ConflictTimeline, events: readonly BigEvent[], a: number, b: number, what: string): void {
  expect(viewOf(el), `${what}: the view`).to.deep.equal([a, b]);
  const expected = events.filter((e) => e.t >= a && e.t <= b).map((e) => e.id);
  const ids = eventIds(el);
  const cs = clusters(el);
  if (expected.length > 200) {
    expect(ids.length, `${what}: ${expected.length} events in view are clustered`).to.equal(0);
    expect(cs.length, `${what}: clusters`).to.be.greaterThan(0);
  }
  if (expected.length <= 60) expect(cs.length, `${what}: ${expected.length} events are drawn one by one`).to.equal(0);
  if (cs.length) expect(clusterSum(el), `${what}: cluster counts`).to.equal(expected.length);
  else expect(ids, `${what}: the events drawn`).to.deep.equal(expected);
  const { earlier, later } = edges(el);
  expect(earlier, `${what}: "earlier"`).to.equal(events.filter((e) => e.t < a).length);
  expect(later, `${what}: "later"`).to.equal(events.filter((e) => e.t > b).length);
  expect(shownCount(el) + earlier + later, `${what}: everything adds up`).to.equal(events.length);
}

function isoMinute(t: number): string {
  return new Date(t).toISOString().slice(0, 16) + 'Z';
}

describe('<conflict-timeline> level of detail at scale', () => {
  describe('100,000 events', function () {
    this.timeout(60000);
    let set: BigDataset;
    let el: ConflictTimeline;

    before(async function () {
      this.timeout(60000);
      set = bigDataset(100_000);
      el = await mountWith(set.data);
    });
    after(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));
    beforeEach(async () => {
      el.fit();
      await settle(el);
    });

    it('the fit view is clusters whose counts add up to 100,000, each a button named "N events, <range>"', () => {
      expect(eventIds(el).length).to.equal(0);
      const cs = clusters(el);
      expect(cs.length).to.be.within(2, 200);
      for (const c of cs) {
        expect(c.getAttribute('part')).to.equal('cluster');
        const text = c.textContent!.trim();
        expect(text).to.match(/^\d{1,3}(,\d{3})*$/);
        expect(c.getAttribute('aria-label')).to.match(new RegExp(`^${text} events, \\S.*\\d{4}`));
      }
      expect(root(el).querySelectorAll('[part~="cluster"]').length).to.equal(cs.length);
      expect(clusterSum(el)).to.equal(100_000);
      expect(edges(el)).to.deep.equal({ earlier: 0, later: 0 });
      // One roving tab stop among the clusters: the first.
      expect(cs.filter((c) => c.tabIndex === 0)).to.deep.equal([cs[0]]);
    });

    it('the shadow root stays under 3,000 elements: fit view, zooming in, and a dense window', async () => {
      const sizes: number[] = [elementCount(el)];
      for (let i = 0; i < 12; i++) {
        el.zoomIn();
        await settle(el);
        sizes.push(elementCount(el));
      }
      const [a, b] = windowAround(set.sorted, 61_234, 150);
      el.zoomTo(a, b);
      await settle(el);
      sizes.push(elementCount(el));
      const [c, d] = windowAround(set.sorted, 42_000, 190);
      el.zoomTo(c, d);
      await settle(el);
      sizes.push(elementCount(el));
      for (const [i, n] of sizes.entries()) expect(n, `elements in step ${i} (${sizes.join(', ')})`).to.be.below(3000);
    });

    it('after zoomTo(a, b) the view shows exactly the events overlapping [a, b] (brute force), and counts add up', async () => {
      const random = mulberry32(99);
      const n = set.sorted.length;
      const cases: [number, number][] = [];
      for (let j = 0; j < 8; j++) cases.push([Math.floor(random() * (n - 60)), 1 + Math.floor(random() * 60)]);
      for (let j = 0; j < 4; j++) cases.push([Math.floor(random() * (n - 6000)), 250 + Math.floor(random() * 5000)]);
      cases.push([0, 40], [n - 40, 40]); // at both ends of the data
      for (const [i, k] of cases) {
        const [a, b] = windowAround(set.sorted, i, k);
        el.zoomTo(a, b);
        await settle(el);
        checkView(el, set.sorted, a, b, `zoomTo around events ${i}…${i + k - 1}`);
      }
    });

    it('activating a cluster zooms into it (click or Enter), down to the individual events', async () => {
      const rc = rangeChanges(el);
      let level = 0;
      for (; level < 10 && clusters(el).length; level++) {
        const cs = clusters(el);
        // The middle cluster of the view (not always the first: its events start at the fit's edge).
        const cluster = cs[Math.floor(cs.length / 2)];
        const count = num(cluster.textContent!);
        const before = span(el);
        const n = rc.list.length;
        if (level % 2) {
          cluster.focus();
          await sendKeys({ press: 'Enter' });
        } else {
          cluster.click();
        }
        await until(() => rc.list.length === n + 1, `range-change after activating a cluster (level ${level})`, 3000);
        await settle(el);
        expect(span(el), `level ${level}: zoomed in`).to.be.lessThan(before);
        expect(shownCount(el), `level ${level}: the cluster's ${count} events are all in view`).to.be.at.least(count);
        expect(root(el).activeElement, `level ${level}: focus`).to.not.equal(null);
        const [a, b] = viewOf(el);
        expect(shownCount(el), `level ${level}: what is shown`).to.equal(overlapping(set, a, b).length);
      }
      expect(clusters(el).length, 'clusters left after 10 levels').to.equal(0);
      const [a, b] = viewOf(el);
      expect(eventIds(el)).to.deep.equal(overlapping(set, a, b));
      expect(eventIds(el).length).to.be.within(1, 200);
      expect((root(el).activeElement as HTMLElement).classList.contains('event'), 'focus on an event').to.equal(true);
      rc.stop();
    });

    it('ArrowRight from the first cluster visits the events in time order, zooming in as needed', async () => {
      const first = clusters(el)[0];
      first.focus();
      for (let k = 0; k < 40; k++) {
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        const active = root(el).activeElement as HTMLElement | null;
        expect(active, `focus after ArrowRight ${k + 1}`).to.not.equal(null);
        expect(active!.dataset.id, `ArrowRight ${k + 1}`).to.equal(set.sorted[k].id);
      }
    });
  });

  describe('10,000 events', function () {
    this.timeout(60000);
    const set = bigDataset(10_000, 4242);
    let el: ConflictTimeline;
    let h: TimelineHarness;

    async function mount(markup?: string): Promise<void> {
      el = await mountWith(set.data, markup);
      h = new TimelineHarness(el);
    }
    afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

    it('more than 200 events in view are clustered; 60 or fewer are drawn one by one', async () => {
      await mount();
      const i = 5000;
      let [a, b] = windowAround(set.sorted, i, 201);
      el.zoomTo(a, b);
      await settle(el);
      expect(overlapping(set, a, b).length).to.be.above(200);
      checkView(el, set.sorted, a, b, '201 events');
      [a, b] = windowAround(set.sorted, i, 60);
      el.zoomTo(a, b);
      await settle(el);
      expect(overlapping(set, a, b).length).to.equal(60);
      checkView(el, set.sorted, a, b, '60 events');
      expect(root(el).querySelectorAll('[part~="event"]').length).to.equal(60);
    });

    it('zoomIn() from the fit reveals the individual events; every step shows what the data say', async () => {
      await mount();
      let steps = 0;
      while (clusters(el).length && steps < 20) {
        el.zoomIn();
        await settle(el);
        steps++;
        const [a, b] = viewOf(el);
        expect(shownCount(el), `step ${steps}`).to.equal(overlapping(set, a, b).length);
      }
      expect(clusters(el).length, `clusters after ${steps} zoomIn()`).to.equal(0);
      const [a, b] = viewOf(el);
      expect(eventIds(el)).to.deep.equal(overlapping(set, a, b));
    });

    it('an event at either edge of a zoomTo window given as date-times is in view', async function () {
      await mount();
      const e = set.sorted[3000];
      el.zoomTo(isoMinute(e.t), isoMinute(e.t + 60 * MINUTE));
      await settle(el);
      expect(eventIds(el), 'event at the start edge').to.include(e.id);
      el.zoomTo(isoMinute(e.t - 60 * MINUTE), isoMinute(e.t));
      await settle(el);
      expect(eventIds(el).includes(e.id), `the event at the end of zoomTo(${isoMinute(e.t - 60 * MINUTE)}, ${isoMinute(e.t)}) is not shown`).to.equal(true);
    });

    it('keyboard: from the first cluster, ArrowRight visits every event in time order; focus never leaves the element', async () => {
      await mount();
      const first = clusters(el)[0];
      expect(first.tabIndex).to.equal(0);
      first.focus();
      const visited: string[] = [];
      for (let k = 0; k < 70; k++) {
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        const active = root(el).activeElement as HTMLElement | null;
        expect(active, `focus after ArrowRight ${k + 1}`).to.not.equal(null);
        visited.push(active!.dataset.id ?? `(${active!.className})`);
      }
      expect(visited).to.deep.equal(set.sorted.slice(0, 70).map((e) => e.id));
      for (let k = 68; k >= 65; k--) {
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(h.focusedId(), 'ArrowLeft').to.equal(set.sorted[k].id);
      }
    });

    it('keyboard: after zooming out into clusters, focus stays and ArrowRight goes on from the event that had it', async function () {
      await mount();
      const [a, b] = windowAround(set.sorted, 5000, 40);
      el.zoomTo(a, b);
      await settle(el);
      const from = set.sorted[5010];
      h.event(from.id)!.focus();
      const rc = rangeChanges(el);
      for (let i = 0; i < 8 && !clusters(el).length; i++) {
        await sendKeys({ press: '-' });
        await until(() => rc.list.length === i + 1, `range-change after - (${i + 1})`, 3000);
        await settle(el);
        expect(root(el).activeElement, `focus after - (${i + 1})`).to.not.equal(null);
      }
      rc.stop();
      expect(clusters(el).length, 'zoomed out into clusters').to.be.greaterThan(0);
      const active = root(el).activeElement as HTMLElement;
      expect(active.classList.contains('cluster'), 'focus on a cluster').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(root(el).activeElement, 'focus after ArrowRight').to.not.equal(null);
      const next = h.focusedId();
      expect(next === set.sorted[5011].id, `ArrowRight from the cluster went to ${next} (position ${set.sorted.findIndex((e) => e.id === next)}), not to position 5011`).to.equal(true);
    });

    it('keyboard: in a dense burst (400 events in ten minutes) ArrowRight still visits every event in order', async function () {
      const burst = burstDataset(300, 400);
      el = await mountWith(burst.data);
      h = new TimelineHarness(el);
      const first = burst.sorted.findIndex((e) => e.t >= Date.UTC(2020, 5, 1, 12)) - 2;
      const [a, b] = windowAround(burst.sorted, first, 1);
      el.zoomTo(a, b);
      await settle(el);
      h.event(burst.sorted[first].id)!.focus();
      const visited: string[] = [];
      let lost = 0;
      for (let k = 1; k <= 60; k++) {
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        const active = root(el).activeElement as HTMLElement | null;
        if (!active) lost++;
        visited.push(active?.dataset.id ?? (active ? `(${active.className})` : '(none)'));
      }
      expect(lost, 'focus lost').to.equal(0);
      const expected = burst.sorted.slice(first + 1, first + 61).map((e) => e.id);
      const wrong = visited.findIndex((id, i) => id !== expected[i]);
      expect(wrong < 0, `in the burst, ArrowRight ${wrong + 1} focused ${visited[wrong]} instead of ${expected[wrong]}`).to.equal(true);
    });

    it('keyboard: Home and End go to the first and last events, arrows stop at the ends', async () => {
      await mount();
      clusters(el)[0].focus();
      const rc = rangeChanges(el);
      const expectFocus = async (key: string, index: number) => {
        await sendKeys({ press: key });
        await settle(el);
        expect(root(el).activeElement, `focus after ${key}`).to.not.equal(null);
        expect(h.focusedId(), key).to.equal(set.sorted[index].id);
        const [a, b] = viewOf(el);
        expect(set.sorted[index].t, `${key}: the focused event is in view`).to.be.within(a, b);
      };
      await expectFocus('End', 9999);
      await expectFocus('ArrowRight', 9999);
      await expectFocus('ArrowLeft', 9998);
      await expectFocus('Home', 0);
      await expectFocus('ArrowLeft', 0);
      await expectFocus('ArrowRight', 1);
      expect(rc.list.length, 'range-change only when the view moved, one per key').to.be.within(2, 6);
      rc.stop();
    });

    it('selection: after zooming in, clicking an event selects it and opens its detail', async () => {
      await mount();
      const [a, b] = windowAround(set.sorted, 7000, 25);
      el.zoomTo(a, b);
      await settle(el);
      const target = set.sorted[7010];
      expect(h.ids()).to.include(target.id);
      const selects: string[] = [];
      el.addEventListener('conflict-timeline-select', (e) => selects.push((e as CustomEvent<{ id: string }>).detail.id));
      await h.click(target.id);
      await settle(el);
      expect(el.selected).to.equal(target.id);
      expect(el.getAttribute('selected')).to.equal(target.id);
      expect(selects).to.deep.equal([target.id]);
      expect(h.detail()!.querySelector('h2')!.textContent).to.equal(target.title);
      expect(h.event(target.id)!.getAttribute('aria-expanded')).to.equal('true');
      expect(viewOf(el), 'selecting does not move the view').to.deep.equal([a, b]);
    });

    it('filter: the categories attribute drops the counts accordingly, in clusters and in the zoomed-in view', async () => {
      const military = set.sorted.filter((e) => e.category === 'military');
      await mount('<conflict-timeline categories="military"></conflict-timeline>');
      expect(el.visibleEvents.length).to.equal(military.length);
      expect(clusters(el).length).to.be.greaterThan(0);
      expect(clusterSum(el) + edges(el).earlier + edges(el).later).to.equal(military.length);
      expect(clusterSum(el)).to.equal(military.length);
      const legend = Object.fromEntries(h.legend().map((b) => [b.textContent!.replace(/[\d,\s]+$/, '').trim(), b.getAttribute('aria-pressed')]));
      expect(legend.Military).to.equal('true');

      el.setAttribute('categories', 'military,diplomacy');
      await settle(el);
      const two = set.sorted.filter((e) => e.category === 'military' || e.category === 'diplomacy');
      expect(clusterSum(el)).to.equal(two.length);

      // Zoomed in: exactly the filtered events of the window.
      const i = two.findIndex((e) => e.t > set.sorted[6000].t);
      const [a, b] = windowAround(two, i, 30);
      el.zoomTo(a, b);
      await settle(el);
      checkView(el, two, a, b, 'military and diplomacy, zoomed in');
      el.categories = '';
      await settle(el);
      checkView(el, set.sorted, a, b, 'no filter, same window');
    });

    it('axe: no violations in the clusters view and in a zoomed-in events view', async () => {
      await mount();
      expect(clusters(el).length).to.be.greaterThan(0);
      let violations = await axeViolations(el.parentElement!);
      expect(violations.length, `axe violations in the clusters view:\n${formatViolations(violations)}\n`).to.equal(0);
      const [a, b] = windowAround(set.sorted, 2500, 40);
      el.zoomTo(a, b);
      await settle(el);
      expect(eventIds(el).length).to.equal(40);
      violations = await axeViolations(el.parentElement!);
      expect(violations.length, `axe violations in the zoomed-in view:\n${formatViolations(violations)}\n`).to.equal(0);
    });
  });
});
