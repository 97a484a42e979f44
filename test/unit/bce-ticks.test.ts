import { expect } from '@esm-bundle/chai';
import { polylinearScale } from '../../src/scales/time.js';
import { computeTicks } from '../../src/scales/ticks.js';

/** UTC ms of 1 January of an ISO year (year 0 is 1 BC, -5409 is 5410 BC). */
const jan1 = (year: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
};

describe('axis labels before the common era (issue 14, item 3)', () => {
  it('year ticks of a BCE window name the era, so they never read as years of ours', () => {
    const x = polylinearScale([jan1(-5409), jan1(-5359)], [0, 1000]);
    const labels = computeTicks(x, { locale: 'en-GB', dateOnly: true }).map((t) => t.label).filter(Boolean);
    expect(labels.length).to.be.greaterThan(2);
    for (const label of labels) expect(label, label).to.match(/BC/);
    expect(labels.some((l) => /^\d+ BC$/.test(l)), labels.join(' | ')).to.equal(true);
  });
  it('years of our era stay bare numbers', () => {
    const x = polylinearScale([jan1(1990), jan1(2040)], [0, 1000]);
    const labels = computeTicks(x, { locale: 'en-GB', dateOnly: true }).map((t) => t.label).filter(Boolean);
    expect(labels).to.include('2000');
    for (const label of labels) expect(label, label).to.not.match(/AD|BC/);
  });
});
