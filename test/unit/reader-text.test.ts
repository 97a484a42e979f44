/**
 * Issue 13.11: everything the built-in data shows readers speaks to readers. Date notes, summaries and titles
 * never name an event or source id, the data's fields or how the data was edited.
 */
import { expect } from '@esm-bundle/chai';
import { builtinData } from '../../src/builtin-data.js';

describe('the built-in data speaks to readers', () => {
  const ids = [...builtinData.events.map((e) => e.id!), ...(builtinData.sources ?? []).map((s) => s.id)];
  const shown = builtinData.events.flatMap((e) => [e.title, e.summary ?? '', e.dateNote ?? ''].map((text) => ({ id: e.id, text })));

  it('names no id of an event or a source', () => {
    const naming = shown.filter(({ text }) => ids.some((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text)));
    expect(naming.map((n) => `${n.id}: ${n.text.slice(0, 80)}`)).to.deep.equal([]);
  });

  it('says nothing about ids, fields or editing the data', () => {
    const editorial = shown.filter(({ text }) => /\bthe id\b|\bids?\b uses?|\bdateBasis\b|\bdateNote\b|\bfield\b/i.test(text));
    expect(editorial.map((n) => `${n.id}: ${n.text.slice(0, 80)}`)).to.deep.equal([]);
  });
});
