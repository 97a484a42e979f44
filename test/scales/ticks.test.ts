import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { createTimeScale, fitDomain, polylinearScale } from '../../src/scales/time.js';
import { computeTicks, type Tick } from '../../src/scales/ticks.js';

const SEED = 42;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const u = (s: string) => Date.parse(s);
const linear = (from: string, to: string, width: number) => polylinearScale([u(from), u(to)], [0, width]);
const labels = (ticks: Tick[]) => ticks.map((t) => t.label);
/** Some engines put a comma after the weekday ("Mon, 28 Feb"). */
const plain = (label: string) => label.replace(',', '');
/** Two-day ticks fall on the 1st, 3rd, … of each month, so the 31st and the 1st are one day apart and may share a shade. */
const isTwoDayStepAcrossMonthEnd = (ticks: Tick[], i: number) => ticks[i].value - ticks[i - 1].value < 2 * DAY - 1 && new Date(ticks[i].value).getUTCDate() === 1;

describe('computeTicks', () => {
  it('computeTicks(x) gives more ticks to a wider axis, about one per 84 px', () => {
    const spans: [string, string, boolean][] = [
      ['2022-01-01T00:00Z', '2023-01-01T00:00Z', false],
      ['2022-02-20T00:00Z', '2022-03-06T00:00Z', true],
      ['2022-02-24T00:00Z', '2022-02-26T00:00Z', false],
      ['1900-01-01T00:00Z', '2000-01-01T00:00Z', false],
    ];
    for (const [from, to, dateOnly] of spans) {
      let previous = 0;
      for (const width of [150, 300, 600, 1200, 2400]) {
        const ticks = computeTicks(linear(from, to, width), { locale: 'en-GB', dateOnly });
        const what = `${from}–${to} at ${width}px: ${ticks.length}`;
        expect(ticks.length, what).to.be.at.least(previous);
        // Labels get their room (months vary in length, and 2-day ticks may take 80% of it) …
        expect(ticks.length, what).to.be.at.most(Math.ceil(width / (84 * 0.75)) + 1);
        // … and the axis is never much sparser than that, unless the data allow no finer step.
        if (!(dateOnly && ticks.length >= (u(to) - u(from)) / DAY)) expect(ticks.length, what).to.be.at.least(Math.floor(width / (84 * 5)));
        for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x, what).to.be.at.least(84 * 0.75 - 1e-6);
        previous = ticks.length;
      }
    }
    expect(computeTicks(linear('2022-01-01T00:00Z', '2023-01-01T00:00Z', 1200), { locale: 'en-GB', spacing: 200 }).length).to.be.below(
      computeTicks(linear('2022-01-01T00:00Z', '2023-01-01T00:00Z', 1200), { locale: 'en-GB' }).length,
    );
  });

  it('computeTicks(x, {dateOnly}) never puts ticks inside a day', () => {
    const arbitrary = fc.record({
      start: fc.integer({ min: 0, max: 400 * 24 }),
      hours: fc.integer({ min: 1, max: 60 * 24 }),
      width: fc.integer({ min: 120, max: 6000 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ start, hours, width }) => {
        const d0 = u('2022-01-01T00:00Z') + start * HOUR;
        const ticks = computeTicks(polylinearScale([d0, d0 + hours * HOUR], [0, width]), { locale: 'en-GB', dateOnly: true });
        for (const t of ticks) expect(t.value % DAY, new Date(t.value).toISOString()).to.equal(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The same window of date-times does get hours.
    const x = linear('2022-02-24T00:00Z', '2022-02-26T00:00Z', 2000);
    expect(computeTicks(x, { locale: 'en-GB' }).some((t) => t.value % DAY !== 0)).to.equal(true);
    expect(computeTicks(x, { locale: 'en-GB', dateOnly: true }).every((t) => t.value % DAY === 0)).to.equal(true);
  });

  it('computeTicks(x) names the month where it changes: "28 Feb", "1 Mar"', () => {
    const ticks = computeTicks(linear('2022-02-28T00:00Z', '2022-03-07T00:00Z', 700), { locale: 'en-GB', dateOnly: true });
    expect(labels(ticks)).to.deep.equal(['28 Feb', '1 Mar', '2', '3', '4', '5', '6', '7']);
    expect(ticks.map((t) => t.major)).to.deep.equal([true, true, false, false, false, false, false, false]);
    const wider = computeTicks(linear('2022-02-20T00:00Z', '2022-03-06T00:00Z', 1200), { locale: 'en-GB', dateOnly: true });
    expect(labels(wider).slice(0, 2)).to.deep.equal(['20 Feb', '21']);
    expect(labels(wider).slice(8, 11)).to.deep.equal(['28', '1 Mar', '2']);
    // Months name the year where it changes.
    const months = computeTicks(linear('2021-10-01T00:00Z', '2022-04-01T00:00Z', 1000), { locale: 'en-GB', dateOnly: true });
    // April begins on the window's last instant: its line is drawn, but it has no room for a label.
    expect(labels(months)).to.deep.equal(['Oct 2021', 'Nov', 'Dec', 'Jan 2022', 'Feb', 'Mar', '']);
    expect(months.filter((t) => t.major).map((t) => t.label)).to.deep.equal(['Oct 2021', 'Jan 2022']);
  });

  it('computeTicks(x) uses weekday labels centred in their day when days are wide', () => {
    const x = linear('2022-02-24T00:00Z', '2022-03-03T00:00Z', 1400);
    const ticks = computeTicks(x, { locale: 'en-GB', dateOnly: true });
    expect(labels(ticks).map(plain).slice(0, 6)).to.deep.equal(['Thu 24 Feb', 'Fri 25 Feb', 'Sat 26 Feb', 'Sun 27 Feb', 'Mon 28 Feb', 'Tue 1 Mar']);
    for (const t of ticks.filter((t) => t.label)) expect(t.labelX).to.be.closeTo((x(t.value) + x(t.value + DAY)) / 2, 1e-6);
  });

  it('computeTicks(x) centres a label in its own day, month or year when ticks skip some', () => {
    // 2-day ticks, wide enough to centre: "Mon 21 Feb" belongs over Monday, not over Monday and Tuesday.
    const x = linear('2022-02-20T00:00Z', '2022-03-05T00:00Z', 800);
    const ticks = computeTicks(x, { locale: 'en-GB', dateOnly: true });
    expect(ticks[1].value - ticks[0].value).to.equal(2 * DAY);
    const shown = ticks.filter((t) => t.label);
    expect(shown.length).to.be.at.least(5);
    for (const t of shown) {
      expect(t.labelX, t.label).to.be.closeTo((x(t.value) + x(t.value + DAY)) / 2, 1e-6);
      expect(plain(t.label)).to.match(new RegExp(` ${new Date(t.value).getUTCDate()} `));
    }
    // Quarterly ticks centre "Apr" over April.
    const q = linear('2020-01-01T00:00Z', '2023-01-01T00:00Z', 1100);
    const quarters = computeTicks(q, { locale: 'en-GB', dateOnly: true });
    expect(quarters[1].value - quarters[0].value).to.be.above(80 * DAY);
    for (const t of quarters.filter((t) => t.label && t.labelX !== t.x)) {
      const d = new Date(t.value);
      const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      expect(t.labelX, t.label).to.be.closeTo((q(t.value) + q(monthEnd)) / 2, 1e-6);
    }
  });

  it('computeTicks(x) centres month labels in their month', () => {
    const x = linear('2022-01-01T00:00Z', '2023-01-01T00:00Z', 3000);
    const ticks = computeTicks(x, { locale: 'en-GB', dateOnly: true });
    expect(labels(ticks).slice(0, 3)).to.deep.equal(['Jan 2022', 'Feb', 'Mar']);
    expect(ticks[1].labelX).to.be.closeTo((x(u('2022-02-01T00:00Z')) + x(u('2022-03-01T00:00Z'))) / 2, 1e-6);
    // A period cut by the window's edge to under half its width is left unlabelled.
    const cut = computeTicks(linear('2022-01-01T00:00Z', '2022-06-10T00:00Z', 1000), { locale: 'en-GB', dateOnly: true });
    expect(labels(cut)).to.deep.equal(['Jan 2022', 'Feb', 'Mar', 'Apr', 'May', '']);
  });

  it('computeTicks(x, {gaps}) puts no tick inside a compressed gap', () => {
    const anchors = ['2022-01-01', '2022-01-02', '2022-02-24', '2022-02-25', '2022-03-01', '2022-03-02'].map((d) => u(`${d}T00:00Z`));
    const domain = fitDomain(anchors[0], anchors[anchors.length - 1]);
    const { x, gaps } = createTimeScale({ domain, range: [0, 968], anchors, compress: true });
    expect(gaps).to.have.length(1);
    const inside = (t: number) => gaps.some((g) => t > g.start && t < g.end);
    // Without being told of the gap, the axis would put ticks there …
    expect(computeTicks(x, { locale: 'en-GB', dateOnly: true }).some((t) => inside(t.value))).to.equal(true);
    // … told, it puts none there, and keeps ticks on both sides.
    const ticks = computeTicks(x, { locale: 'en-GB', dateOnly: true, gaps });
    expect(ticks.some((t) => inside(t.value))).to.equal(false);
    expect(ticks.some((t) => t.value <= gaps[0].start)).to.equal(true);
    expect(ticks.some((t) => t.value >= gaps[0].end)).to.equal(true);
    // The month changed inside the gap: the first tick after it names its month.
    const after = ticks.find((t) => t.value >= gaps[0].end)!;
    expect(after.label).to.match(/Feb/);
    // Ticks keep their order on the axis.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).to.be.greaterThan(ticks[i - 1].x);
  });

  it('computeTicks(x) for a 10-year span gives years', () => {
    const ticks = computeTicks(linear('2010-01-01T00:00Z', '2020-01-01T00:00Z', 1000), { locale: 'en-GB' });
    expect(labels(ticks)).to.deep.equal(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
    for (const t of ticks) {
      expect(new Date(t.value).toISOString().slice(4)).to.equal('-01-01T00:00:00.000Z');
      expect(t.major).to.equal(true);
    }
    const narrow = computeTicks(linear('2010-01-01T00:00Z', '2020-01-01T00:00Z', 300), { locale: 'en-GB' });
    // Every 5 years; each label is centred in its own year, and 2020 starts at the window's end.
    expect(labels(narrow)).to.deep.equal(['2010', '2015', '']);
    expect(narrow[1].labelX).to.be.closeTo((narrow[1].x + (narrow[1].x + 300 / 10)) / 2, 0.5);
  });

  it('computeTicks(x) for a 6-hour span of date-times gives hours, in UTC or the given zone', () => {
    const x = linear('2022-02-24T00:00Z', '2022-02-24T06:00Z', 1000);
    const ticks = computeTicks(x, { locale: 'en-GB' });
    expect(labels(ticks).map(plain)).to.deep.equal(['24 Feb 00:00', '01:00', '02:00', '03:00', '04:00', '05:00', '06:00']);
    for (const t of ticks) expect(t.value % HOUR).to.equal(0);
    expect(ticks.map((t) => t.major)).to.deep.equal([true, false, false, false, false, false, false]);
    expect(ticks.every((t) => t.labelX === t.x)).to.equal(true);
    const kyiv = computeTicks(x, { locale: 'en-GB', timeZone: 'Europe/Kyiv' });
    expect(labels(kyiv).map(plain)).to.deep.equal(['24 Feb 02:00', '03:00', '04:00', '05:00', '06:00', '07:00', '08:00']);
    // Across midnight in the zone, the new day is named.
    const la = computeTicks(linear('2022-02-24T06:00Z', '2022-02-24T12:00Z', 1000), { locale: 'en-GB', timeZone: 'America/Los_Angeles' });
    expect(labels(la).map(plain)).to.include('24 Feb 00:00');
  });

  it('computeTicks(x, {locale: "de"}) writes German labels', () => {
    const months = labels(computeTicks(linear('2022-01-01T00:00Z', '2023-01-01T00:00Z', 1200), { locale: 'de', dateOnly: true }));
    // Standalone short month names differ between ICU versions ("Mär", "März").
    expect(months.some((l) => /^Mär/.test(l))).to.equal(true);
    expect(months.some((l) => /^Okt/.test(l))).to.equal(true);
    expect(months.some((l) => /^Dez/.test(l))).to.equal(true);
    expect(months[0]).to.match(/^Jan\.? 2022$/);
    const days = labels(computeTicks(linear('2022-02-24T00:00Z', '2022-03-03T00:00Z', 1400), { locale: 'de', dateOnly: true }));
    expect(days[0]).to.match(/^Do\.?,? 24\. Feb/);
    expect(days[5]).to.match(/^Di\.?,? 1\. März/);
    const english = labels(computeTicks(linear('2022-01-01T00:00Z', '2023-01-01T00:00Z', 1200), { locale: 'en-GB', dateOnly: true }));
    expect(english).to.include('Mar');
    expect(english.some((l) => /^Mär/.test(l))).to.equal(false);
  });

  it('computeTicks(x) shades every other period by the calendar, so a pan never swaps the stripes', () => {
    // Windows of a few hours to decades, panned by arbitrary amounts: a tick in both keeps its stripe.
    const windows = fc.record({
      start: fc.integer({ min: u('1990-01-01T00:00Z'), max: u('2030-01-01T00:00Z') }),
      span: fc.integer({ min: 3 * HOUR, max: 40 * 365 * DAY }),
      pan: fc.double({ min: -0.9, max: 0.9, noNaN: true }),
      width: fc.integer({ min: 300, max: 2000 }),
    });
    fc.assert(
      fc.property(windows, ({ start, span, pan, width }) => {
        const before = computeTicks(polylinearScale([start, start + span], [0, width]), { locale: 'en-GB' });
        const shifted = start + Math.round(pan * span);
        const after = computeTicks(polylinearScale([shifted, shifted + span], [0, width]), { locale: 'en-GB' });
        const shaded = new Map(before.map((t) => [t.value, t.band]));
        let common = 0;
        for (const t of after) {
          if (!shaded.has(t.value)) continue;
          common++;
          if (shaded.get(t.value) !== t.band) return false;
        }
        // Neighbouring periods alternate (no gaps here, and month and year steps are regular).
        for (let i = 1; i < after.length; i++) if (after[i].band === after[i - 1].band && !isTwoDayStepAcrossMonthEnd(after, i)) return false;
        return common > 0 || Math.abs(pan) > 0.5 || before.length < 2 || after.length < 2;
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('computeTicks(x) dates a long window on a narrow axis even when it falls between two marks of the step', () => {
    // 35 years in 300 px: 50-year marks would leave 2001–2036 with none at all.
    const ticks = computeTicks(linear('2001-01-01T00:00Z', '2036-09-09T00:00Z', 300), { locale: 'en-GB' });
    expect(labels(ticks).filter(Boolean)).to.deep.equal(['2010', '2020', '2030']);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).to.be.at.least(84 * 0.6);
  });

  it('computeTicks(x) gives no ticks for an empty window', () => {
    expect(computeTicks(polylinearScale([5, 5], [0, 100]), { locale: 'en-GB' })).to.deep.equal([]);
    expect(computeTicks(polylinearScale([10, 5], [0, 100]), { locale: 'en-GB' })).to.deep.equal([]);
  });
});
