import { expect } from '@esm-bundle/chai';
import { scaleUtc } from 'd3-scale';
import { computeTicks, contextYear } from '../../src/scales/ticks.js';
import { timeScaleFn } from '../../src/scales/time.js';

const u = (iso: string) => Date.parse(iso);
const ticksFor = (a: string, b: string, width = 1000) => {
  const view: [number, number] = [u(a), u(b)];
  const x = timeScaleFn(scaleUtc().domain(view).range([0, width]));
  return { ticks: computeTicks(x, { locale: 'en-GB', extent: view }), view };
};

describe('contextYear: the year is always stated (issue 13, item 8)', () => {
  it('names the year when the ticks are hours or days of one year', () => {
    const hours = ticksFor('2019-01-01T09:00Z', '2019-01-01T15:00Z');
    expect(hours.ticks.some((t) => /\d{4}/.test(t.label)), 'hour ticks name no year').to.equal(false);
    expect(contextYear(hours.ticks, hours.view, 'en-GB')).to.equal('2019');
    const days = ticksFor('2022-02-24T00:00Z', '2022-03-03T00:00Z');
    expect(contextYear(days.ticks, days.view, 'en-GB')).to.equal('2022');
  });

  it('names both years across New Year, and nothing when a tick label already has the year', () => {
    const across = ticksFor('2021-12-31T18:00Z', '2022-01-01T06:00Z');
    expect(contextYear(across.ticks, across.view, 'en-GB')).to.match(/2021\s*[–-]\s*2022/);
    const months = ticksFor('2021-10-01T00:00Z', '2022-04-01T00:00Z');
    expect(contextYear(months.ticks, months.view, 'en-GB')).to.equal('');
  });
});
