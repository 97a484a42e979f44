import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { IdMap } from '../../src/model/id-map.js';

describe('IdMap: events by id', () => {
  it('answers as a Map filled with "set unless taken" does: add, get, has, size, order (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'e1', 'e10', '')), { maxLength: 400 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 30 }), (ids, probes) => {
        const table = new IdMap<{ id: string; n: number }>();
        const map = new Map<string, { id: string; n: number }>();
        ids.forEach((id, n) => {
          const item = { id, n };
          expect(table.add(item), id).to.equal(!map.has(id));
          if (!map.has(id)) map.set(id, item);
        });
        expect(table.size).to.equal(map.size);
        expect([...table.keys()]).to.deep.equal([...map.keys()]);
        expect([...table.values()]).to.deep.equal([...map.values()]);
        expect([...table]).to.deep.equal([...map]);
        for (const id of [...ids, ...probes]) {
          expect(table.get(id), id).to.equal(map.get(id));
          expect(table.has(id), id).to.equal(map.has(id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('holds 200,000 ids through its growth, each found, none invented', () => {
    const table = new IdMap<{ id: string }>();
    for (let i = 0; i < 200_000; i++) expect(table.add({ id: `e${i}` })).to.equal(true);
    expect(table.add({ id: 'e123456' }), 'a taken id').to.equal(false);
    expect(table.size).to.equal(200_000);
    let found = 0;
    for (let i = 0; i < 200_000; i += 7) if (table.get(`e${i}`)?.id === `e${i}`) found++;
    expect(found).to.equal(Math.ceil(200_000 / 7));
    expect(table.has('e200000')).to.equal(false);
    expect(table.get('')).to.equal(undefined);
  });

  it('tells ids apart that differ only in case, accents, surrogate pairs or trailing text', () => {
    const ids = ['kyiv', 'Kyiv', 'KYIV', 'café', 'cafe\u0301', '😀', '😁', 'a\u0000', 'a', `${'x'.repeat(5000)}1`, `${'x'.repeat(5000)}2`];
    const table = new IdMap<{ id: string }>();
    for (const id of ids) expect(table.add({ id }), id).to.equal(true);
    for (const id of ids) expect(table.get(id)?.id).to.equal(id);
  });
});
