import { expect } from '@esm-bundle/chai';
import { dayIn, groupByDay, showDate, type DayGroupOptions } from '../../src/layout/day-groups.js';
import { createFormatter } from '../../src/format.js';
import { parseTimeline } from '../../src/model/parse.js';
import { EN_STRINGS, UK_STRINGS } from '../../src/strings.js';
import type { ParsedEvent } from '../../src/model/types.js';

const utc = (iso: string) => Date.parse(iso);

/** Parsed events (sorted by start, as parseTimeline returns them), titled by their dates. */
function parsed(...dates: string[]): ParsedEvent[] {
  const { timeline, issues } = parseTimeline({ events: dates.map((date) => ({ date, title: date })) });
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
  return timeline.events;
}

function groups(events: ParsedEvent[], options: Partial<DayGroupOptions> = {}) {
  const locale = options.locale ?? 'en';
  const strings = options.strings ?? EN_STRINGS;
  const timeZone = options.timeZone ?? '';
  const timeZoneValid = options.timeZoneValid ?? true;
  const { formatDate } = createFormatter({ locale, strings, timeZone, timeZoneValid, dateOnly: true });
  return groupByDay(events, { locale, strings, timeZone, timeZoneValid, formatDate });
}

/** What a reader sees of the groups: heading, gap, and the titles under it. */
const outline = (list: ReturnType<typeof groupByDay>) => list.map((g) => [g.label, g.later, g.events.map((e) => e.event.title)]);

describe('groupByDay', () => {
  it('gives no groups for no events', () => {
    expect(groups([])).to.deep.equal([]);
  });

  it('groups days, says the gap before each, and keys a day by its UTC midnight', () => {
    const list = groups(parsed('2022-02-24', '2022-02-24', '2022-02-25', '2022-03-01'));
    expect(outline(list)).to.deep.equal([
      ['Thursday, February 24, 2022', '', ['2022-02-24', '2022-02-24']],
      ['Friday, February 25, 2022', '', ['2022-02-25']],
      ['Tuesday, March 1, 2022', '3 days later', ['2022-03-01']],
    ]);
    expect(list.map((g) => g.key)).to.deep.equal([`d${utc('2022-02-24T00:00Z')}`, `d${utc('2022-02-25T00:00Z')}`, `d${utc('2022-03-01T00:00Z')}`]);
  });

  it('words the headings and gaps in the locale', () => {
    const list = groups(parsed('2022-02-24', '2022-02-28'), { locale: 'uk', strings: UK_STRINGS });
    expect(outline(list)).to.deep.equal([
      ['четвер, 24 лютого 2022 р.', '', ['2022-02-24']],
      ['понеділок, 28 лютого 2022 р.', 'через 3 дні', ['2022-02-28']],
    ]);
  });

  const late = '2022-02-24T23:30-05:00'; // 04:30 on 25 February in UTC
  const zones: [string, Partial<DayGroupOptions>, string][] = [
    ['without a zone: the day it was written in', {}, 'Thursday, February 24, 2022'],
    ['in a zone east of it: the next day', { timeZone: 'Asia/Tokyo' }, 'Friday, February 25, 2022'],
    ['in UTC: the next day', { timeZone: 'UTC' }, 'Friday, February 25, 2022'],
    ['in its own zone', { timeZone: 'America/New_York' }, 'Thursday, February 24, 2022'],
    ['with an invalid zone: the day it was written in', { timeZone: 'Mars/Olympus', timeZoneValid: false }, 'Thursday, February 24, 2022'],
  ];
  for (const [name, options, label] of zones) {
    it(`puts a date-time in its calendar day ${name}`, () => {
      expect(groups(parsed(late), options).map((g) => g.label)).to.deep.equal([label]);
    });
  }

  it('keeps calendar order when written offsets put a later instant on an earlier day', () => {
    // In time order: 22:00 UTC on the 24th (written as the 25th), then 23:00 UTC on the 24th.
    const events = parsed('2022-02-25T01:00+03:00', '2022-02-24T23:00Z');
    expect(events.map((e) => e.event.title)).to.deep.equal(['2022-02-25T01:00+03:00', '2022-02-24T23:00Z']);
    expect(outline(groups(events))).to.deep.equal([
      ['Thursday, February 24, 2022', '', ['2022-02-24T23:00Z']],
      ['Friday, February 25, 2022', '', ['2022-02-25T01:00+03:00']],
    ]);
  });

  it('gives months, years and intervals a heading of their own, shared only by the same period and qualifiers', () => {
    const list = groups(parsed('2022-02', '2022-02', '2022-02~', '2022-02-24/2022-02-26', '2022-03-05'));
    expect(outline(list)).to.deep.equal([
      ['February 2022', '', ['2022-02', '2022-02']],
      ['around February 2022', '', ['2022-02~']],
      ['February 24 – 26, 2022', '', ['2022-02-24/2022-02-26']],
      ['Saturday, March 5, 2022', '4 days later', ['2022-03-05']],
    ]);
    expect(list[0].key).to.equal(`r${utc('2022-02-01T00:00Z')}-${utc('2022-03-01T00:00Z')}-false-false`);
    expect(list[1].key).to.equal(`r${utc('2022-02-01T00:00Z')}-${utc('2022-03-01T00:00Z')}-true-false`);
  });

  it('counts the gap from the latest end so far, not from the group just before', () => {
    const list = groups(parsed('2021', '2021-06-01', '2022-01-11'));
    expect(outline(list)).to.deep.equal([
      ['2021', '', ['2021']],
      ['Tuesday, June 1, 2021', '', ['2021-06-01']],
      ['Tuesday, January 11, 2022', '10 days later', ['2022-01-11']],
    ]);
  });

  it('counts a gap of half a day or more as a day, and less as none', () => {
    const half = groups(parsed('2022-02-24T10:00Z/2022-02-25T12:00Z', '2022-02-26'));
    expect(half.map((g) => g.later)).to.deep.equal(['', '1 day later']);
    const less = groups(parsed('2022-02-24T10:00Z/2022-02-25T12:01Z', '2022-02-26'));
    expect(less.map((g) => g.later)).to.deep.equal(['', '']);
  });

  it('lets a day group end where its latest event ends', () => {
    // Written on the 24th, but 10:00 on the 25th in UTC: the gap to 12:00 on the 26th is 26 hours, not 36.
    const list = groups(parsed('2022-02-24T23:00-11:00', '2022-02-26T12:00Z/2022-02-26T13:00Z'));
    expect(list.map((g) => g.later)).to.deep.equal(['', '1 day later']);
    expect(list[0].label).to.equal('Thursday, February 24, 2022');
  });
});

describe('dayIn', () => {
  const table: [string, string, string][] = [
    ['2022-03-27T00:30Z', 'Europe/Kyiv', '2022-03-27'],
    ['2022-03-27T00:30Z', 'America/Los_Angeles', '2022-03-26'],
    ['2022-12-31T23:00Z', 'Pacific/Kiritimati', '2023-01-01'],
    ['2022-01-01T00:00Z', 'UTC', '2022-01-01'],
  ];
  for (const [instant, zone, day] of table) {
    it(`${instant} falls on ${day} in ${zone}`, () => expect(dayIn(utc(instant), zone)).to.equal(utc(`${day}T00:00Z`)));
  }
});

describe('showDate', () => {
  const [day, approx, uncertain, time, month] = parsed('2022-02-24', '2022-02-25~', '2022-02-26?', '2022-02-27T08:00Z', '2022-03');
  const dayGroup = { key: `d${utc('2022-02-24T00:00Z')}` };
  const rangeGroup = { key: 'r1-2-false-false' };
  const table: [string, { key: string }, ParsedEvent, boolean][] = [
    ['a plain day under its day heading', dayGroup, day, false],
    ['an approximate day', dayGroup, approx, true],
    ['an uncertain day', dayGroup, uncertain, true],
    ['a date-time', dayGroup, time, true],
    ['a date-time under a period heading', rangeGroup, time, false],
    ['a month under its heading', rangeGroup, month, false],
  ];
  for (const [name, group, event, expected] of table) {
    it(`${name}: ${expected}`, () => expect(showDate(group, event)).to.equal(expected));
  }
});
