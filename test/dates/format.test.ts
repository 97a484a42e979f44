/**
 * Calendar dates must read the same in every time zone. This folder is re-run with the browser in
 * America/Los_Angeles, Asia/Tokyo, Europe/Kyiv, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11):
 * nothing here may depend on the zone the reader is in.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { formatDateRange, formatDateShort, parseDate } from '../../src/model/dates.js';
import type { DateRange } from '../../src/model/types.js';

function ok(text: string): DateRange {
  const r = parseDate(text);
  expect(r.error, `parseDate(${JSON.stringify(text)})`).to.equal(undefined);
  return r.range!;
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`calendar dates in the browser's zone (${zone})`, () => {
  it('2022-02-24 is 24 February everywhere', () => {
    expect(formatDateRange(ok('2022-02-24'), 'en-GB')).to.equal('24 February 2022');
    expect(formatDateRange(ok('2022-02-24'), 'en-US')).to.equal('February 24, 2022');
    expect(formatDateShort(ok('2022-02-24'), 'en-GB')).to.equal('24 Feb 2022');
  });

  it('months and years do not slip into their neighbours', () => {
    expect(formatDateRange(ok('2022-03'), 'en-GB')).to.equal('March 2022');
    expect(formatDateRange(ok('2022-03'), 'en-US')).to.equal('March 2022');
    expect(formatDateRange(ok('2022-01'), 'en-GB')).to.equal('January 2022');
    expect(formatDateRange(ok('2022'), 'en-GB')).to.equal('2022');
    expect(formatDateRange(ok('2022-12-31'), 'en-GB')).to.equal('31 December 2022');
    expect(formatDateRange(ok('2022-01-01'), 'en-GB')).to.equal('1 January 2022');
  });

  it('first and last days of months and years', () => {
    for (const [text, shown] of [
      ['2021-12-31', '31 December 2021'],
      ['2022-01-01', '1 January 2022'],
      ['2022-02-28', '28 February 2022'],
      ['2022-03-01', '1 March 2022'],
      ['2024-02-29', '29 February 2024'],
      ['0044-03-15', '15 March 44'],
      ['1900-01-01', '1 January 1900'],
    ]) {
      expect(formatDateRange(ok(text), 'en-GB'), text).to.equal(shown);
    }
  });

  it('intervals show their written days', () => {
    expect(formatDateRange(ok('2022-02-28/2022-03-01'), 'en-GB')).to.match(/^28 February\s?–\s?1 March 2022$/);
    expect(formatDateRange(ok('2021-12-31/2022-01-01'), 'en-GB')).to.match(/^31 December 2021\s?–\s?1 January 2022$/);
  });

  it('date-times show the offset they were written with, not the browser’s', () => {
    expect(formatDateRange(ok('2022-03-01T08:00+02:00'), 'en-GB')).to.equal('1 March 2022, 08:00 UTC+2');
    expect(formatDateRange(ok('2022-02-24T23:30-08:00'), 'en-GB')).to.equal('24 February 2022, 23:30 UTC-8');
    expect(formatDateRange(ok('2022-02-24T00:30+14:00'), 'en-GB')).to.equal('24 February 2022, 00:30 UTC+14');
    expect(formatDateRange(ok('2022-02-24T04:00Z'), 'en-GB')).to.equal('24 February 2022, 04:00 UTC');
    expect(formatDateShort(ok('2022-02-24T23:30-08:00'), 'en-GB')).to.equal('24 Feb 2022, 23:30');
  });

  it('a named zone is used only when asked for', () => {
    expect(formatDateRange(ok('2022-02-24T04:00Z'), 'en-GB', { timeZone: 'Europe/Kyiv' })).to.match(/^24 February 2022, 06:00 (EET|GMT\+2)$/);
    expect(formatDateRange(ok('2022-02-24T04:00Z'), 'en-GB', { timeZone: 'America/Los_Angeles' })).to.match(/^23 February 2022, 20:00 (PST|GMT-8)$/);
  });

  it('parsing does not depend on the zone', () => {
    expect(ok('2022-02-24').start).to.equal(Date.parse('2022-02-24T00:00:00Z'));
    expect(ok('2022-02-24T08:00+02:00').start).to.equal(Date.parse('2022-02-24T06:00:00Z'));
    expect(ok('2022').end).to.equal(Date.parse('2023-01-01T00:00:00Z'));
  });
});

describe(`ordering by start matches calendar order (${zone})`, () => {
  /** In calendar order of the instant each begins; ties broken by end. Comments give the UTC start. */
  const ordered = [
    '2021-12-31', //                        2021-12-31 00:00
    '2022-01-01T00:30+01:00', //             2021-12-31 23:30
    '2022-01-01', //                         2022-01-01 00:00, ends 01-02 (ties are broken by end, shorter first)
    '2022', //                               2022-01-01 00:00, ends 2023
    '2022-01-01T00:30Z', //                  2022-01-01 00:30
    '2022-02', //                            2022-02-01 00:00
    '2022-02-24T08:00+14:00', //             2022-02-23 18:00: Kiritimati's morning is the day before in UTC
    '2022-02-24', //                         2022-02-24 00:00
    '2022-02-24T22:00Z', //                  2022-02-24 22:00
    '2022-02-25T00:30+02:00', //             2022-02-24 22:30
    '2022-02-25T00:00Z', //                  2022-02-25 00:00, instant
    '2022-02-25', //                         2022-02-25 00:00, whole day
    '2022-02-24T23:30-08:00', //             2022-02-25 07:30: Los Angeles' late evening is the next UTC morning
    '2022-02-25T08:00Z', //                  2022-02-25 08:00
    '2022-02-28/2022-03-01', //              2022-02-28 00:00
    '2022-03', //                            2022-03-01 00:00
  ];
  const byStartThenEnd = (a: DateRange, b: DateRange) => a.start - b.start || a.end - b.end;

  it('for every shuffle', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ordered, { minLength: ordered.length }), (shuffled) => {
        const sorted = shuffled
          .map((text) => ({ text, range: ok(text) }))
          .sort((a, b) => byStartThenEnd(a.range, b.range))
          .map((x) => x.text);
        expect(sorted).to.deep.equal(ordered);
      }),
      { numRuns: 200 },
    );
  });

  it('across the year boundary', () => {
    expect(ok('2021-12-31').start).to.be.below(ok('2022-01-01').start);
    expect(ok('2021-12-31').end).to.equal(ok('2022-01-01').start);
    expect(ok('2021-12-31T23:59:59.999Z').start).to.be.below(ok('2022-01-01').start);
    expect(ok('2022-01-01T00:00+00:30').start).to.be.below(ok('2022-01-01').start);
  });

  it('near midnight with offsets', () => {
    expect(ok('2022-02-24T23:30-08:00').start).to.be.above(ok('2022-02-25T00:00Z').start);
    expect(ok('2022-02-24T08:00+14:00').start).to.be.below(ok('2022-02-24').start);
  });
});
