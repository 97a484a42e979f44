import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { runToEnd } from '../../src/model/incremental.js';
import { parseJsonSteps } from '../../src/model/json-steps.js';
import { csvToEvents, csvToEventsSteps } from '../../src/model/csv.js';

/** Small sizes, so that small texts take the segmented path. */
const TINY = { small: 0, segment: 16 };
const steps = (text: string) => runToEnd(parseJsonSteps(text, TINY));

describe('parseJsonSteps: JSON in segments', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  const item = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({ id: fc.string(), date: fc.constant('2022-02-24'), title: fc.string({ unit: 'grapheme' }) }),
    fc.constantFrom('[', ']', '{', '}', ',', '"', '\\', 'a,b', '{"x":[1,2]}', '\u2028'),
  );

  it('gives what JSON.parse gives: a bare list, an object with events (before, between or after other keys) (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.dictionary(fc.string({ maxLength: 6 }).filter((k) => k !== 'events'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), fc.nat(4), (events, others, at) => {
        const bare = JSON.stringify(events);
        expect(steps(bare)).to.deep.equal(JSON.parse(bare));
        const keys = Object.entries(others);
        keys.splice(Math.min(at, keys.length), 0, ['events', events]);
        const object = JSON.stringify(Object.fromEntries(keys), null, at % 2 ? 2 : undefined);
        expect(steps(object)).to.deep.equal(JSON.parse(object));
      }),
      { numRuns: 200 },
    );
  });

  it('reports how far it read, in characters of the text', () => {
    const text = JSON.stringify({ title: 't', events: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, title: 'a, "quoted" [title]' })) });
    const gen = parseJsonSteps(text, TINY);
    const done: number[] = [];
    let step = gen.next();
    for (; !step.done; step = gen.next()) if (step.value) done.push(step.value.done);
    expect(done.length).to.be.greaterThan(10);
    expect(done).to.deep.equal([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).to.be.within(text.length - 2, text.length);
    expect((step.value as { events: unknown[] }).events).to.have.length(500);
  });

  it('a file that is not JSON gets JSON.parse’s own error; a BOM is skipped; a later duplicate "events" wins as in JSON.parse', () => {
    for (const bad of ['[1, 2,', '{"events": [1, 2}', '{"events": [1, 2]', '[1, 2]]', '{"events": [{"a": 1}, ]}']) {
      let expected = '';
      try {
        JSON.parse(bad);
      } catch (error) {
        expected = (error as Error).message;
      }
      expect(() => steps(bad), bad).to.throw(expected);
    }
    expect(steps('\uFEFF[1,2,3]')).to.deep.equal([1, 2, 3]);
    const duplicate = '{"events": [1, 2, 3], "title": "x", "events": [4]}';
    expect(steps(duplicate)).to.deep.equal(JSON.parse(duplicate));
  });
});

describe('csvToEventsSteps: CSV a block of rows at a time', function () {
  // Generous, not a measure: a busy machine (CI beside other work) may take several times longer.
  this.timeout(60_000);
  const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a,b', 'line\nbreak', 'say ""hi""', 'x\r\ny', ''));
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);

  it('gives what csvToEvents gives, whatever the block size, with quoted commas, quotes and line breaks (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('e1', 'e2', 'e3', ''), cell, cell, cell), { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), fc.constantFrom('\n', '\r\n'), (rows, block, eol) => {
        const text = ['id,date,title,quote', ...rows.map(([id, date, title, q]) => [id, quote(date), quote(title), quote(q)].join(','))].join(eol);
        expect(runToEnd(csvToEventsSteps(text, block))).to.deep.equal(csvToEvents(text));
      }),
      { numRuns: 200 },
    );
  });
});
