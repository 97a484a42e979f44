/**
 * Calendar dates in the element must read the same in every time zone. This folder is re-run with the browser in
 * America/Los_Angeles, Asia/Tokyo, Europe/Kyiv, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11): every
 * expectation here is either zone-free text or computed from UTC, never what one zone happened to show.
 */
import { expect } from '@esm-bundle/chai';
import { parseTimeline } from '../../src/model/parse.js';
import { createTimeScale, fitDomain } from '../../src/scales/time.js';
import { computeTicks } from '../../src/scales/ticks.js';
import type { TimelineData } from '../../src/model/types.js';
import { fixture, TimelineHarness, until } from '../helpers/harness.js';

const DATA: TimelineData = {
  title: 'Dates in every zone',
  events: [
    { id: 'invasion', date: '2022-02-24', title: 'Invasion begins', category: 'military' },
    { id: 'monday', date: '2022-02-28', title: 'Talks on Monday', category: 'diplomacy' },
    { id: 'tuesday', date: '2022-03-01', title: 'Shelling on Tuesday', category: 'civilian-harm' },
    { id: 'new-years-eve', date: '2021-12-31', title: 'Last day of 2021', category: 'political' },
    { id: 'new-year', date: '2022-01-01', title: 'First day of 2022', category: 'political' },
    { id: 'march', date: '2022-03', title: 'Sometime in March', category: 'humanitarian' },
    { id: 'late-pacific', date: '2022-02-24T23:30:00-08:00', title: 'Late evening on the Pacific coast' },
    { id: 'utc-midnight', date: '2022-02-25T00:00:00Z', title: 'Midnight UTC' },
  ],
};

/** The start of each event's accessible name: its date as written, whatever the reader's zone. */
const NAMES: Record<string, string> = {
  'invasion': '24 February 2022, ',
  'monday': '28 February 2022, ',
  'tuesday': '1 March 2022, ',
  'new-years-eve': '31 December 2021, ',
  'new-year': '1 January 2022, ',
  'march': 'March 2022, ',
  'late-pacific': '24 February 2022, 23:30 UTC-8, ',
  'utc-midnight': '25 February 2022, 00:00 UTC, ',
};

/** Time order: by start (UTC), then end. 23:30 at UTC-8 is 07:30 UTC on the 25th, after midnight UTC. */
const ORDER = ['new-years-eve', 'new-year', 'invasion', 'utc-midnight', 'late-pacific', 'monday', 'tuesday', 'march'];

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function mount(): Promise<TimelineHarness> {
  const el = await fixture('<conflict-timeline></conflict-timeline>', 1000);
  el.data = DATA;
  await el.updateComplete;
  const h = new TimelineHarness(el);
  await until(() => h.ids().length === DATA.events.length, 'the events');
  await el.updateComplete;
  return h;
}

/** The axis labels the element should draw at `width` px, from the pure UTC pipeline (as the element builds its base view). */
function expectedTicks(width: number): string[] {
  const { timeline } = parseTimeline(DATA);
  const events = timeline.events;
  const lo = Math.min(...events.map((e) => e.when.start));
  const hi = Math.max(...events.map((e) => e.when.end));
  const domain = fitDomain(lo, hi);
  const anchors = events.flatMap((e) => [e.when.start, e.when.end]).sort((a, b) => a - b);
  const { x, gaps } = createTimeScale({ domain, range: [0, width], anchors, compress: true });
  const ticks = computeTicks(x, { locale: 'en-GB', gaps, dateOnly: false, extent: domain });
  // Each label names the UTC calendar day of its tick: nothing here depends on the zone the test runs in.
  for (const t of ticks.filter((t) => t.label)) {
    expect(t.value % 864e5, t.label).to.equal(0);
    expect(t.label, new Date(t.value).toISOString()).to.match(new RegExp(`(^|\\D)${new Date(t.value).getUTCDate()}(\\D|$)`));
  }
  return ticks.map((t) => t.label).filter(Boolean);
}

describe(`<conflict-timeline> calendar dates in the browser's zone (${zone})`, () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  it('names every event with its written calendar date', async () => {
    const h = await mount();
    expect(h.isHorizontal()).to.equal(true);
    for (const button of h.events()) {
      const id = button.dataset.id!;
      expect(button.getAttribute('aria-label'), id).to.satisfy((name: string) => name.startsWith(NAMES[id]));
    }
    expect(h.event('invasion')!.getAttribute('aria-label')).to.match(/^24 February 2022, Military: Invasion begins, \d+ of 8$/);
  });

  it('lists the events in time order', async () => {
    const h = await mount();
    expect(h.ids()).to.deep.equal(ORDER);
  });

  it('draws the axis labels computed in UTC', async () => {
    const h = await mount();
    const width = Number(h.root.querySelector('svg.axis')!.getAttribute('width'));
    expect(width).to.be.greaterThan(500);
    const expected = expectedTicks(width);
    expect(expected.length).to.be.at.least(4);
    expect(h.ticks()).to.deep.equal(expected);
    // The new month after the compressed stretch, and the first of March, are named as such.
    expect(h.ticks()).to.include('1 Mar');
    expect(h.ticks().some((t) => /^\d+ Feb$/.test(t))).to.equal(true);
  });

  it('says "24 February 2022" in the detail of the 24 February event', async () => {
    const h = await mount();
    await h.click('invasion');
    await until(() => !!h.detail(), 'the detail panel');
    const detail = h.detail()!;
    expect(detail.querySelector('h2')!.textContent).to.equal('Invasion begins');
    const time = detail.querySelector('time')!;
    expect(time.textContent!.trim()).to.equal('24 February 2022');
    expect(time.getAttribute('datetime')).to.equal('2022-02-24');
    await h.click('late-pacific');
    await until(() => h.detail()?.querySelector('h2')?.textContent === 'Late evening on the Pacific coast', 'the second detail');
    expect(h.detail()!.querySelector('time')!.textContent!.trim()).to.equal('24 February 2022, 23:30 UTC-8');
  });
});
