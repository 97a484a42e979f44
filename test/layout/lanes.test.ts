import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { assignLanes, findLane, type Extent } from '../../src/layout/lanes.js';

const SEED = 42;
const extents = (pairs: [number, number][]): Extent[] => pairs.map(([left, right]) => ({ left, right }));
const lanes = (pairs: [number, number][], options?: { gap?: number; maxLanes?: number }) => [...assignLanes(extents(pairs), options).laneOf];

/**
 * The fewest lanes any valid assignment can use, for items sorted by `left`: the largest set of items that all
 * still run (end + gap) past the start of the last of them, which must all take different lanes.
 */
function maxClique(items: readonly Extent[], gap: number): number {
  let best = 0;
  for (let i = 0; i < items.length; i++) {
    let count = 1;
    for (let j = 0; j < i; j++) if (items[j].right + gap > items[i].left) count++;
    best = Math.max(best, count);
  }
  return best;
}

describe('assignLanes', () => {
  it('assignLanes(items) puts overlapping items in different lanes and reuses the first free lane', () => {
    expect(lanes([[0, 10], [5, 15]])).to.deep.equal([0, 1]);
    expect(lanes([[0, 10], [5, 15], [8, 9], [11, 20], [16, 30]])).to.deep.equal([0, 1, 2, 0, 1]);
    // First fit: the lowest lane that is free, not the one that freed up last.
    expect(lanes([[0, 10], [0, 20], [25, 30]])).to.deep.equal([0, 1, 0]);
    const result = assignLanes(extents([[0, 10], [5, 15], [8, 9]]));
    expect(result.laneOf).to.be.instanceOf(Int32Array);
    expect(result.laneCount).to.equal(3);
  });

  it('assignLanes(items) lets items touch in a lane with gap 0, and keeps them gap apart otherwise', () => {
    expect(lanes([[0, 10], [10, 20]])).to.deep.equal([0, 0]);
    expect(lanes([[0, 10], [10, 20]], { gap: 0 })).to.deep.equal([0, 0]);
    expect(lanes([[0, 10], [10, 20]], { gap: 2 })).to.deep.equal([0, 1]);
    expect(lanes([[0, 10], [11.5, 20]], { gap: 2 })).to.deep.equal([0, 1]);
    expect(lanes([[0, 10], [12, 20]], { gap: 2 })).to.deep.equal([0, 0]);
    expect(lanes([[0, 10], [9.999, 20]])).to.deep.equal([0, 1]);
  });

  it('assignLanes(items) places zero-length items', () => {
    expect(lanes([[5, 5], [5, 5], [5, 5]])).to.deep.equal([0, 0, 0]);
    expect(lanes([[5, 5], [5, 5]], { gap: 1 })).to.deep.equal([0, 1]);
    expect(lanes([[0, 10], [5, 5]])).to.deep.equal([0, 1]);
    expect(lanes([[5, 5], [5, 10]])).to.deep.equal([0, 0]);
    expect(lanes([[0, 5], [5, 5], [5, 9]])).to.deep.equal([0, 0, 0]);
  });

  it('assignLanes(items, {maxLanes}) gives -1 to items that fit in no lane, and lanes stay usable', () => {
    const result = assignLanes(extents([[0, 10], [0, 10], [0, 10], [2, 3], [11, 12], [11, 12], [11, 12]]), { maxLanes: 2 });
    expect([...result.laneOf]).to.deep.equal([0, 1, -1, -1, 0, 1, -1]);
    expect(result.laneCount).to.equal(2);
    expect(lanes([[0, 1], [0, 1]], { maxLanes: 0 })).to.deep.equal([-1, -1]);
    expect(lanes([[0, 1], [0, 1]], { maxLanes: 1 })).to.deep.equal([0, -1]);
  });

  it('assignLanes([]) uses no lanes', () => {
    const result = assignLanes([]);
    expect(result.laneOf.length).to.equal(0);
    expect(result.laneCount).to.equal(0);
  });

  it('findLane(ends, item) picks the first lane that ended gap before the item, else a new lane below maxLanes', () => {
    expect(findLane([10, 3, 0], { left: 5, right: 8 }, 0, Infinity)).to.equal(1);
    expect(findLane([10, 3, 0], { left: 5, right: 8 }, 3, Infinity)).to.equal(2);
    expect(findLane([10, 30], { left: 5, right: 8 }, 0, Infinity)).to.equal(2);
    expect(findLane([10, 30], { left: 5, right: 8 }, 0, 2)).to.equal(-1);
  });

  it('assignLanes(1,000 sorted random items) uses the fewest lanes possible, with no overlap in a lane', () => {
    const item = fc.record({ left: fc.integer({ min: 0, max: 2000 }), length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1000, maxLength: 1000 }), fc.constantFrom(0, 1, 6), (raw, gap) => {
        const items = raw.map((r) => ({ left: r.left, right: r.left + r.length })).sort((a, b) => a.left - b.left);
        const { laneOf, laneCount } = assignLanes(items, { gap });
        expect(laneCount).to.equal(maxClique(items, gap));
        const ends: number[] = [];
        items.forEach((it, i) => {
          const lane = laneOf[i];
          expect(lane).to.be.within(0, laneCount - 1);
          if (ends[lane] !== undefined) expect(ends[lane] + gap, `item ${i} in lane ${lane}`).to.be.at.most(it.left);
          ends[lane] = it.right;
        });
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('assignLanes(items, {maxLanes}) never uses more lanes than allowed and only refuses items when all lanes are busy', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ left: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 0, max: 60 }) }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, maxLanes) => {
          const items = raw.map((r) => ({ left: r.left, right: r.left + r.length })).sort((a, b) => a.left - b.left);
          const { laneOf, laneCount } = assignLanes(items, { maxLanes });
          expect(laneCount).to.be.at.most(maxLanes);
          const ends: number[] = [];
          items.forEach((it, i) => {
            if (laneOf[i] === -1) {
              expect(ends.length).to.equal(maxLanes);
              for (const end of ends) expect(end).to.be.greaterThan(it.left);
            } else {
              ends[laneOf[i]] = it.right;
            }
          });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
