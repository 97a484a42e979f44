import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { binEvents, countStarts, eventsInView, indexEvents } from '../../src/layout/event-index.js';
import type { ParsedEvent } from '../../src/model/types.js';

const DAY = 864e5;

/** Events sorted by start, as parseTimeline returns them; only what the index reads is filled in. */
function eventsFrom(spans: [number, number][]): ParsedEvent[] {
  return spans
    .map(([start, days], i) => ({ start: start * DAY, end: start * DAY + days * DAY, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i)
    .map(({ start, end, i }) => ({ id: `e${i}`, index: i, when: { start, end } }) as unknown as ParsedEvent);
}

/** Mostly instants and days, some long wars and eras: the long ones are the index's special case. */
const spans = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.oneof({ weight: 8, arbitrary: fc.constantFrom(0, 0.25, 1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 300 }) })),
  { maxLength: 120 },
);

describe('event index', () => {
  it('eventsInView(index, a, b) finds exactly the events that overlap [a, b), in time order', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: -10, max: 410 }), fc.integer({ min: 0, max: 120 }), (input, from, length) => {
        const events = eventsFrom(input);
        const index = indexEvents(events);
        const [a, b] = [from * DAY, (from + length) * DAY];
        // An instant is in view from its start; a period while it overlaps.
        const expected = events.flatMap((e, i) => ((e.when.start === e.when.end ? e.when.start >= a && e.when.start < b : e.when.start < b && e.when.end > a) ? [i] : []));
        expect(eventsInView(index, a, b)).to.deep.equal(expected);
        expect(countStarts(index, a, b)).to.equal(events.filter((e) => e.when.start >= a && e.when.start < b).length);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('indexEvents(events, lookup) finds positions by id through the lookup', () => {
    const events = eventsFrom([[5, 0], [1, 0], [3, 200]]);
    const byId = new Map(events.map((e) => [e.id, e]));
    const index = indexEvents(events, (id) => byId.get(id));
    expect(events.map((e) => index.position.get(e.id))).to.deep.equal([0, 1, 2]);
    expect(index.position.get('missing')).to.equal(undefined);
    expect([...index.starts]).to.deep.equal([1, 3, 5].map((d) => d * DAY));
  });

  it('binEvents(index, invert, width, binPx) counts each start once, in the bin under it', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: 50, max: 1200 }), (input, width) => {
        const events = eventsFrom(input);
        const index = indexEvents(events);
        // 0 px is day -10 and `width` px day 410: every event is on screen.
        const invert = (px: number) => (-10 + (px / width) * 420) * DAY;
        const bins = binEvents(index, invert, width, 4);
        expect(bins.reduce((sum, bin) => sum + bin.count, 0)).to.equal(events.length);
        for (const bin of bins) {
          const inside = events.filter((e) => e.when.start >= bin.start && e.when.start < bin.end);
          expect(bin.count).to.equal(inside.length);
          if (bin.count) expect(events[bin.first]).to.equal(inside[0]);
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('quantileOf', () => {
  it('equals d3-array quantile on finite numbers (fast-check)', async () => {
    const { quantile } = await import('d3-array');
    const { quantileOf } = await import('../../src/layout/event-index.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), { maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const expected = quantile(values, p) ?? 0;
        expect(quantileOf(Float64Array.from(values), p)).to.be.closeTo(expected, Math.abs(expected) * 1e-12 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
