import { expect } from '@esm-bundle/chai';
import { layoutHorizontal, MIN_BOUNDED_LABEL, type LayoutInput } from '../../src/layout/horizontal.js';
import { layoutItems } from '../../src/layout/chart-geometry.js';
import { timeScaleFn } from '../../src/scales/time.js';
import { scaleUtc } from 'd3-scale';

const R = 6.5;
const measure = (text: string) => text.length * 7;
const layout = (items: LayoutInput[], previous?: Map<string, { lane: number }>) =>
  layoutHorizontal(items, { width: 1000, measure, markerRadius: R, previousLanes: previous });

describe('layoutHorizontal: bounds and lanes (issue 13)', () => {
  it('keeps a label inside its bound, shortened to the room left, or hides it when under MIN_BOUNDED_LABEL', () => {
    const title = 'A title far too long for the day it belongs to, by some way';
    const { events } = layout([
      { id: 'roomy', x0: 100, x1: 300, title, bound: [100, 300] },
      { id: 'tight', x0: 400, x1: 440, title, bound: [400, 440] },
    ]);
    const [roomy, tight] = events;
    expect(roomy.markerX + R + 6 + roomy.labelWidth, 'the label ends inside its day').to.be.at.most(300);
    expect(roomy.shortened).to.equal(true);
    expect(roomy.labelWidth).to.be.at.least(MIN_BOUNDED_LABEL);
    expect(tight.labelWidth, 'no room for text: a bare marker').to.equal(0);
  });

  it('a label flips left only inside its bound', () => {
    const { events } = layout([{ id: 'edge', x0: 990, x1: 990, title: 'Near the right edge', bound: [960, 1000] }]);
    expect(events[0].labelWidth, 'neither side has room inside the bound').to.equal(0);
  });

  it('closes up lanes a pan left empty, keeping their order', () => {
    const previous = new Map([['a', { lane: 3 }], ['b', { lane: 7 }]]);
    const { events, laneCount } = layout([
      { id: 'a', x0: 10, x1: 10, title: 'A' },
      { id: 'b', x0: 12, x1: 12, title: 'B' },
    ], previous);
    expect(events.map((p) => p.lane)).to.deep.equal([0, 1]);
    expect(laneCount).to.equal(2);
  });

  it('layoutItems bounds a day-long event by its day and stops short of a gap zigzag', () => {
    const DAY = 86_400_000;
    const x = timeScaleFn(scaleUtc().domain([0, 4 * DAY]).range([0, 800]));
    const event = (id: string, start: number, end: number) => ({ id, when: { start, end }, event: { title: id } }) as never;
    const gap = { start: 2 * DAY, end: 3 * DAY, x0: 400, x1: 600 } as never;
    const [day, instant] = layoutItems([event('day', DAY, 2 * DAY), event('instant', 3.5 * DAY, 3.5 * DAY)], x, 800, [gap], R);
    expect(day.bound).to.deep.equal([200, 400]);
    // The instant after the gap: bounded on the left by the gap's far zigzag (at x1 - 5, 2.5 px wide), not by a day.
    expect(instant.bound).to.deep.equal([598, 800]);
  });
});
