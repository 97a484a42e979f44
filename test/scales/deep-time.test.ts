/**
 * Issue 14, items 2 and 3: axes of BCE years and of cosmological years (TimelineJS3's -13,800,000,000), which no
 * Date can hold. Ticks fall on round years as readers count them and say which era; deep ones read "… years ago".
 */
import { expect } from '@esm-bundle/chai';
import { createTimeScale, polylinearScale } from '../../src/scales/time.js';
import { computeTicks, contextYear } from '../../src/scales/ticks.js';
import { formatYear as yearLabel, utcDay, yearOf } from '../../src/model/dates.js';

/** ISO year of TimelineJS3's year: its -5410 is 5410 BCE, ISO -5409. */
const tl3 = (year: number) => utcDay(year < 0 ? year + 1 : year, 1, 1);
const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label);

describe('BCE axes (issue 14, item 3)', () => {
  it('ticks fall on round BCE years and carry the era: "5400 BC", never "5406 BC" or a bare "5400"', () => {
    const x = polylinearScale([tl3(-5410), tl3(-200)], [0, 1000]);
    const ticks = computeTicks(x, { locale: 'en-GB' });
    expect(ticks.length).to.be.within(5, 14);
    for (const t of ticks.filter((t) => t.label)) {
      expect(t.label).to.match(/^\d+ BC$/);
      expect(Number(t.label.split(' ')[0]) % 500, t.label).to.equal(0);
      // Each tick is the first instant of the year it names.
      expect(yearOf(t.value)).to.equal(1 - Number(t.label.split(' ')[0]));
      expect(t.value).to.equal(utcDay(yearOf(t.value), 1, 1));
    }
    expect(labels(ticks)).to.include('5000 BC');
  });

  it('across the eras, BCE ticks name their era and CE ticks are plain years; there is no year 0', () => {
    const x = polylinearScale([tl3(-30), tl3(30)], [0, 600]);
    const ticks = computeTicks(x, { locale: 'en-GB' });
    expect(labels(ticks)).to.deep.equal(['30 BC', '20 BC', '10 BC', '1 AD', '10', '20', '30']);
    // 1 BC and 1 AD are one year apart; the tick where the eras meet names its era.
    expect(yearLabel(0, 'en-GB')).to.equal('1 BC');
    expect(yearLabel(1, 'en-GB')).to.equal('1');
  });

  it('a CE axis keeps its ticks on multiples of the step, as before', () => {
    const x = polylinearScale([Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)], [0, 1000]);
    expect(labels(computeTicks(x, { locale: 'en-GB' }))).to.deep.equal(['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000']);
  });
});

describe('cosmological axes (issue 14, item 2)', () => {
  const bigBang = tl3(-13_800_000_000);
  it('years past what a Date holds are placed on the same linear axis', () => {
    const x = polylinearScale([bigBang, Date.UTC(2000, 0, 1)], [0, 1000]);
    expect(x(bigBang)).to.equal(0);
    expect(x(tl3(-4_600_000_000))).to.be.closeTo((9.2 / 13.8) * 1000, 0.01);
    expect(x.invert(500)).to.be.closeTo((bigBang + Date.UTC(2000, 0, 1)) / 2, 1e9);
    // Zooming copies the scale with a new range, as the view does.
    const zoomed = x.d3.copy().range([0, 2000]);
    expect(zoomed(tl3(-4_600_000_000))).to.be.closeTo((9.2 / 13.8) * 2000, 0.01);
  });

  it('ticks every billion years read "13 billion years ago", with room for their words', () => {
    const x = polylinearScale([bigBang, tl3(-1)], [0, 1200]);
    const ticks = computeTicks(x, { locale: 'en' });
    const named = labels(ticks).filter(Boolean);
    expect(named).to.include('10 billion years ago');
    for (const label of named) expect(label).to.match(/^\d+ billion years ago$/);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).to.be.at.least(150);
    expect(contextYear(ticks, [bigBang, tl3(-1)], 'en')).to.equal('');
  });

  it('a long label centred at the window\'s edge is left out rather than cut ("in 500 million years")', () => {
    // A fitted window reaches past the present by its margin (4% of 13.8 billion years).
    const x = polylinearScale([tl3(-2_000_000_000), tl3(560_000_000)], [0, 1200]);
    const ticks = computeTicks(x, { locale: 'en' });
    const last = ticks[ticks.length - 1];
    expect(last.value).to.equal(utcDay(500_000_000, 1, 1));
    expect(last.label).to.equal('');
    for (const t of ticks.filter((t) => t.label)) expect(t.labelX + t.label.length * 3.5, t.label).to.be.at.most(1200);
  });

  it('a compressed cosmological axis gets ticks in each stretch, none inside its gaps, in little time', () => {
    const anchors = [bigBang, tl3(-4_600_000_000), tl3(-540_000_000), tl3(-300_000), tl3(-3500), Date.UTC(1990, 0, 1)];
    const { x, gaps } = createTimeScale({ domain: [bigBang - 1e19, Date.UTC(2000, 0, 1)], range: [0, 1200], anchors, compress: true });
    expect(gaps.length).to.be.at.least(1);
    const ticks = computeTicks(x, { locale: 'en', gaps });
    expect(ticks.length).to.be.at.least(2);
    for (const t of ticks) {
      expect(Number.isFinite(t.x)).to.equal(true);
      expect(gaps.some((g) => t.value > g.start && t.value < g.end)).to.equal(false);
    }
  });

  it('labels: deep years in words, the human range as dates', () => {
    expect(yearLabel(1 - 540_000_000, 'en')).to.equal('540 million years ago');
    expect(yearLabel(1 - 13_800_000_000, 'en')).to.equal('13.8 billion years ago');
    expect(yearLabel(1 - 300_000, 'en')).to.equal('300 thousand years ago');
    expect(yearLabel(-3499, 'en-GB')).to.equal('3500 BC');
    // Past 275,760 CE (a fitted window's margin can reach there), by the same count.
    expect(yearLabel(500_000_000, 'en')).to.equal('in 500 million years');
  });
});
