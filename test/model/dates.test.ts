import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import {
  combineRange,
  EN_DATE_WORDS,
  formatDateRange,
  formatDateShort,
  parseDate,
  utcDay,
  type DateWords,
} from '../../src/model/dates.js';
import type { DateRange } from '../../src/model/types.js';
import { assertBounded } from '../helpers/bounded-property.js';

const DAY = 864e5;
/** ISO instants parsed by the platform: `Date.parse` of a string with `Z` is UTC for every year 0000–9999. */
const iso = (s: string) => Date.parse(s);

function ok(text: string): DateRange {
  const r = parseDate(text);
  expect(r.error, `parseDate(${JSON.stringify(text)})`).to.equal(undefined);
  return r.range!;
}

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');
const ymd = (y: number, m: number, d: number) => `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const daysIn = (y: number, m: number) => new Date(utcDay(y, m + 1, 0)).getUTCDate();

describe('utcDay', () => {
  it('gives UTC midnight, also for years 0–99 and before year 0', () => {
    expect(utcDay(2022, 2, 24)).to.equal(iso('2022-02-24T00:00:00Z'));
    expect(utcDay(44, 3, 15)).to.equal(iso('0044-03-15T00:00:00Z'));
    expect(utcDay(0, 1, 1)).to.equal(iso('0000-01-01T00:00:00Z'));
    expect(utcDay(99, 12, 31)).to.equal(iso('0099-12-31T00:00:00Z'));
    expect(utcDay(-44, 1, 1)).to.equal(iso('-000044-01-01T00:00:00Z'));
    expect(new Date(utcDay(5, 6, 7)).getUTCFullYear()).to.equal(5);
  });

  it('rolls over months and days', () => {
    expect(utcDay(2022, 13, 1)).to.equal(utcDay(2023, 1, 1));
    expect(utcDay(2024, 3, 0)).to.equal(utcDay(2024, 2, 29));
  });
});

describe('parseDate: valid forms', () => {
  const base = { approximate: false, uncertain: false, interval: false, offsetMinutes: null };
  const table: [string, Partial<DateRange> & { start: number; end: number }][] = [
    ['2022', { start: iso('2022-01-01T00:00Z'), end: iso('2023-01-01T00:00Z'), precision: 'year', endPrecision: 'year' }],
    ['2022-02', { start: iso('2022-02-01T00:00Z'), end: iso('2022-03-01T00:00Z'), precision: 'month' }],
    ['2022-12', { start: iso('2022-12-01T00:00Z'), end: iso('2023-01-01T00:00Z'), precision: 'month' }],
    ['2022-02-24', { start: iso('2022-02-24T00:00Z'), end: iso('2022-02-25T00:00Z'), precision: 'day', endPrecision: 'day', endStart: iso('2022-02-24T00:00Z') }],
    ['2024-02-29', { start: iso('2024-02-29T00:00Z'), end: iso('2024-03-01T00:00Z'), precision: 'day' }],
    ['2000-02-29', { start: iso('2000-02-29T00:00Z'), end: iso('2000-03-01T00:00Z') }],
    ['2022-12-31', { start: iso('2022-12-31T00:00Z'), end: iso('2023-01-01T00:00Z') }],
    ['0000', { start: iso('0000-01-01T00:00Z'), end: iso('0001-01-01T00:00Z'), precision: 'year' }],
    ['0044-03-15', { start: iso('0044-03-15T00:00Z'), end: iso('0044-03-16T00:00Z') }],
    ['9999-12-31', { start: iso('9999-12-31T00:00Z'), end: iso('+010000-01-01T00:00Z') }],
    ['-0044', { start: iso('-000044-01-01T00:00Z'), end: iso('-000043-01-01T00:00Z'), precision: 'year' }],
    ['-0001-12', { start: iso('-000001-12-01T00:00Z'), end: iso('0000-01-01T00:00Z'), precision: 'month' }],
    ['-0004-02-29', { start: iso('-000004-02-29T00:00Z'), end: iso('-000004-03-01T00:00Z') }],
    ['  2022-02-24\n', { start: iso('2022-02-24T00:00Z'), end: iso('2022-02-25T00:00Z') }],
    ['2022-02-24~', { start: iso('2022-02-24T00:00Z'), end: iso('2022-02-25T00:00Z'), approximate: true }],
    ['2022-02-24?', { start: iso('2022-02-24T00:00Z'), end: iso('2022-02-25T00:00Z'), uncertain: true }],
    ['2022-02-24%', { start: iso('2022-02-24T00:00Z'), end: iso('2022-02-25T00:00Z'), approximate: true, uncertain: true }],
    ['2022-02~', { start: iso('2022-02-01T00:00Z'), end: iso('2022-03-01T00:00Z'), approximate: true }],
    ['2022?', { start: iso('2022-01-01T00:00Z'), end: iso('2023-01-01T00:00Z'), uncertain: true }],
    ['2022-03-01T08:00Z', { start: iso('2022-03-01T08:00Z'), end: iso('2022-03-01T08:00Z'), precision: 'time', endPrecision: 'time', offsetMinutes: 0 }],
    ['2022-03-01T08:00+02:00', { start: iso('2022-03-01T06:00Z'), end: iso('2022-03-01T06:00Z'), precision: 'time', offsetMinutes: 120 }],
    ['2022-03-01T08:00:30-05:30', { start: iso('2022-03-01T13:30:30Z'), end: iso('2022-03-01T13:30:30Z'), offsetMinutes: -330 }],
    ['2022-03-01T08:00:30.250Z', { start: iso('2022-03-01T08:00:30.250Z'), end: iso('2022-03-01T08:00:30.250Z'), offsetMinutes: 0 }],
    // ISO fractions are decimal: .5 is half a second
    ['2022-03-01T08:00:30.5Z', { start: iso('2022-03-01T08:00:30.500Z'), end: iso('2022-03-01T08:00:30.500Z'), offsetMinutes: 0 }],
    ['2022-03-01T08:00:30.123456Z', { start: iso('2022-03-01T08:00:30.123Z'), end: iso('2022-03-01T08:00:30.123Z'), offsetMinutes: 0 }],
    ['2022-02-24T23:30-08:00', { start: iso('2022-02-25T07:30Z'), end: iso('2022-02-25T07:30Z'), offsetMinutes: -480 }],
    ['2022-02-24T00:30+14:00', { start: iso('2022-02-23T10:30Z'), offsetMinutes: 840, end: iso('2022-02-23T10:30Z') }],
    ['2022-02-24T08:00-12:00', { start: iso('2022-02-24T20:00Z'), offsetMinutes: -720, end: iso('2022-02-24T20:00Z') }],
    ['0044-03-15T12:00Z', { start: iso('0044-03-15T12:00Z'), end: iso('0044-03-15T12:00Z'), offsetMinutes: 0, precision: 'time' }],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => {
      const r = ok(text);
      const want = { ...base, ...expected };
      for (const [k, v] of Object.entries(want)) expect(r[k as keyof DateRange], k).to.equal(v);
      if (!r.interval) expect(r.endStart).to.equal(r.start);
      if (!expected.endPrecision) expect(r.endPrecision).to.equal(r.precision);
    });
  }

  it('returns exactly the DateRange fields', () => {
    expect(Object.keys(ok('2022-02-24')).sort()).to.deep.equal(
      ['approximate', 'end', 'endPrecision', 'endStart', 'interval', 'offsetMinutes', 'precision', 'start', 'uncertain'],
    );
  });
});

describe('parseDate: intervals', () => {
  it('spans from the start of the first to the end of the last', () => {
    const r = ok('2022-02-24/2022-03-01');
    expect(r).to.deep.equal({
      start: iso('2022-02-24T00:00Z'),
      end: iso('2022-03-02T00:00Z'),
      precision: 'day',
      endPrecision: 'day',
      endStart: iso('2022-03-01T00:00Z'),
      approximate: false,
      uncertain: false,
      interval: true,
      offsetMinutes: null,
    });
  });

  it('crosses year boundaries', () => {
    const r = ok('2021-12-31/2022-01-01');
    expect([r.start, r.endStart, r.end]).to.deep.equal([iso('2021-12-31T00:00Z'), iso('2022-01-01T00:00Z'), iso('2022-01-02T00:00Z')]);
    const y = ok('2021/2022');
    expect([y.start, y.end, y.precision, y.endPrecision]).to.deep.equal([iso('2021-01-01T00:00Z'), iso('2023-01-01T00:00Z'), 'year', 'year']);
    const bc = ok('-0044/0014');
    expect([bc.start, bc.end]).to.deep.equal([iso('-000044-01-01T00:00Z'), iso('0015-01-01T00:00Z')]);
  });

  it('keeps the coarser precision in precision and the end’s in endPrecision', () => {
    const a = ok('2022-02-24/2022-03');
    expect([a.precision, a.endPrecision, a.end]).to.deep.equal(['month', 'month', iso('2022-04-01T00:00Z')]);
    const b = ok('2022/2022-02-24');
    expect([b.precision, b.endPrecision, b.endStart, b.end]).to.deep.equal(['year', 'day', iso('2022-02-24T00:00Z'), iso('2022-02-25T00:00Z')]);
  });

  it('carries qualifiers of either side', () => {
    expect(ok('2022-02-24~/2022-03-01')).to.include({ approximate: true, uncertain: false, interval: true });
    expect(ok('2022-02-24/2022-03-01?')).to.include({ approximate: false, uncertain: true });
    expect(ok('2022-02-24%/2022-03-01')).to.include({ approximate: true, uncertain: true });
  });

  it('takes date-times, with the first offset written', () => {
    const r = ok('2022-02-24T08:00+02:00/2022-02-24T09:30+02:00');
    expect([r.start, r.end, r.endStart, r.offsetMinutes, r.precision]).to.deep.equal([
      iso('2022-02-24T06:00Z'),
      iso('2022-02-24T07:30Z'),
      iso('2022-02-24T07:30Z'),
      120,
      'time',
    ]);
    expect(ok('2022-02-24/2022-02-25T12:00Z').offsetMinutes).to.equal(0);
  });

  it('accepts an end that begins with the start, and whitespace around the slash', () => {
    expect(ok('2022-02-24/2022-02-24').end).to.equal(iso('2022-02-25T00:00Z'));
    expect(ok('2022/2022-01').end).to.equal(iso('2022-02-01T00:00Z'));
    expect(ok(' 2022-02-24 / 2022-03-01 ').end).to.equal(iso('2022-03-02T00:00Z'));
  });
});

describe('parseDate: errors', () => {
  const USE = ': use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-02-24)';
  const table: [unknown, string][] = [
    ['2022-02-30', '"2022-02-30" is not a real day (February 2022 has 28 days)'],
    ['2023-02-29', '"2023-02-29" is not a real day (February 2023 has 28 days)'],
    ['1900-02-29', '"1900-02-29" is not a real day (February 1900 has 28 days)'],
    ['2022-04-31', '"2022-04-31" is not a real day (April 2022 has 30 days)'],
    ['2022-01-32', '"2022-01-32" is not a real day (January 2022 has 31 days)'],
    ['2022-02-00', '"2022-02-00" is not a real day (February 2022 has 28 days)'],
    ['2022-13-01', '"2022-13-01" has no month 13'],
    ['2022-00', '"2022-00" has no month 0'],
    ['yesterday', `"yesterday" is not a date${USE}`],
    ['', `the date is empty${USE}`],
    ['   ', `the date is empty${USE}`],
    ['22-02-24', `"22-02-24" is not a date${USE}`],
    ['2022-2-24', `"2022-2-24" is not a date${USE}`],
    ['24/02/2022', `"24/02/2022" is not a date${USE}`],
    ['24.02.2022/2022-03-01', `"24.02.2022" is not a date${USE}`],
    ['2022/2023/2024', `"2022/2023/2024" is not a date${USE}`],
    ['-0000', `"-0000" is not a date${USE}`],
    ['12022', `"12022" is not a date${USE}`],
    ['2022-02-24~?', `"2022-02-24~?" is not a date${USE}`],
    ['?2022-02-24', `"?2022-02-24" is not a date${USE}`],
    ['2022-21', '"2022-21" has no month 21'],
    ['2022-02-24 08:00Z', `"2022-02-24 08:00Z" is not a date${USE}`],
    ['2022-02-24T08:00', '"2022-02-24T08:00" has no time zone offset; add Z or +02:00'],
    ['2022-02-24T08:00:00.000', '"2022-02-24T08:00:00.000" has no time zone offset; add Z or +02:00'],
    ['2022-02-24T08:00Z~', '"2022-02-24T08:00Z~": ~, ? and % can only follow a date, not a time'],
    ['2022-02-24T24:00Z', '"2022-02-24T24:00Z" is not a real time of day'],
    ['2022-02-24T08:60Z', '"2022-02-24T08:60Z" is not a real time of day'],
    ['2022-02-24T08:00:60Z', '"2022-02-24T08:00:60Z" is not a real time of day'],
    ['2022-02-24T08:00+14:30', '"2022-02-24T08:00+14:30" has an impossible time zone offset (use Z or -12:00 to +14:00)'],
    ['2022-02-24T08:00-12:30', '"2022-02-24T08:00-12:30" has an impossible time zone offset (use Z or -12:00 to +14:00)'],
    ['2022-02-24T08:00+02:60', '"2022-02-24T08:00+02:60" has an impossible time zone offset (use Z or -12:00 to +14:00)'],
    ['2022-02-24T08:00-00:00', '"2022-02-24T08:00-00:00" has an impossible time zone offset (use Z or -12:00 to +14:00)'],
    ['2022-02-30T08:00Z', '"2022-02-30T08:00Z" is not a real day (February 2022 has 28 days)'],
    ['2022-03-02/2022-02-24', 'interval "2022-03-02/2022-02-24" ends before it starts'],
    ['2022-02/2022', 'interval "2022-02/2022" ends before it starts'],
    ['2022-02-24T08:00Z/2022-02-24T07:00Z', 'interval "2022-02-24T08:00Z/2022-02-24T07:00Z" ends before it starts'],
    ['2022-02-24T08:00Z/2022-02-24T08:00Z', 'interval "2022-02-24T08:00Z/2022-02-24T08:00Z" ends when it starts'],
    ['2022-02-24/..', 'interval "2022-02-24/.." has an open end; give both a start and an end date'],
    ['../2022-02-24', 'interval "../2022-02-24" has an open end; give both a start and an end date'],
    ['2022-02-24/', 'interval "2022-02-24/" has an open end; give both a start and an end date'],
    ['/2022-02-24', 'interval "/2022-02-24" has an open end; give both a start and an end date'],
    ['2022-02-30/2022-03-01', '"2022-02-30" is not a real day (February 2022 has 28 days)'],
    ['2022-02-24/2022-13', '"2022-13" has no month 13'],
    ['x'.repeat(1000), `"${'x'.repeat(40)}…" is not a date${USE}`],
    [undefined, 'a date must be text such as "2022-02-24", not undefined'],
    [null, 'a date must be text such as "2022-02-24", not null'],
    [20220224, 'a date must be text such as "2022-02-24", not number'],
    [new Date(0), 'a date must be text such as "2022-02-24", not object'],
    [['2022'], 'a date must be text such as "2022-02-24", not object'],
  ];
  for (const [input, message] of table) {
    it(typeof input === 'string' ? JSON.stringify(input.length > 50 ? input.slice(0, 50) + '…' : input) : String(input), () => {
      const r = parseDate(input as string);
      expect(r.range).to.equal(undefined);
      expect(r.error).to.equal(message);
    });
  }

  it('never throws on hostile values', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostile: unknown[] = [
      Symbol('d'),
      10n,
      () => '2022',
      revoked.proxy,
      { toString: () => { throw new Error('no'); } },
      Object.create(null),
      new String('2022'),
      '\uD800',
      '2022-02-24\u0000',
    ];
    for (const v of hostile) expect(() => parseDate(v as string)).not.to.throw();
    expect(parseDate('\uD800').error).to.equal('"\\ud800" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-02-24)');
  });
});

describe('combineRange', () => {
  it('spans from the start of the date to the end of the end', () => {
    const r = combineRange(ok('2022-02-24'), ok('2022-03'));
    expect(r).to.deep.equal({
      start: iso('2022-02-24T00:00Z'),
      end: iso('2022-04-01T00:00Z'),
      precision: 'month',
      endPrecision: 'month',
      endStart: iso('2022-03-01T00:00Z'),
      approximate: false,
      uncertain: false,
      interval: true,
      offsetMinutes: null,
    });
  });

  it('keeps qualifiers and offsets', () => {
    const r = combineRange(ok('2022-02-24T05:00+03:00'), ok('2022-02-25?')) as DateRange;
    expect(r).to.include({ uncertain: true, approximate: false, offsetMinutes: 180, precision: 'day', endPrecision: 'day' });
    expect(combineRange(ok('2022-02-24~'), ok('2022-02-25'))).to.include({ approximate: true });
  });

  it('uses the end of an interval given as end', () => {
    const r = combineRange(ok('2022-02-24'), ok('2022-03-01/2022-03-05')) as DateRange;
    expect([r.end, r.endStart]).to.deep.equal([iso('2022-03-06T00:00Z'), iso('2022-03-05T00:00Z')]);
  });

  it('explains an end before the start', () => {
    expect(combineRange(ok('2022-03-02'), ok('2022-02-24'))).to.equal(
      'the end (24 February 2022) is not after the start (2 March 2022)',
    );
    expect(combineRange(ok('2022-03-01T08:00Z'), ok('2022-03-01T08:00Z'))).to.be.a('string');
  });
});

describe('formatDateRange and formatDateShort', () => {
  const long = (s: string, locale = 'en-GB', options?: Parameters<typeof formatDateRange>[2]) => formatDateRange(ok(s), locale, options);
  const short = (s: string, locale = 'en-GB', options?: Parameters<typeof formatDateShort>[2]) => formatDateShort(ok(s), locale, options);
  /** Intl's own range text, so the tests do not hard-code a browser's dash and spacing. */
  const intlRange = (a: number, b: number, o: Intl.DateTimeFormatOptions, locale = 'en-GB') =>
    new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).formatRange(a, b);
  const DMY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

  it('formats each precision', () => {
    expect(long('2022-02-24')).to.equal('24 February 2022');
    expect(long('2022-02-24', 'en-US')).to.equal('February 24, 2022');
    expect(long('2022-02')).to.equal('February 2022');
    expect(long('2022')).to.equal('2022');
    expect(short('2022-02-24')).to.equal('24 Feb 2022');
    expect(short('2022-02')).to.equal('Feb 2022');
    expect(short('2022')).to.equal('2022');
  });

  it('uses whatever Intl gives in other locales', () => {
    for (const locale of ['de', 'fr', 'uk', 'ar-EG', 'ja', 'he']) {
      expect(long('2022-02-24', locale)).to.equal(new Intl.DateTimeFormat(locale, { ...DMY, timeZone: 'UTC' }).format(iso('2022-02-24T00:00Z')));
    }
  });

  it('formats date-times with the offset as written', () => {
    expect(long('2022-03-01T08:00+02:00')).to.equal('1 March 2022, 08:00 UTC+2');
    expect(long('2022-03-01T08:00Z')).to.equal('1 March 2022, 08:00 UTC');
    expect(long('2022-03-01T08:00+05:30')).to.equal('1 March 2022, 08:00 UTC+5:30');
    expect(long('2022-02-24T23:30-08:00')).to.equal('24 February 2022, 23:30 UTC-8');
    expect(short('2022-03-01T08:00+02:00')).to.equal('1 Mar 2022, 08:00');
  });

  it('formats date-times in a named zone when asked', () => {
    expect(long('2022-03-01T08:00+02:00', 'en-GB', { timeZone: 'Asia/Tokyo' })).to.match(/^1 March 2022, 15:00 (JST|GMT\+9|UTC\+9)$/);
    expect(long('2022-02-24T23:30-08:00', 'en-GB', { timeZone: 'Europe/Kyiv' })).to.match(/^25 February 2022, 09:30 (EET|GMT\+2)$/);
    expect(short('2022-03-01T08:00+02:00', 'en-GB', { timeZone: 'Asia/Tokyo' })).to.equal('1 Mar 2022, 15:00');
    // date-only values are calendar days: a zone never moves them
    expect(long('2022-02-24', 'en-GB', { timeZone: 'Pacific/Kiritimati' })).to.equal('24 February 2022');
    // an unknown zone falls back to the written offset
    expect(long('2022-03-01T08:00+02:00', 'en-GB', { timeZone: 'Nowhere/Atlantis' })).to.equal('1 March 2022, 08:00 UTC+2');
  });

  it('formats intervals as ranges that share parts', () => {
    expect(long('2022-02-28/2022-03-01')).to.equal(intlRange(iso('2022-02-28T00:00Z'), iso('2022-03-01T00:00Z'), DMY));
    expect(long('2022-02-28/2022-03-01')).to.match(/^28 February\s?–\s?1 March 2022$/);
    expect(short('2022-02-28/2022-03-01')).to.match(/^28 Feb\s?–\s?1 Mar 2022$/);
    expect(long('2021-12-31/2022-01-01')).to.match(/^31 December 2021\s?–\s?1 January 2022$/);
    expect(long('2022-02/2022-04')).to.match(/^February\s?–\s?April 2022$/);
    expect(long('2021/2022')).to.match(/^2021\s?–\s?2022$/);
    expect(long('2022-02-24/2022-02-24')).to.equal('24 February 2022');
    expect(long('2022-02-24/2022-03')).to.equal('24 February 2022 – March 2022');
    expect(long('2022/2022-02-24')).to.equal('2022 – 24 February 2022');
  });

  it('formats date-time intervals', () => {
    expect(long('2022-02-24T08:00+02:00/2022-02-24T09:30+02:00')).to.match(/^24 February 2022, 08:00\s?–\s?09:30 UTC\+2$/);
    expect(long('2022-02-24T08:00Z/2022-02-25T09:00Z')).to.equal('24 February 2022, 08:00 UTC – 25 February 2022, 09:00 UTC');
    expect(long('2022-02-24T08:00Z/2022-02-26')).to.equal('24 February 2022, 08:00 UTC – 26 February 2022');
    expect(short('2022-02-24T08:00Z/2022-02-24T09:00Z')).to.match(/^24 Feb 2022, 08:00\s?–\s?09:00$/);
  });

  it('shows the start of an interval at the precision it was written with', () => {
    // `precision` holds the coarser end; the formatter recovers a finer start from its alignment
    expect(long('2022-02-24/2022-03-01')).to.match(/^24 February\s?–\s?1 March 2022$/);
    expect(long('2022-02-24T06:00Z/2022-02-26')).to.equal('24 February 2022, 06:00 UTC – 26 February 2022');
    expect(formatDateRange(combineRange(ok('2022-02-24'), ok('2022-03')) as DateRange, 'en-GB')).to.equal('24 February 2022 – March 2022');
  });

  it('words approximate and uncertain dates', () => {
    expect(long('2022-03-02~')).to.equal('around 2 March 2022');
    expect(long('2022-02-28?')).to.equal('28 February 2022 (uncertain)');
    expect(long('2022-02-28%')).to.equal('around 28 February 2022 (uncertain)');
    expect(long('2022-02-28~/2022-03-01')).to.match(/^around 28 February\s?–\s?1 March 2022$/);
    expect(short('2022-03-02~')).to.equal('~2 Mar 2022');
    expect(short('2022-02-28?')).to.equal('28 Feb 2022?');
    expect(short('2022-02-28%')).to.equal('~28 Feb 2022?');
  });

  it('takes other words, with $ patterns left alone', () => {
    const fr: DateWords = { approximate: 'vers le {date}', uncertain: '{date} (incertain)', approximateUncertain: 'vers le {date} (incertain)' };
    expect(long('2022-03-02~', 'fr', { words: fr })).to.equal('vers le 2 mars 2022');
    expect(long('2022-03-02?', 'fr', { words: fr })).to.equal('2 mars 2022 (incertain)');
    expect(EN_DATE_WORDS).to.deep.equal({ approximate: 'around {date}', uncertain: '{date} (uncertain)', approximateUncertain: 'around {date} (uncertain)' });
  });

  it('gives years up to 0 an era', () => {
    expect(long('-0044')).to.equal('45 BC'); // ISO/EDTF year -44 is 45 BC: year 0000 is 1 BC
    expect(long('-0043-03-15')).to.equal('15 March 44 BC');
    expect(long('0000')).to.equal('1 BC');
    expect(long('-0044/0014')).to.match(/^45 BC\s?–\s?14 AD$/);
    expect(long('0044')).to.equal('44');
  });

  it('survives bad locales and corrupt ranges', () => {
    expect(long('2022-02-24', 'not a locale!!')).to.be.a('string').and.not.equal('');
    expect(formatDateRange({ ...ok('2022-02-24'), start: NaN }, 'en-GB')).to.equal('');
  });
});

describe('properties', () => {
  const year = fc.integer({ min: -9999, max: 9999 });
  const validDay = year.chain((y) =>
    fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => [y, m, d] as const)),
  );
  const qualifier = fc.constantFrom('', '~', '?', '%');
  const offset = fc.oneof(
    fc.constant('Z'),
    fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 11 }), fc.constantFrom(0, 15, 30, 45)).map(
      ([s, h, m]) => (s === '-' && !h && !m ? 'Z' : `${s}${pad(h, 2)}:${pad(m, 2)}`), // -00:00 is not an offset
    ),
  );
  /** Any valid single value of the supported subset. */
  const validText = fc.oneof(
    fc.tuple(validDay, qualifier).map(([[y, m, d], q]) => ymd(y, m, d) + q),
    fc.tuple(validDay, qualifier).map(([[y, m], q]) => ymd(y, m, 1).slice(0, -3) + q),
    fc.tuple(year, qualifier).map(([y, q]) => ymd(y, 1, 1).slice(0, -6) + q),
    fc.tuple(validDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), offset).map(
      ([[y, m, d], h, mi, o]) => `${ymd(y, m, d)}T${pad(h, 2)}:${pad(mi, 2)}${o}`,
    ),
  );

  // Bounded, not timed: a fifth of the cases always run, the rest while a budget lasts (see assertBounded).
  it('parseDate never throws, for any string or value', function () {
    assertBounded(this, fc.property(fc.string({ unit: 'binary' }), (s) => void parseDate(s)), { minRuns: 400, numRuns: 2000 });
    assertBounded(this, fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), (v) => void parseDate(v as string)), { minRuns: 200, numRuns: 1000 });
    // strings close to the grammar reach the deeper checks
    const near = fc.stringMatching(/^-?\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,4})?)?([+-]\d\d:\d\d|Z)?)?)?)?[~?%]?(\/.*)?$/);
    assertBounded(this, fc.property(near, (s) => {
      const r = parseDate(s);
      expect(typeof r.error === 'string' || typeof r.range === 'object').to.equal(true);
    }), { minRuns: 600, numRuns: 3000 });
  });

  it('every valid YYYY-MM-DD round-trips to its UTC day', () => {
    fc.assert(
      fc.property(validDay, ([y, m, d]) => {
        const r = ok(ymd(y, m, d));
        expect(r.start).to.equal(utcDay(y, m, d));
        expect(r.end).to.equal(utcDay(y, m, d + 1));
        expect(r.end - r.start).to.equal(DAY);
        const back = new Date(r.start);
        expect([back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()]).to.deep.equal([y, m, d]);
      }),
      { numRuns: 2000 },
    );
  });

  it('day 29–31 is valid exactly when the month has it', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (y, m, d) => {
        const r = parseDate(ymd(y, m, d));
        expect(!r.error, ymd(y, m, d)).to.equal(d <= daysIn(y, m));
      }),
    );
  });

  it('valid intervals have start < end and cover both sides', () => {
    fc.assert(
      fc.property(validText, validText, (x, y) => {
        const a = ok(x),
          b = ok(y);
        const r = parseDate(`${x}/${y}`);
        if (b.start < a.start || b.end <= a.start) {
          expect(r.error).to.be.a('string');
          return;
        }
        const i = r.range!;
        expect(i.start).to.be.below(i.end);
        expect(i.start).to.equal(a.start);
        expect(i.end).to.equal(b.end);
        expect(i.endStart).to.equal(b.start);
        expect(i.interval).to.equal(true);
        expect(i.approximate).to.equal(a.approximate || b.approximate);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatting never throws and always says something', () => {
    const locale = fc.constantFrom('en-GB', 'en-US', 'de', 'uk', 'ar', 'ja', 'zz', 'not a locale!!');
    const zone = fc.constantFrom(undefined, 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Bad/Zone');
    const text = fc.oneof(validText, fc.tuple(validText, validText).map(([a, b]) => `${a}/${b}`));
    fc.assert(
      fc.property(text, locale, zone, (t, l, z) => {
        const r = parseDate(t);
        if (!r.range) return;
        const a = formatDateRange(r.range, l, { timeZone: z });
        const b = formatDateShort(r.range, l, { timeZone: z });
        expect(a).to.be.a('string').and.not.equal('');
        expect(b).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('speed', () => {
  it('parses 100,000 plain dates quickly', function () {
    this.timeout(20000);
    const texts = Array.from({ length: 1000 }, (_, i) => ymd(1900 + (i % 200), 1 + (i % 12), 1 + (i % 28)));
    let sink = 0;
    for (let i = 0; i < 100_000; i++) sink += parseDate(texts[i % 1000]).range!.start; // warm-up
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      for (let i = 0; i < 100_000; i++) sink += parseDate(texts[i % 1000]).range!.start;
      runs.push(performance.now() - t0);
    }
    const mixed = ['2022', '2022-02', '2022-02-24~', '2022-03-01T08:00+02:00', '2022-02-24/2022-03-01'];
    const t1 = performance.now();
    for (let i = 0; i < 100_000; i++) sink += parseDate(mixed[i % 5]).range!.start;
    const mixedMs = performance.now() - t1;
    const best = Math.min(...runs);
    console.log(`parseDate: 100,000 YYYY-MM-DD in ${best.toFixed(1)} ms (best of 5; runs ${runs.map((r) => r.toFixed(1)).join(', ')}), 100,000 mixed forms in ${mixedMs.toFixed(1)} ms`);
    expect(sink).to.not.equal(0);
    // An ordering, not a wall clock (a busy machine took 102 ms beside two busy loops): the plain form's own path
    // reads 100,000 dates faster than the regex reads the other forms, whatever the machine's speed.
    expect(best).to.be.below(mixedMs);
  });
});

describe('parseDate: the regex-free path for the usual date-times', () => {
  it('reads YYYY-MM-DDTHH:MMZ and YYYY-MM-DDTHH:MM:SSZ exactly as the same time written +00:00 (fast-check)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), two(14), two(33), two(26), two(62), fc.option(two(62)), (year, month, day, hour, minute, second) => {
        const base = `${String(year).padStart(4, '0')}-${month}-${day}T${hour}:${minute}${second === null ? '' : `:${second}`}`;
        const fast = parseDate(`${base}Z`);
        const regex = parseDate(`${base}+00:00`);
        expect(fast.range, base).to.deep.equal(regex.range);
        expect(fast.error?.replace(`${base}Z`, '…'), base).to.equal(regex.error?.replace(`${base}+00:00`, '…'));
      }),
      { numRuns: 2000 },
    );
  });
});
