import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { createTimeScale, fitDomain, fitWithLabelRoom, polylinearScale } from '../../src/scales/time.js';

const SEED = 42;
const DAY = 864e5;
const T0 = Date.parse('2022-01-01T00:00:00Z');
const day = (n: number) => T0 + n * DAY;

describe('time scales', () => {
  it('polylinearScale(domain, range) maps each segment linearly and extrapolates past the ends', () => {
    const x = polylinearScale([0, 10, 20], [0, 100, 150]);
    expect(x(0)).to.equal(0);
    expect(x(5)).to.equal(50);
    expect(x(10)).to.equal(100);
    expect(x(15)).to.equal(125);
    expect(x(20)).to.equal(150);
    expect(x(30)).to.equal(200);
    expect(x(-10)).to.equal(-100);
    expect(x(new Date(15))).to.equal(125);
    expect(x.invert(125)).to.equal(15);
    expect(x.invert(50)).to.equal(5);
    expect(x.domain()).to.deep.equal([0, 10, 20]);
    expect(x.range()).to.deep.equal([0, 100, 150]);
  });

  it('polylinearScale(domain, range) keeps its own copies of the stops', () => {
    const domain = [0, 10];
    const range = [0, 100];
    const x = polylinearScale(domain, range);
    domain[1] = 1000;
    range[1] = 1;
    x.domain().push(99);
    expect(x(5)).to.equal(50);
    expect(x.domain()).to.deep.equal([0, 10]);
    expect(x.range()).to.deep.equal([0, 100]);
  });

  it('polylinearScale(domain, range).invert(x(t)) gives t back', () => {
    const stops = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 10 * 365 * DAY }), fc.double({ min: 1, max: 500, noNaN: true })), { minLength: 1, maxLength: 8 })
      .map((steps) => {
        const domain = [T0];
        const range = [0];
        for (const [dt, dx] of steps) {
          domain.push(domain[domain.length - 1] + dt);
          range.push(range[range.length - 1] + dx);
        }
        return { domain, range };
      });
    fc.assert(
      fc.property(stops, fc.double({ min: 0, max: 1, noNaN: true }), ({ domain, range }, f) => {
        const x = polylinearScale(domain, range);
        const t = domain[0] + f * (domain[domain.length - 1] - domain[0]);
        const px = x(t);
        expect(px).to.be.within(range[0] - 1e-6, range[range.length - 1] + 1e-6);
        const span = domain[domain.length - 1] - domain[0];
        expect(Math.abs(x.invert(px) - t)).to.be.at.most(span * 1e-9 + 1);
        domain.forEach((d, i) => expect(x(d)).to.be.closeTo(range[i], 1e-6));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('createTimeScale(options) without compression is linear', () => {
    for (const compress of [false, undefined]) {
      const { x, gaps } = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors: [day(1), day(99)], compress });
      expect(gaps).to.deep.equal([]);
      expect(x(day(0))).to.equal(0);
      expect(x(day(100))).to.equal(1000);
      expect(x(day(25))).to.be.closeTo(250, 1e-9);
      expect(x(day(50))).to.be.closeTo(500, 1e-9);
      expect(x.domain()).to.deep.equal([day(0), day(100)]);
    }
    // Compression with nothing to anchor, or an empty window, is linear too.
    expect(createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], compress: true }).gaps).to.deep.equal([]);
    expect(createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors: [], compress: true }).gaps).to.deep.equal([]);
    const flat = createTimeScale({ domain: [day(5), day(5)], range: [0, 1000], anchors: [day(5)], compress: true });
    expect(flat.gaps).to.deep.equal([]);
    expect(flat.x(day(5))).to.equal(0);
  });

  it('createTimeScale({compress}) turns a long empty stretch into one gap of gapWidth px', () => {
    const anchors = [day(1), day(2), day(3), day(97), day(98), day(99)];
    const { x, gaps } = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors, compress: true });
    expect(gaps).to.have.length(1);
    const [gap] = gaps;
    expect([gap.start, gap.end]).to.deep.equal([day(3), day(97)]);
    expect(gap.x1 - gap.x0).to.be.closeTo(44, 1e-9);
    expect(x(gap.start)).to.be.closeTo(gap.x0, 1e-9);
    expect(x(gap.end)).to.be.closeTo(gap.x1, 1e-9);
    // The 6 days outside the gap share the other 956 px evenly.
    const pxPerDay = (1000 - 44) / 6;
    expect(x(day(1)) - x(day(0))).to.be.closeTo(pxPerDay, 1e-9);
    expect(x(day(99)) - x(day(98))).to.be.closeTo(pxPerDay, 1e-9);
    expect(x(day(100))).to.be.closeTo(1000, 1e-9);
    const custom = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors, compress: true, gapWidth: 30 });
    expect(custom.gaps[0].x1 - custom.gaps[0].x0).to.be.closeTo(30, 1e-9);
    // Two empty stretches: two gaps, in time order.
    const two = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors: [day(1), day(30), day(31), day(70), day(99)], compress: true });
    expect(two.gaps.map((g) => [g.start, g.end])).to.deep.equal([[day(1), day(30)], [day(31), day(70)], [day(70), day(99)]]);
    expect(two.gaps[1].x0).to.be.greaterThan(two.gaps[0].x1);
  });

  it('createTimeScale({compress}) leaves the stretches at the edges alone and short stretches uncompressed', () => {
    // 40 days before the first anchor and 40 after the last: margins, not gaps.
    const edges = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors: [day(40), day(41), day(60)], compress: true });
    expect(edges.gaps).to.deep.equal([]);
    expect(edges.x(day(50))).to.be.closeTo(500, 1e-9);
    const single = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors: [day(50)], compress: true });
    expect(single.gaps).to.deep.equal([]);
    // 19 days is less than a fifth of the window; minGapFraction can lower the bar.
    const short = { domain: [day(0), day(100)] as const, range: [0, 1000] as const, anchors: [day(1), day(20), day(99)], compress: true };
    expect(createTimeScale(short).gaps.map((g) => [g.start, g.end])).to.deep.equal([[day(20), day(99)]]);
    expect(createTimeScale({ ...short, minGapFraction: 0.1 }).gaps.map((g) => [g.start, g.end])).to.deep.equal([[day(1), day(20)], [day(20), day(99)]]);
  });

  it('createTimeScale({compress}) does not compress when gaps would take more than half the width', () => {
    const anchors = [day(1), day(30), day(31), day(60), day(61), day(99)];
    expect(createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors, compress: true }).gaps).to.have.length(3);
    const narrow = createTimeScale({ domain: [day(0), day(100)], range: [0, 200], anchors, compress: true });
    expect(narrow.gaps).to.deep.equal([]);
    expect(narrow.x(day(50))).to.be.closeTo(100, 1e-9);
  });

  it('createTimeScale({compress}) keeps events in order, inside the range, at one speed outside the gaps', () => {
    const arbitrary = fc.record({
      anchors: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
      width: fc.integer({ min: 100, max: 2000 }),
      x0: fc.integer({ min: -50, max: 50 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ anchors: hours, width, x0 }) => {
        const times = [...new Set(hours)].sort((a, b) => a - b).map((h) => T0 + h * 3600_000);
        const domain = fitDomain(times[0], times[times.length - 1]);
        const { x, gaps } = createTimeScale({ domain, range: [x0, x0 + width], anchors: times, compress: true });
        const xs = times.map((t) => x(t));
        for (let i = 0; i < xs.length; i++) {
          expect(xs[i]).to.be.within(x0 - 1e-6, x0 + width + 1e-6);
          if (i > 0) expect(xs[i], `anchor ${i}`).to.be.greaterThan(xs[i - 1]);
        }
        expect(x(domain[0])).to.be.closeTo(x0, 1e-6);
        expect(x(domain[1])).to.be.closeTo(x0 + width, 1e-6);
        for (const g of gaps) {
          expect(g.x1 - g.x0).to.be.closeTo(44, 1e-6);
          expect(g.start).to.be.greaterThan(domain[0]);
          expect(g.end).to.be.lessThan(domain[1]);
          // No anchor lies inside a gap.
          expect(times.some((t) => t > g.start && t < g.end)).to.equal(false);
        }
        // Outside the gaps, every stretch gets the same px per ms.
        const stops = [domain[0], ...times, domain[1]];
        const speeds: number[] = [];
        for (let i = 1; i < stops.length; i++) {
          const [a, b] = [stops[i - 1], stops[i]];
          if (b > a && !gaps.some((g) => g.start === a && g.end === b)) speeds.push((x(b) - x(a)) / (b - a));
        }
        for (const s of speeds) expect(s / speeds[0]).to.be.closeTo(1, 1e-6);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('fitDomain(start, end) adds a 4% margin on each side', () => {
    const [a, b] = fitDomain(day(0), day(10));
    const span = 10 * DAY * 1.08;
    expect(b - a).to.be.closeTo(span, 1e-3);
    expect(a).to.be.closeTo(day(0) - 0.4 * DAY, 1e-3);
    expect(b).to.be.closeTo(day(10) + 0.4 * DAY, 1e-3);
  });

  it('fitDomain(t, t) gives a single instant a day around it, plus the margins', () => {
    const t = Date.parse('2022-02-24T04:00:00Z');
    const [a, b] = fitDomain(t, t);
    expect(b - a).to.be.closeTo(DAY * 1.08, 1e-3);
    expect((a + b) / 2).to.be.closeTo(t, 1e-3);
    expect(a).to.be.lessThan(t);
    expect(b).to.be.greaterThan(t);
    // A span shorter than minSpan is widened around its middle; minSpan can be changed.
    const [c, d] = fitDomain(t, t + 6 * 3600_000);
    expect(d - c).to.be.closeTo(DAY * 1.08, 1e-3);
    expect((c + d) / 2).to.be.closeTo(t + 3 * 3600_000, 1e-3);
    const [e, f] = fitDomain(t, t, 3600_000);
    expect(f - e).to.be.closeTo(3600_000 * 1.08, 1e-3);
  });

  it('fitWithLabelRoom moves the fit into its margin before the first event until the last labels end inside it', () => {
    const fit = fitDomain(day(0), day(7));
    const width = 1200;
    const span = fit[1] - fit[0];
    const x = ([a]: readonly [number, number], t: number) => ((t - a) * width) / span;
    // Nothing needs room: the fit itself, the same array.
    expect(fitWithLabelRoom(fit, width, day(0), [[day(6), 100]], 16)).to.equal(fit);
    // A 220 px label from the start of the last day: moved just enough for it to end at the plot's edge.
    const moved = fitWithLabelRoom(fit, width, day(0), [[day(5), 100], [day(6), 220]], 16);
    expect(moved[1] - moved[0], 'the scale stays').to.be.closeTo(span, 1e-6);
    expect(x(moved, day(6)) + 220).to.be.closeTo(width, 1e-6);
    expect(x(moved, day(0))).to.be.greaterThan(16);
    // A longer one: moved only until 16 px are left before the first event; a label wider than the plot moves nothing.
    const most = fitWithLabelRoom(fit, width, day(0), [[day(6), 400]], 16);
    expect(x(most, day(0))).to.be.closeTo(16, 1e-6);
    expect(fitWithLabelRoom(fit, width, day(0), [[day(6), 1300]], 16)).to.equal(fit);
  });
});
