import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { assertBounded } from '../helpers/bounded-property.js';

/** A busy machine, simulated: every case costs `ms` of CPU. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('assertBounded (property tests on a busy machine)', () => {
  it('runs every guaranteed case, stops the rest at the budget, and scales the timeout instead of timing out', function () {
    this.timeout(3_000);
    let runs = 0;
    // 4 ms a case: 1,000 cases would take 4 s, over this test's own 3 s timeout.
    assertBounded(this, fc.property(fc.integer(), () => void (runs++, busy(4))), { minRuns: 50, numRuns: 1_000, budgetMs: 300, seed: 1 });
    expect(runs).to.be.at.least(50);
    expect(runs).to.be.below(1_000);
    expect(this.timeout()).to.be.greaterThan(3_000);
  });

  it('still fails on a counterexample, among the guaranteed cases or after them', function () {
    expect(() => assertBounded(this, fc.property(fc.integer({ min: 0, max: 10 }), (n) => n !== 7), { minRuns: 200, numRuns: 400, seed: 3 })).to.throw(/Property failed/);
    expect(() => assertBounded(this, fc.property(fc.nat(), (n) => n < 1_000_000), { minRuns: 1, numRuns: 1_000, seed: 3 })).to.throw(/Property failed/);
  });
});
