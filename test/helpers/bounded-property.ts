import fc from 'fast-check';

export interface Bounds {
  /** Cases that always run, however busy the machine: the guarantee the test gives. */
  minRuns: number;
  /** Cases run at most (the property's usual numRuns). */
  numRuns: number;
  /** Time the cases beyond `minRuns` may take, in ms. */
  budgetMs?: number;
  seed?: number;
}

/**
 * fc.assert for a synchronous property whose cost depends on the machine: `minRuns` cases always run, then more up
 * to `numRuns` while `budgetMs` lasts (fast-check's interruptAfterTimeLimit, an interruption not a failure). A busy
 * machine checks fewer extra cases instead of failing on the clock. The test's timeout is then scaled to what the
 * guaranteed cases took here (Mocha checks a synchronous test's duration when it returns), so only a property whose
 * later cases are far slower per case than its first ones fails by time.
 */
export function assertBounded<Ts>(test: Mocha.Context, property: fc.IProperty<Ts>, { minRuns, numRuns, budgetMs = 2_000, seed }: Bounds): void {
  const started = performance.now();
  fc.assert(property, { seed, numRuns: minRuns });
  const guaranteed = performance.now() - started;
  if (numRuns > minRuns) {
    fc.assert(property, { seed: seed === undefined ? undefined : seed + 1, numRuns: numRuns - minRuns, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false });
  }
  // Everything already spent, plus the guaranteed cases' pace over the whole budget, plus Mocha's own default.
  test.timeout(Math.max(test.timeout(), (performance.now() - started) + guaranteed * (numRuns / minRuns) + 10_000));
}
