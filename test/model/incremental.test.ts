import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { COMPARE_UP_TO, orderByKeys, runFor, runSliced, runToEnd, yieldToMain, type Steps } from '../../src/model/incremental.js';
import { MAX_ISSUES, parseTimeline, parseTimelineSteps } from '../../src/model/parse.js';
import { eventAnchors, eventAnchorsSteps, filterEvents, filterEventsSteps } from '../../src/model/filter.js';
import { eventsInView } from '../../src/layout/event-index.js';

/** A job of `n` steps that records how far it got. */
function* counter(n: number, seen: number[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    yield { done: i, total: n };
  }
  return n;
}

/** A job of `n` steps of `ms` milliseconds of work each, recording each step done; returns 'done'. */
function* busySteps(n: number, ms: number, seen: number[]): Steps<string> {
  for (let i = 0; i < n; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      /* work */
    }
    seen.push(i);
    yield { done: i + 1, total: n };
  }
  return 'done';
}

describe('incremental: work in slices', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  it('orderByKeys orders like one native sort by the keys, ties by position, whatever the values (fast-check)', () => {
    // Few distinct values, so ties are common; negatives, -0, fractions, huge and tiny magnitudes; a second key that is
    // sometimes the first plus a constant (skipped) and sometimes not.
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(-0, 0.5, -0.5, 1e300, -1e300, 5e-324, -4.3e20, 1.6e12, 1.6e12 + 60_000),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 3000 }), fc.boolean(), fc.boolean(), (pairs, constant, oneKey) => {
        const first = Float64Array.from(pairs, ([a]) => a);
        const second = constant ? first.map((a) => a + 60_000) : Float64Array.from(pairs, ([, b]) => b);
        const keys = oneKey ? [first] : [first, second];
        const compare = (a: number, b: number) => keys.reduce((c, k) => c || (k[a] < k[b] ? -1 : k[a] > k[b] ? 1 : 0), 0) || a - b;
        const expected = pairs.map((_, i) => i).sort(compare);
        expect([...runToEnd(orderByKeys(keys))]).to.deep.equal(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('orderByKeys orders the same on both sides of its comparator-sort length (fast-check)', () => {
    // Lists just under, at and over COMPARE_UP_TO: the comparator sort and the radix passes must agree.
    fc.assert(
      fc.property(fc.integer({ min: COMPARE_UP_TO - 2, max: COMPARE_UP_TO + 2 }), fc.integer(), (n, seed) => {
        let state = seed | 0;
        const next = () => ((state = (Math.imul(state, 1103515245) + 12345) | 0) >>> 16) % 7;
        const first = Float64Array.from({ length: n }, () => next() - 3 + (next() === 0 ? -0 : 0));
        const second = Float64Array.from({ length: n }, () => next() * 1e12);
        const expected = [...first.keys()].sort((a, b) => first[a] - first[b] || second[a] - second[b] || a - b);
        expect([...runToEnd(orderByKeys([first, second]))]).to.deep.equal(expected);
      }),
      { numRuns: 10 },
    );
  });

  it('orderByKeys sorts 100,000 date-times like the native sort, in steps that yield', () => {
    const n = 100_000;
    const starts = Float64Array.from({ length: n }, (_, i) => 1.42e12 + ((i * 7919) % 5_000) * 60_000);
    const ends = starts.map((s, i) => s + (i % 3) * 86_400_000);
    const steps = orderByKeys([starts, ends]);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b] || a - b);
    expect(yields, 'steps yielded').to.be.greaterThan(3);
    expect([...step.value]).to.deep.equal(expected);
  });

  it('runFor stops after its budget and leaves the rest for later; runSliced finishes it, reporting progress', async () => {
    const seen: number[] = [];
    const steps = busySteps(40, 2, seen);
    expect(runFor(steps, 5), 'not finished within 5 ms').to.equal(null);
    expect(seen.length).to.be.within(1, 39);
    const progress: number[] = [];
    expect(await runSliced(steps, { budget: 5, onProgress: (p) => progress.push(p.done) })).to.equal('done');
    expect(seen).to.deep.equal([...Array(40).keys()]);
    expect(progress[progress.length - 1]).to.equal(40);
    expect(progress).to.deep.equal([...progress].sort((a, b) => a - b));
  });

  it('runSliced gives the main thread turns between slices: the page paints a frame before the job ends', async () => {
    let paintedDuring = false;
    const seen: number[] = [];
    requestAnimationFrame(() => (paintedDuring = seen.length < 200));
    await runSliced(busySteps(200, 1, seen), { budget: 5 });
    expect(paintedDuring).to.equal(true);
  });

  it('runSliced stops when its signal aborts and rejects', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const job = runSliced(counter(100_000, seen), { budget: 0, signal: controller.signal });
    await yieldToMain();
    controller.abort();
    let error: unknown = null;
    await job.catch((e) => (error = e));
    expect(error).to.not.equal(null);
    const stoppedAt = seen.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length, 'no step after the abort').to.equal(stoppedAt);
    expect(stoppedAt).to.be.below(100_000);
  });
});

describe('parseTimelineSteps: the parse in slices', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  const event = fc.record({
    id: fc.oneof(fc.constant(undefined), fc.constantFrom('a', 'b', 'c'), fc.string({ maxLength: 4 })),
    date: fc.constantFrom('2022-02-24', '2022-02-24T10:00:00Z', '2022-02-25', '2022-02', 'nope', '2022-02-24/2022-02-26'),
    title: fc.constantFrom('A', 'B', '', 'Same'),
    category: fc.constantFrom('military', 'diplomacy', undefined),
  });

  it('gives what parseTimeline gives, in the same order, sliced anywhere (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 5000 }), fc.integer({ min: 0, max: 3 }), async (events, budget) => {
        const whole = parseTimeline(events);
        const sliced = await runSliced(parseTimelineSteps(events), { budget });
        expect(sliced.timeline.events.map((e) => e.id)).to.deep.equal(whole.timeline.events.map((e) => e.id));
        expect(sliced.issues).to.deep.equal(whole.issues);
        expect(sliced.timeline.categories).to.deep.equal(whole.timeline.categories);
        expect([...sliced.byId.keys()].sort()).to.deep.equal(whole.timeline.events.map((e) => e.id).sort());
        const counted = [...sliced.categoryCounts.values()].reduce((a, b) => a + b, 0);
        expect(counted, 'the category counts add up to the events shown').to.equal(whole.timeline.events.length);
      }),
      { numRuns: 20 },
    );
  });

  it('reports its progress in events read, up to all of them', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, date: '2022-02-24', title: `E${i}` }));
    const steps = parseTimelineSteps(events);
    const done: number[] = [];
    for (let step = steps.next(); !step.done; step = steps.next()) if (step.value) done.push(step.value.done);
    expect(done.length).to.be.greaterThan(3);
    expect(done).to.deep.equal([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).to.equal(10_000);
  });

  it('a sparse list of length 10,000,000 with two events: both shown, the holes one problem with a count', () => {
    const list: unknown[] = [];
    list[3] = { id: 'a', date: '2022-02-24', title: 'A' };
    list[9_999_999] = { id: 'b', date: '2022-02-25', title: 'B' };
    const { timeline, issues } = parseTimeline({ events: list });
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(timeline.inputCount).to.equal(10_000_000);
    const holes = issues.filter((i) => /holes/.test(i.message));
    expect(holes.map((i) => i.message)).to.deep.equal(['9,999,998 places in the events list are empty (holes in a sparse list), the first at event 1.']);
    expect(issues.length).to.be.below(5);
  });

  it(`keeps the first ${MAX_ISSUES} problems and says how many more there were`, () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({ id: `bad${i}`, date: 'someday', title: `Bad ${i}` }));
    events.push({ id: 'ok', date: '2022-02-24', title: 'OK' });
    const { timeline, issues } = parseTimeline(events);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(issues.length).to.equal(MAX_ISSUES + 2);
    expect(issues[MAX_ISSUES].message).to.equal('4,000 more problems were found; only the first 1,000 are listed.');
    expect(issues[MAX_ISSUES + 1].message).to.equal('5000 of 5001 events could not be shown.');
  });
});

describe('filterEventsSteps and eventAnchors', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  const events = Array.from({ length: 3000 }, (_, i) => ({
    id: `e${i}`,
    date: `2022-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}${i % 3 ? '' : '/2022-10-01'}`,
    title: `E${i}`,
    category: i % 2 ? 'military' : 'diplomacy',
  }));
  const { timeline } = parseTimeline(events);
  const byId = new Map(timeline.events.map((e) => [e.id, e]));

  it('in steps gives what filterEvents gives', () => {
    for (const categories of ['', 'military']) {
      const whole = filterEvents(timeline.events, categories, (id) => byId.get(id));
      const steps = runToEnd(filterEventsSteps(timeline.events, categories, (id) => byId.get(id)));
      expect(steps.events).to.deep.equal(whole.events);
      expect(steps.fit).to.deep.equal(whole.fit);
      expect([...steps.index.starts]).to.deep.equal([...whole.index.starts]);
      expect(steps.index.position.get('e7')).to.equal(whole.index.position.get('e7'));
    }
  });

  it("from the parse's columns gives what it gives from the events: index, fit, day-only and anchors (fast-check)", () => {
    const event = fc.record({
      id: fc.oneof(fc.constant(undefined), fc.constantFrom('a', 'b'), fc.string({ maxLength: 3 })),
      date: fc.constantFrom('2022-02-24', '2022-02-24T10:00Z', '2021-12-31T23:59:30Z', '2022-02', '2022', 'nope', '2022-02-24/2022-09-26', '2022-03-01T10:00+02:00'),
      end: fc.constantFrom(undefined, '2023-01-01', 'never'),
      title: fc.constantFrom('A', 'B', ''),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), (input) => {
        const parsed = runToEnd(parseTimelineSteps(input));
        const { events } = parsed.timeline;
        const lookup = (id: string) => parsed.byId.get(id);
        const plain = runToEnd(filterEventsSteps(events, '', lookup));
        const fromColumns = runToEnd(filterEventsSteps(events, '', lookup, parsed.columns));
        expect([...fromColumns.index.starts]).to.deep.equal([...plain.index.starts]);
        expect(fromColumns.fit).to.deep.equal(plain.fit);
        expect(fromColumns.dateOnly).to.equal(plain.dateOnly);
        for (const e of events) expect(fromColumns.index.position.get(e.id), e.id).to.equal(plain.index.position.get(e.id));
        const [a, b] = plain.fit ?? [0, 1];
        for (const [x, y] of [[a, b], [a, (a + b) / 2], [(a + b) / 2, b], [a + (b - a) / 3, a + (b - a) / 3 + 86_400_000]]) {
          expect(eventsInView(fromColumns.index, x, y)).to.deep.equal(eventsInView(plain.index, x, y));
        }
        expect([...runToEnd(eventAnchorsSteps(events, parsed.columns))]).to.deep.equal([...eventAnchors(events)]);
      }),
      { numRuns: 60 },
    );
  });

  it('eventAnchors of 200,000 intervals in random order of ends (sorted in runs and merged) are every start and end, sorted', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const many = Array.from({ length: 200_000 }, (_, i) => {
      const start = Date.UTC(2020, 0, 1) + Math.floor(random() * 1e10);
      return { when: { start, end: start + Math.floor(random() * 1e9) }, id: `e${i}` };
    }).sort((a, b) => a.when.start - b.when.start) as unknown as typeof timeline.events;
    const expected = Float64Array.from(many.flatMap((e) => [e.when.start, e.when.end])).sort();
    expect(eventAnchors(many)).to.deep.equal(expected);
  });

  it('eventAnchors are every start and end, sorted', () => {
    const expected = timeline.events.flatMap((e) => [e.when.start, e.when.end]).sort((a, b) => a - b);
    expect([...eventAnchors(timeline.events)]).to.deep.equal(expected);
  });
});
