import { expect } from '@esm-bundle/chai';
import { createFormatter, type FormatterOptions } from '../../src/format.js';
import { assignCategoryStyles, UNCATEGORISED } from '../../src/model/categories.js';
import { parseTimeline } from '../../src/model/parse.js';
import { EN_STRINGS, UK_STRINGS, type TimelineStrings } from '../../src/strings.js';
import type { ParsedEvent, TimelineEvent } from '../../src/model/types.js';

const DAY = 864e5;
const utc = (iso: string) => Date.parse(iso);
/**
 * ICU versions differ in the spaces they put around a range dash and before AM/PM (thin, narrow no-break or
 * none): compare with those spaces made plain, everything else exact.
 */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s*–\s*/g, ' – ');
const same = (actual: string, expected: string) => expect(plain(actual)).to.equal(plain(expected));

/** One parsed event from a date (and optional fields), as the element gets it from parseTimeline. */
function parsed(date: string, extra: Partial<TimelineEvent> = {}): ParsedEvent {
  const { timeline, issues } = parseTimeline({ events: [{ date, title: 'Strike on Kharkiv', ...extra }] });
  expect(issues, JSON.stringify(issues)).to.deep.equal([]);
  return timeline.events[0];
}

function formatter(options: Partial<FormatterOptions> = {}) {
  return createFormatter({ locale: 'en', strings: EN_STRINGS, timeZone: '', timeZoneValid: true, dateOnly: true, ...options });
}

describe('createFormatter().formatDate', () => {
  const table: [string, string, Partial<FormatterOptions>, string][] = [
    ['a day', '2022-02-24', {}, 'February 24, 2022'],
    ['a day, en-GB', '2022-02-24', { locale: 'en-GB' }, '24 February 2022'],
    ['a month', '2022-03', {}, 'March 2022'],
    ['an approximate day', '2022-03-02~', {}, 'around March 2, 2022'],
    ['an uncertain day', '2022-02-28?', {}, 'February 28, 2022 (uncertain)'],
    ['an approximate day in Ukrainian words', '2022-03-02~', { locale: 'uk', strings: UK_STRINGS }, fillWords(UK_STRINGS.dateWords.approximate, '2 березня 2022 р.')],
    ['a date-time with its written offset', '2022-03-01T08:00+02:00', {}, 'March 1, 2022, 08:00 AM UTC+2'],
    ['a date-time in a time zone', '2022-03-01T08:00+02:00', { timeZone: 'Asia/Tokyo' }, 'March 1, 2022, 03:00 PM GMT+9'],
    ['a date-time with an invalid zone (shown with its offset)', '2022-03-01T08:00+02:00', { timeZone: 'Mars/Olympus', timeZoneValid: false }, 'March 1, 2022, 08:00 AM UTC+2'],
  ];
  for (const [name, date, options, expected] of table) {
    it(name, () => same(formatter(options).formatDate(parsed(date)), expected));
  }

  it('falls back to the date as written when formatting throws', () => {
    const strings = { ...EN_STRINGS } as TimelineStrings;
    Object.defineProperty(strings, 'dateWords', { get: () => { throw new Error('broken words'); } });
    expect(formatter({ strings }).formatDate(parsed('2022-02-24~'))).to.equal('2022-02-24~');
  });
});

function fillWords(template: string, date: string): string {
  return template.replace('{date}', date);
}

describe('createFormatter().compactWhen', () => {
  const table: [string, string, Partial<FormatterOptions>, string][] = [
    ['a date-time without a zone: the clock time as written', '2022-03-01T08:05+02:00', {}, '08:05 AM'],
    ['a date-time in Z', '2022-03-01T23:30Z', {}, '11:30 PM'],
    ['a date-time in a valid zone', '2022-03-01T08:05+02:00', { timeZone: 'America/New_York' }, '01:05 AM'],
    ['a date-time with an invalid zone: as written', '2022-03-01T08:05+02:00', { timeZone: 'Mars/Olympus', timeZoneValid: false }, '08:05 AM'],
    ['a date-time with zone UTC: shown as written, not shifted to UTC', '2022-03-01T08:05+02:00', { timeZone: 'UTC' }, '08:05 AM'],
    ['a date-time, en-GB', '2022-03-01T08:05+02:00', { locale: 'en-GB' }, '08:05'],
    ['a day: the date in words', '2022-02-24', {}, 'February 24, 2022'],
    ['an interval of date-times: the range in words', '2022-03-01T08:00Z/2022-03-01T10:00Z', { locale: 'en-GB' }, '1 March 2022, 08:00–10:00 UTC'],
  ];
  for (const [name, date, options, expected] of table) {
    it(name, () => same(formatter(options).compactWhen(parsed(date)), expected));
  }

  it('marks an uncertain date-time with "?"', () => {
    const e = parsed('2022-03-01T08:05Z');
    const uncertain = { ...e, when: { ...e.when, uncertain: true } };
    expect(formatter({ locale: 'en-GB' }).compactWhen(uncertain)).to.equal('08:05?');
  });
});

describe('createFormatter().number', () => {
  const table: [string, number, string][] = [
    ['en', 12345, '12,345'],
    ['uk', 12345, '12\u00a0345'],
    ['de', 1234.5, '1.234,5'],
    ['en', 0, '0'],
  ];
  for (const [locale, n, expected] of table) {
    it(`${n} in ${locale}`, () => expect(formatter({ locale }).number(n)).to.equal(expected));
  }
});

describe('createFormatter().formatRange', () => {
  const start = utc('2022-02-24T00:00Z');
  const table: [string, number, number, Partial<FormatterOptions>, string][] = [
    ['date-only: the end is exclusive', start, start + 5 * DAY, {}, 'February 24 – 28, 2022'],
    ['date-only: one day', start, start + DAY, {}, 'February 24, 2022'],
    ['date-only: an empty window shows its start', start, start, {}, 'February 24, 2022'],
    ['date-only, en-GB', start, start + 5 * DAY, { locale: 'en-GB' }, '24 – 28 February 2022'],
    ['date-only ignores time-zone', start, start + DAY, { timeZone: 'Pacific/Kiritimati' }, 'February 24, 2022'],
    ['date-times in UTC', utc('2022-02-24T06:00Z'), utc('2022-02-24T09:30Z'), { dateOnly: false }, 'Feb 24, 2022, 6:00 – 9:30 AM'],
    ['date-times in a zone', utc('2022-02-24T06:00Z'), utc('2022-02-24T09:30Z'), { dateOnly: false, timeZone: 'Asia/Tokyo' }, 'Feb 24, 2022, 3:00 – 6:30 PM'],
    ['date-times over days', utc('2022-02-24T06:00Z'), utc('2022-02-26T06:00Z'), { dateOnly: false, locale: 'en-GB' }, '24 Feb 2022, 06:00 – 26 Feb 2022, 06:00'],
  ];
  for (const [name, a, b, options, expected] of table) {
    it(name, () => same(formatter(options).formatRange(a, b), expected));
  }

  it('throws for date-times with an invalid zone, as the element does', () => {
    expect(() => formatter({ dateOnly: false, timeZone: 'Mars/Olympus', timeZoneValid: false }).formatRange(start, start + DAY)).to.throw(RangeError);
  });
});

describe('createFormatter().gapLabel', () => {
  const table: [string, number, Partial<FormatterOptions>, string][] = [
    ['three days', 3 * DAY, {}, '3 days'],
    ['one day', DAY, {}, '1 day'],
    ['half a day rounds up to one', DAY / 2, {}, '1 day'],
    ['under half a day: no label', DAY / 2 - 1, {}, ''],
    ['nothing', 0, {}, ''],
    ['in Ukrainian', 3 * DAY, { locale: 'uk' }, '3 дні'],
    // Issue 14, item 10: the largest unit that reads well, not "1,234 days" or "56,248 days".
    ['over two years, in years', 1234 * DAY, {}, '3.4 years'],
    ['154 years', 56_248 * DAY, {}, '154 years'],
    ['under two years, in months', 213 * DAY, {}, '7 months'],
    ['under two months, in days', 59 * DAY, {}, '59 days'],
    ['cosmological, in words', 4.054e9 * 365.2425 * DAY, {}, '4.1 billion years'],
  ];
  for (const [name, span, options, expected] of table) {
    it(name, () => {
      const gap = { start: utc('2022-02-24T00:00Z'), end: utc('2022-02-24T00:00Z') + span };
      expect(formatter(options).gapLabel(gap)).to.equal(expected);
    });
  }
});

describe('createFormatter().categoryLabel', () => {
  const styles = assignCategoryStyles(['military', 'cyber_ops', UNCATEGORISED, 'toString']);
  const table: [string, string, Partial<FormatterOptions>, string][] = [
    ['uncategorised', UNCATEGORISED, {}, 'Uncategorised'],
    ['uncategorised in Ukrainian', UNCATEGORISED, { strings: UK_STRINGS }, UK_STRINGS.uncategorised],
    ['a built-in category', 'military', {}, 'Military'],
    ['a built-in category in Ukrainian', 'military', { strings: UK_STRINGS }, UK_STRINGS.categoryLabels.military],
    ['an author\'s label wins', 'military', { strings: { ...EN_STRINGS, categoryLabels: { military: 'Armed forces' } } }, 'Armed forces'],
    ['another category: its style label', 'cyber_ops', {}, 'Cyber ops'],
    ['a name on Object.prototype is not a label', 'toString', {}, 'ToString'],
    ['an unknown name as it is', 'unknown-thing', {}, 'unknown-thing'],
  ];
  for (const [name, category, options, expected] of table) {
    it(name, () => expect(formatter(options).categoryLabel(category, styles)).to.equal(expected));
  }
});

describe('createFormatter().accessibleName', () => {
  it('says date, category, title and position, in the locale\'s numbers', () => {
    const e = parsed('2022-02-24', { category: 'military', title: 'Invasion begins' });
    const styles = assignCategoryStyles(['military']);
    expect(formatter().accessibleName(e, 2, 12000, styles)).to.equal('February 24, 2022, Military: Invasion begins, 3 of 12,000');
  });

  it('in Ukrainian', () => {
    const e = parsed('2022-02-24', { title: 'Початок вторгнення' });
    const styles = assignCategoryStyles([UNCATEGORISED]);
    same(formatter({ locale: 'uk', strings: UK_STRINGS }).accessibleName(e, 0, 1500, styles),
      `24 лютого 2022 р., ${UK_STRINGS.uncategorised}: Початок вторгнення, 1 з 1\u00a0500`);
  });
});
