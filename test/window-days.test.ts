/**
 * Issue 13, item 13: for date-only data the `start`/`end` properties and the deep-link fragment are `YYYY-MM-DD`
 * days, whatever gesture moved the view, and the same days in every time zone (the data's days are UTC days). The
 * window itself stays where the gesture left it, between days (so gestures stay smooth and exact); the
 * range-change event carries its exact edges as `startMs`/`endMs`. Setting the days back shows those whole days.
 * Date-time data keep their instants. Run under several TZs (America/Los_Angeles, Asia/Tokyo, UTC): the expected
 * days below are literal.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import { readDeepLink } from '../src/controllers/deep-link-controller.js';
import { fixture, SMALL, TimelineHarness } from './helpers/harness.js';
import { DAY, drag, plot, plotWidth, settle, wheel } from './helpers/big-data.js';
import { exactView, expectDetailOf, nextRange } from './helpers/range-detail.js';

const DAY_RE = /^\d{4}-\d\d-\d\d$/;
const utcDay = (ms: number) => new Date(Math.floor(ms / DAY) * DAY).toISOString().slice(0, 10);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function mount(markup: string, data = SMALL): Promise<[ConflictTimeline, TimelineHarness]> {
  const el = await fixture(markup, 1000);
  el.data = data;
  await settle(el);
  return [el, new TimelineHarness(el)];
}

/** Runs a gesture and returns the range-change it ends with. */
async function gesture(el: ConflictTimeline, run: () => unknown) {
  const range = nextRange(el);
  await run();
  const detail = await range;
  await settle(el);
  return detail;
}

/** start/end, the range-change and the fragment all name the UTC days the exact window covers. */
function expectDays(el: ConflictTimeline, detail: unknown, what: string): void {
  expectDetailOf(el, detail, what);
  const [a, b] = exactView(detail);
  expect([el.start, el.end], `${what} (${zone}): start/end`).to.deep.equal([utcDay(a), utcDay(b - 1)]);
  expect(el.start, what).to.match(DAY_RE);
  expect(el.end, what).to.match(DAY_RE);
  const link = readDeepLink(location.hash, el.id);
  expect(link && [link.start, link.end], `${what} (${zone}): the fragment ${location.hash}`).to.deep.equal([el.start, el.end]);
}

describe('window days (issue 13, item 13)', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  const initialHash = location.hash;
  afterEach(() => {
    document.querySelectorAll('.test-container').forEach((n) => n.remove());
    history.replaceState(null, '', `${location.pathname}${location.search}${initialHash}`);
  });

  it('date-only data: after a drag, a Ctrl + wheel zoom and PageDown, start/end and the deep link are days; the window keeps its exact place', async () => {
    const [el, h] = await mount('<conflict-timeline id="tl" deep-link scale="linear"></conflict-timeline>');
    el.zoomTo('2022-02-26', '2022-03-01'); // four whole days
    await settle(el);
    const [a0, b0] = [Date.UTC(2022, 1, 26), Date.UTC(2022, 2, 2)];
    const w = plotWidth(el);
    expect(w, 'the shift below stays under a day').to.be.greaterThan(800);

    // 200 px to the left: later times, 0.8 days on: the window starts and ends inside a day.
    const dragged = await gesture(el, () => drag(plot(el), 600, 400, 8));
    expectDays(el, dragged, 'after a drag');
    expect([el.start, el.end], `after a drag (${zone})`).to.deep.equal(['2022-02-26', '2022-03-02']);
    const [a1, b1] = exactView(dragged);
    expect(a1 - a0, 'the window moved by the distance dragged, not to a whole day').to.be.closeTo((200 / w) * (b0 - a0), 3);
    expect(b1 - a1).to.be.closeTo(b0 - a0, 3);

    // Reading its own days back does not snap the window to them: a drag back returns to where it began.
    el.requestUpdate();
    await settle(el);
    const back = await gesture(el, () => drag(plot(el), 400, 600, 8));
    expect(exactView(back)[0] - a0, 'back where it began, to a few ms').to.be.closeTo(0, 3);
    expect([el.start, el.end]).to.deep.equal(['2022-02-26', '2022-03-01']);

    const zoomed = await gesture(el, async () => {
      wheel(plot(el), { deltaY: -100, ctrlKey: true, x: 310 });
      await el.updateComplete;
      wheel(plot(el), { deltaY: -100, ctrlKey: true, x: 310 });
    });
    expectDays(el, zoomed, 'after Ctrl + wheel');
    const [a2, b2] = exactView(zoomed);
    expect(b2 - a2, 'zoomed in by e^0.4').to.be.closeTo((b0 - a0) * Math.exp(-0.4), 1000);

    h.event(h.ids()[0])!.focus();
    const paged = await gesture(el, () => sendKeys({ press: 'PageDown' }));
    expectDays(el, paged, 'after PageDown');
    expect(exactView(paged)[0], 'PageDown: one window on').to.be.closeTo(b2, 3);
  });

  it('date-only data: the days start/end wrote, set on another timeline, show those whole days', async () => {
    const [el] = await mount('<conflict-timeline scale="linear"></conflict-timeline>');
    el.zoomTo('2022-02-26', '2022-03-01');
    await settle(el);
    await gesture(el, () => drag(plot(el), 600, 400, 8));
    const days = [el.start, el.end];
    expect(days).to.deep.equal(['2022-02-26', '2022-03-02']);

    const [other, h] = await mount(`<conflict-timeline scale="linear" start="${days[0]}" end="${days[1]}"></conflict-timeline>`);
    expect([other.start, other.end], 'the author\'s days are kept as given').to.deep.equal(days);
    expect(h.ids()).to.deep.equal(['second', 'third', 'fourth']);
    // PageDown pans by exactly the window on show: five whole days from 26 February, so it starts on 3 March.
    h.event('second')!.focus();
    const paged = await gesture(other, () => sendKeys({ press: 'PageDown' }));
    expect(exactView(paged)).to.deep.equal([Date.UTC(2022, 2, 3), Date.UTC(2022, 2, 8)]);
    expect([other.start, other.end]).to.deep.equal(['2022-03-03', '2022-03-07']);
  });

  it('date-time data keep instants in start/end and in the range-change', async () => {
    const timed = { ...SMALL, events: SMALL.events.slice(0, 3).map((e, i) => ({ ...e, date: `${e.date}T${String(6 + 3 * i).padStart(2, '0')}:30Z` })) };
    const [el] = await mount('<conflict-timeline scale="linear"></conflict-timeline>', timed);
    el.zoomTo('2022-02-26', '2022-03-01');
    await settle(el);
    const dragged = await gesture(el, () => drag(plot(el), 600, 413, 8));
    expectDetailOf(el, dragged, 'after a drag');
    const [a, b] = exactView(dragged);
    expect(el.start, 'an instant').to.equal(new Date(a).toISOString().replace('.000Z', 'Z'));
    expect(el.end, 'an instant').to.equal(new Date(b).toISOString().replace('.000Z', 'Z'));
  });
});
