import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { EN_STRINGS, UK_STRINGS, fill, mergeStrings, type TimelineStrings } from '../../src/strings.js';
import { fixture, SMALL } from '../helpers/harness.js';

const TEXT_KEYS = (Object.keys(EN_STRINGS) as (keyof TimelineStrings)[]).filter((k) => typeof EN_STRINGS[k] === 'string');

/** Any value an author (or a script on the page) might put in a word: text, other types, and getters that throw. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
  fc.constant(Symbol('word')),
  fc.constant(() => 'a function'),
);

/** An object whose listed keys are getters that throw. */
function throwing(base: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const own = { ...base };
  for (const key of keys) Object.defineProperty(own, key, { enumerable: true, get() { throw new Error(`no ${key}`); } });
  return own;
}

describe('strings validation (mergeStrings)', () => {
  it('takes the author\'s text words and keeps the built-in ones for the rest, with no issues', () => {
    const { strings, issues } = mergeStrings(EN_STRINGS, { zoomIn: 'Plus', dateWords: { approximate: 'c. {date}' }, categoryLabels: { sport: 'Sport' } });
    expect(issues).to.deep.equal([]);
    expect(strings.zoomIn).to.equal('Plus');
    expect(strings.zoomOut).to.equal('Zoom out');
    expect(strings.dateWords).to.deep.equal({ ...EN_STRINGS.dateWords, approximate: 'c. {date}' });
    expect(strings.categoryLabels).to.deep.equal({ ...EN_STRINGS.categoryLabels, sport: 'Sport' });
  });

  it('falls back per key and reports a word that is not text or whose getter throws', () => {
    const own = throwing({ position: 123, close: 'Shut' }, ['zoomIn']);
    const { strings, issues } = mergeStrings(UK_STRINGS, own);
    expect(strings.position).to.equal(UK_STRINGS.position);
    expect(strings.zoomIn).to.equal(UK_STRINGS.zoomIn);
    expect(strings.close).to.equal('Shut');
    expect(issues.map((i) => i.field).sort()).to.deep.equal(['strings.position', 'strings.zoomIn']);
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
    expect(issues.find((i) => i.field === 'strings.position')!.message).to.equal('strings.position is a number, not text; using the built-in "{index} з {count}".');
  });

  it('survives a strings value that is not an object, and a Proxy whose every trap throws', () => {
    for (const own of [42, 'words', true]) {
      const { strings, issues } = mergeStrings(EN_STRINGS, own);
      expect(strings).to.deep.equal(EN_STRINGS);
      expect(issues.map((i) => i.field)).to.deep.equal(['strings']);
    }
    const hostile = new Proxy({}, { get() { throw new Error('get'); }, has() { throw new Error('has'); }, ownKeys() { throw new Error('keys'); } });
    const { strings, issues } = mergeStrings(EN_STRINGS, hostile);
    expect(strings).to.deep.equal(EN_STRINGS);
    expect(issues.length).to.equal(TEXT_KEYS.length + 2);
    const labels = mergeStrings(EN_STRINGS, { categoryLabels: hostile });
    expect(labels.strings.categoryLabels).to.deep.equal(EN_STRINGS.categoryLabels);
    expect(labels.issues.map((i) => i.field)).to.include('strings.categoryLabels');
  });

  it('every word of the result is text that fill() can use, and each bad word is one issue (fast-check)', () => {
    const key = fc.constantFrom<string>(...TEXT_KEYS, 'dateWords', 'categoryLabels', 'notAWord');
    const own = fc.tuple(fc.dictionary(key, anyValue, { maxKeys: 6 }), fc.subarray(TEXT_KEYS as string[], { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('approximate', 'uncertain', 'military', 'sport'), anyValue, { maxKeys: 3 }));
    fc.assert(fc.property(own, ([values, throwingKeys, nested]) => {
      const input = throwing({ ...values, dateWords: nested, categoryLabels: nested }, throwingKeys);
      const { strings, issues } = mergeStrings(EN_STRINGS, input);
      for (const k of TEXT_KEYS) expect(fill(strings[k] as string, { count: 1, index: 1 })).to.be.a('string');
      for (const word of [...Object.values(strings.dateWords), ...Object.values(strings.categoryLabels)]) expect(word).to.be.a('string');
      const badText = TEXT_KEYS.filter((k) => !throwingKeys.includes(k) && k in values && values[k] !== undefined && typeof values[k] !== 'string');
      for (const k of [...badText, ...throwingKeys]) expect(issues.map((i) => i.field)).to.include(`strings.${k}`);
      for (const k of TEXT_KEYS) if (!throwingKeys.includes(k) && typeof values[k] === 'string') expect(strings[k]).to.equal(values[k]);
    }), { seed: 15, numRuns: 150 });
  });

  it('the element renders with the built-in word in place of a bad one, and no uncaught error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      el.data = SMALL;
      el.strings = throwing({ zoomIn: 123, zoomOut: 'Smaller' }, ['fit']) as Partial<TimelineStrings>;
      await el.updateComplete;
      const tool = (label: string) => el.shadowRoot!.querySelector(`button[aria-label="${label}"]`);
      expect(tool('Zoom in')).to.not.equal(null);
      expect(tool('Smaller')).to.not.equal(null);
      expect(tool('Show all events')).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(SMALL.events.length);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
