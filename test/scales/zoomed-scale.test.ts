import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { createTimeScale } from '../../src/scales/time.js';
import { panView, rescale, transformScale, type View } from '../../src/scales/view.js';

const DAY = 864e5;
const T0 = Date.parse('2022-01-01T00:00:00Z');
const day = (n: number) => T0 + n * DAY;

/** A fitted axis of 1000 px with one compressed gap between day 3 and day 97 (44 px wide). */
function compressedBase() {
  const anchors = [day(1), day(2), day(3), day(97), day(98), day(99)];
  const base = createTimeScale({ domain: [day(0), day(100)], range: [0, 1000], anchors, compress: true });
  expect(base.gaps).to.have.length(1);
  return base;
}

describe('zoomed scales', () => {
  it('rescale(base, view, width) fills the width with the view and keeps every gap at its times', () => {
    const { x: base, gaps: [gap] } = compressedBase();
    const view = [day(1.5), day(97.5)] as const;
    const x = rescale(base, view, 500);
    expect(x(view[0])).to.be.closeTo(0, 1e-9);
    expect(x(view[1])).to.be.closeTo(500, 1e-9);
    // The stops are the base's: the gap still starts on day 3 and ends on day 97 …
    expect(x.domain()).to.deep.equal(base.domain());
    const k = 500 / (base(view[1]) - base(view[0]));
    // … and is the base's 44 px scaled by the zoom, with the days around it at one speed.
    expect(x(gap.end) - x(gap.start)).to.be.closeTo(44 * k, 1e-9);
    const speed = (a: number, b: number) => (x(b) - x(a)) / (b - a);
    expect(speed(day(2), day(3)) / speed(day(97), day(98))).to.be.closeTo(1, 1e-9);
    expect(x.invert(x(day(2.25)))).to.be.closeTo(day(2.25), 1);
    // The base is not touched.
    expect(base(day(100))).to.be.closeTo(1000, 1e-9);
  });

  it('transformScale(x, transform) moves the range stops by the transform, the domain stops stay', () => {
    const { x: base } = compressedBase();
    // A d3-zoom ZoomTransform has this applyX; k = 3, shifted 250 px left.
    const transform = { k: 3, x: -250, applyX(px: number) { return px * this.k + this.x; } };
    const x = transformScale(base, transform);
    expect(x.domain()).to.deep.equal(base.domain());
    expect(x.range()).to.deep.equal(base.range().map((p) => p * 3 - 250));
    expect(x.d3).to.not.equal(base.d3);
  });

  it('zooming and panning a compressed axis never moves a gap off its times', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 90, noNaN: true }), fc.double({ min: 0.5, max: 10, noNaN: true }), fc.integer({ min: 200, max: 2000 }), (from, span, width) => {
        const { x: base, gaps } = compressedBase();
        const x = rescale(base, [day(from), day(from + span)], width);
        const k = width / (base(day(from + span)) - base(day(from)));
        for (const g of gaps) {
          expect(x.invert(x(g.start))).to.be.closeTo(g.start, 1);
          expect(x(g.end) - x(g.start)).to.be.closeTo((g.x1 - g.x0) * k, 1e-6 * k);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('invert(px) keeps fractions of a ms, so a drag in many small moves pans as far as one move', () => {
    const { x: base } = compressedBase();
    // About a day over 1000 px: a px is about 86 s, so a move rarely lands on a whole ms.
    const start: View = [day(1.25), day(2.25) + 1234.5];
    let view = start;
    for (let i = 0; i < 40; i++) view = panView(base, view, 1000, -5);
    const once = panView(base, start, 1000, -200);
    // Whole-ms inverts would be up to 40 ms off; doubles this size hold about 1e-4 ms per step.
    expect(view[0]).to.be.closeTo(once[0], 0.05);
    expect(view[1]).to.be.closeTo(once[1], 0.05);
    expect(base.invert(base(day(2) + 0.25))).to.be.closeTo(day(2) + 0.25, 1e-3);
  });
});
