/**
 * Hostile dates, in every zone this folder is re-run in (America/Los_Angeles, Asia/Tokyo, Europe/Kyiv,
 * Pacific/Kiritimati, Pacific/Pago_Pago): leap days, year boundaries, DST changes, year 1 and year 9999,
 * negative (EDTF) years, impossible days and months. Written dates never shift with the reader's zone, impossible
 * ones are reported with a message that says why, and nothing throws out of the element. (Part of the hostile
 * suite in test/hostile/; here because it must run per zone.)
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { formatDateRange, parseDate } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { fixture, nextEvent, nextFrame, TimelineHarness, type LoadEvent } from '../helpers/harness.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Valid edge dates and the start of their accessible name (en-GB), the same in every zone. */
const VALID: [date: string, name: string][] = [
  ['2024-02-29', '29 February 2024, '],
  ['2000-02-29', '29 February 2000, '],
  ['2021-12-31', '31 December 2021, '],
  ['2022-01-01', '1 January 2022, '],
  ['0001-01-01', '1 January 1, '],
  ['9999-12-31', '31 December 9999, '],
  ['9999', '9999, '],
  ['0044-03-15', '15 March 44, '],
  ['2021-12-31T23:30:00-02:00', '31 December 2021, 23:30 UTC-2, '],
  ['2022-01-01T00:30:00+14:00', '1 January 2022, 00:30 UTC+14, '],
  ['2021-12-31T23:59:59-11:00', '31 December 2021, 23:59 UTC-11, '],
  ['2022-03-27T00:59:59Z', '27 March 2022, 00:59 UTC, '],
  ['2022-03-27T03:30:00+03:00', '27 March 2022, 03:30 UTC+3, '],
  ['2022-03-13T02:30:00-05:00', '13 March 2022, 02:30 UTC-5, '],
  ['2022-11-06T01:30:00-07:00', '6 November 2022, 01:30 UTC-7, '],
  ['2022-11-06T01:30:00-08:00', '6 November 2022, 01:30 UTC-8, '],
  ['9999-12-31T23:59:00-12:00', '31 December 9999, 23:59 UTC-12, '],
];

/** Negative EDTF years need an era; engines differ on its spelling ("BC", "B.C."). */
const NEGATIVE: [date: string, name: RegExp][] = [
  ['-0044-03-15', /^15 March 45 B\.?C\.?, /],
  ['-0001-12-31', /^31 December 2 B\.?C\.?, /],
  ['0000', /^1 B\.?C\.?, /],
  ['-9999-01-01', /^1 January 10000 B\.?C\.?, /],
];

/** Impossible dates and the reason the reader is given. */
const INVALID: [date: string, message: string][] = [
  ['2022-02-30', 'date "2022-02-30" is not a real day (February 2022 has 28 days)'],
  ['2023-02-29', 'date "2023-02-29" is not a real day (February 2023 has 28 days)'],
  ['2100-02-29', 'date "2100-02-29" is not a real day (February 2100 has 28 days)'],
  ['2022-04-31', 'date "2022-04-31" is not a real day (April 2022 has 30 days)'],
  ['2022-13-01', 'date "2022-13-01" has no month 13'],
  ['2022-00-10', 'date "2022-00-10" has no month 0'],
  ['2022-12-00', 'date "2022-12-00" is not a real day (December 2022 has 31 days)'],
  ['-0000-01-01', 'date "-0000-01-01" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-02-24)'],
  ['10000-01-01', 'date "10000-01-01" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-02-24)'],
  ['2022-03-27T02:30', 'date "2022-03-27T02:30" has no time zone offset; add Z or +02:00'],
  ['2022-03-27T24:00:00Z', 'date "2022-03-27T24:00:00Z" is not a real time of day'],
  ['2022-03-27T01:00:00+15:00', 'date "2022-03-27T01:00:00+15:00" has an impossible time zone offset (use Z or -12:00 to +14:00)'],
  ['2022-01-01/2021-12-31', 'date interval "2022-01-01/2021-12-31" ends before it starts'],
];

const events = (): TimelineEvent[] => [
  ...VALID.map(([date], i) => ({ id: `v${i}`, date, title: `Valid ${date}` })),
  ...NEGATIVE.map(([date], i) => ({ id: `n${i}`, date, title: `Negative ${date}` })),
  ...INVALID.map(([date], i) => ({ id: `x${i}`, date, title: `Invalid ${date}` })),
];

/** A horizontal chart never draws a NaN or an infinite coordinate, whatever the span. */
function badCoordinates(el: ConflictTimeline): string[] {
  const bad: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      if (/NaN|Infinity/.test(attr.value)) bad.push(`<${node.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
    }
  }
  return bad;
}

describe(`hostile dates (browser zone ${zone})`, function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  it('edge dates are named by the day as written, impossible ones rejected with the reason', async () => {
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
    el.data = { events: events() };
    const { detail } = await loaded;
    await el.updateComplete;
    expect(detail.count).to.equal(VALID.length + NEGATIVE.length);
    const h = new TimelineHarness(el);
    const name = (id: string) => h.event(id)!.getAttribute('aria-label')!;
    VALID.forEach(([date, expected], i) => expect(name(`v${i}`), date).to.match(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
    NEGATIVE.forEach(([date, expected], i) => expect(name(`n${i}`), date).to.match(expected));
    INVALID.forEach(([date, message], i) => {
      const index = VALID.length + NEGATIVE.length + i;
      const issue = detail.issues.find((x) => x.index === index);
      expect(issue?.message, date).to.equal(`event ${index + 1} (x${i}): ${message}`);
      expect(issue?.severity).to.equal('error');
    });
    // Time order: -9999 first, the year-9999 date-time last (it is 12:59 UTC on 1 January 10000).
    const order = el.visibleEvents.map((e) => e.id);
    expect(order[0]).to.equal('n3');
    expect(order[order.length - 1]).to.equal(`v${VALID.findIndex(([d]) => d === '9999-12-31T23:59:00-12:00')}`);
  });

  it('a horizontal chart from 10000 BC to AD 9999 draws without NaN, then zoomed to a leap day', async () => {
    const el = await fixture('<conflict-timeline layout="horizontal"></conflict-timeline>', 1200);
    el.data = { events: events() };
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    expect(badCoordinates(el)).to.deep.equal([]);
    // The grid is one path: a move-to per tick line.
    expect(el.shadowRoot!.querySelector('path.tick')!.getAttribute('d')!.split('M').length - 1 + (el.shadowRoot!.querySelector('path.tick.major')!.getAttribute('d')!.split('M').length - 1)).to.be.greaterThan(1);
    el.zoomTo?.('2024-02-28', '2024-03-01');
    await el.updateComplete;
    await nextFrame();
    expect(badCoordinates(el)).to.deep.equal([]);
  });

  it('start and end at the edges of the calendar are accepted; impossible ones are reported', async function () {
    const el = await fixture('<conflict-timeline start="0001-01-01" end="9999-12-31"></conflict-timeline>');
    el.data = { events: [{ id: 'a', date: '2024-02-29', title: 'Leap day' }] };
    await el.updateComplete;
    expect(el.issues.filter((i) => i.field === 'start' || i.field === 'end')).to.deep.equal([]);
    el.setAttribute('start', '2023-02-29');
    el.setAttribute('end', '2022-13-01');
    await el.updateComplete;
    expect(el.issues.map((i) => i.message)).to.include.members([
      'start "2023-02-29" is not a date (use YYYY-MM-DD or an ISO date-time with Z); fitting all events instead.',
      'end "2022-13-01" is not a date (use YYYY-MM-DD or an ISO date-time with Z); fitting all events instead.',
    ]);
    expect(new TimelineHarness(el).ids()).to.deep.equal(['a']);
    const misleading = el.issues.filter((i) => /is before start/.test(i.message)).map((i) => i.message);
    expect(misleading, 'no "end is before start" when a date is not a date').to.deep.equal([]);
  });

  it('DST changes with a time-zone attribute: the clock skips and repeats, the order follows the instants', async () => {
    const el = await fixture('<conflict-timeline layout="vertical" time-zone="Europe/Kyiv"></conflict-timeline>');
    el.data = {
      events: [
        { id: 'before-spring', date: '2022-03-27T00:30:00Z', title: 'Before the spring change' },
        { id: 'after-spring', date: '2022-03-27T01:30:00Z', title: 'After the spring change' },
        { id: 'first-0330', date: '2022-10-30T00:30:00Z', title: 'First 03:30 of the autumn change' },
        { id: 'second-0330', date: '2022-10-30T01:30:00Z', title: 'Second 03:30 of the autumn change' },
      ],
    };
    await el.updateComplete;
    const h = new TimelineHarness(el);
    expect(h.ids()).to.deep.equal(['before-spring', 'after-spring', 'first-0330', 'second-0330']);
    const name = (id: string) => h.event(id)!.getAttribute('aria-label')!;
    expect(name('before-spring')).to.match(/^27 March 2022, 02:30 /);
    expect(name('after-spring')).to.match(/^27 March 2022, 04:30 /);
    expect(name('first-0330')).to.match(/^30 October 2022, 03:30 /);
    expect(name('second-0330')).to.match(/^30 October 2022, 03:30 /);
    // The same wall-clock time twice: the zone's name tells them apart ("EEST" and "EET", or "GMT+3" and "GMT+2").
    const when = (id: string) => name(id).split(', Uncategorised')[0];
    expect(when('first-0330')).to.not.equal(when('second-0330'));
  });

  it('the day headings of the list are the days the events are shown on (year boundary, written offsets)', async () => {
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    el.data = {
      events: [
        { id: 'eve', date: '2021-12-31T23:30:00-02:00', title: 'New Year’s Eve, UTC-2' },
        { id: 'day', date: '2022-01-01', title: 'New Year’s Day' },
        { id: 'kiritimati', date: '2022-01-01T00:30:00+14:00', title: 'Just after midnight, UTC+14' },
      ],
    };
    await el.updateComplete;
    const heading = (id: string) => {
      const li = el.shadowRoot!.querySelector(`button.event[data-id="${id}"]`)!.closest('li.day');
      return li?.querySelector('.day-head')?.textContent?.replace(/\d+ days? later/, '').replace(',', '') ?? '';
    };
    expect(heading('eve')).to.match(/Friday 31 December 2021$/);
    expect(heading('day')).to.match(/Saturday 1 January 2022$/);
    expect(heading('kiritimati')).to.match(/Saturday 1 January 2022$/);
  });

  it('with events written in several offsets, the list’s day headings still run in calendar order, each day once', async function () {
    // 24 February 2022 as it was reported: 05:50 in Moscow, 05:00 in Kyiv and 22:30 the evening before in Washington
    // are within 40 minutes of each other.
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    el.data = {
      events: [
        { id: 'putin', date: '2022-02-24T05:50:00+03:00', title: 'Address in Moscow' },
        { id: 'kyiv', date: '2022-02-24T05:00:00+02:00', title: 'Explosions in Kyiv' },
        { id: 'biden', date: '2022-02-23T22:30:00-05:00', title: 'Statement in Washington' },
      ],
    };
    await el.updateComplete;
    const headings = [...el.shadowRoot!.querySelectorAll('.day-head')].map((p) => p.textContent!.replace(/^.*later/, '').trim());
    const days = headings.map((text) => Date.parse(`${text.replace(/^\w+,? /, '')} UTC`));
    const inOrder = days.every((d, i) => i === 0 || d > days[i - 1]);
    expect(inOrder, `day headings in calendar order: ${JSON.stringify(headings)}`).to.equal(true);
    expect(new Set(headings).size, 'one heading a day').to.equal(headings.length);
  });

  it('with a time-zone attribute, the list’s day headings are the days shown in that zone', async function () {
    const el = await fixture('<conflict-timeline layout="vertical" time-zone="Europe/Kyiv"></conflict-timeline>');
    el.data = { events: [{ id: 'late', date: '2022-03-26T23:30:00Z', title: '23:30 UTC is 01:30 the next day in Kyiv' }] };
    await el.updateComplete;
    const h = new TimelineHarness(el);
    expect(h.event('late')!.getAttribute('aria-label')).to.match(/^27 March 2022, 01:30 /);
    const heading = el.shadowRoot!.querySelector('.day-head')!.textContent!;
    expect(heading).to.match(/27 March 2022/);
  });

  it('any day from 9999 BC to AD 9999 reads back as written (property, seeded)', () => {
    const format = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      date.setUTCHours(0, 0, 0, 0);
      return new Intl.DateTimeFormat('en-GB', { era: y < 1 ? 'short' : undefined, year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
    };
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const days = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // days in month m of a leap-year-like 2000
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const real = d <= (m === 2 ? (leap ? 29 : 28) : days);
        const result = parseDate(text);
        if (!real) {
          expect(result.error, text).to.be.a('string');
          return;
        }
        expect(result.error, text).to.equal(undefined);
        expect(formatDateRange(result.range!, 'en-GB'), text).to.equal(format(y, m, d));
        // And through the parser, as an event: same day, no issue.
        const parsed = parseTimeline({ events: [{ date: text, title: 'x' }] });
        expect(parsed.issues, text).to.deep.equal([]);
        expect(parsed.timeline.events[0].when.start).to.equal(result.range!.start);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
