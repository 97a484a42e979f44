import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { csvToEvents } from '../../src/model/csv.js';
import { safeUrl } from '../../src/model/url.js';
import { assignCategoryStyles, BUILTIN_CATEGORIES, categoryKey, UNCATEGORISED } from '../../src/model/categories.js';
import { parseTimeline } from '../../src/model/parse.js';
import { assertBounded } from '../helpers/bounded-property.js';

const SEED = 42;
const HEADER = 'id,date,end,title,summary,category,place,lat,lon,source,quote,url,source_title,publisher,dateBasis,dateNote';

describe('csvToEvents, safeUrl and assignCategoryStyles', () => {
  it('csvToEvents(text) maps every documented column onto an event', () => {
    const csv = `${HEADER}\nkyiv-strike,2022-02-24,2022-02-25,Strike on Kyiv,Missiles hit the capital.,military,Kyiv,50.45,30.52,art-a,Explosions were heard.,https://example.org/a,Article A,Paper,relative,From "on Thursday".\n`;
    expect(csvToEvents(csv)).to.deep.equal([
      {
        id: 'kyiv-strike',
        date: '2022-02-24',
        end: '2022-02-25',
        title: 'Strike on Kyiv',
        summary: 'Missiles hit the capital.',
        category: 'military',
        dateBasis: 'relative',
        dateNote: 'From "on Thursday".',
        place: { name: 'Kyiv', lat: 50.45, lon: 30.52 },
        citations: [{ source: 'art-a', quote: 'Explosions were heard.', url: 'https://example.org/a', title: 'Article A', publisher: 'Paper' }],
      },
    ]);
  });

  it('csvToEvents(text) reads quoted fields with commas, doubled quotes and newlines', () => {
    const csv = `${HEADER}\r\na,2022-02-24,,"Kharkiv, Freedom Square","First line\r\nsecond line",,,,,,"He said ""we will stand"", and left.",,,,,\r\n`;
    const [event] = csvToEvents(csv);
    expect(event.title).to.equal('Kharkiv, Freedom Square');
    expect(event.summary).to.match(/^First line\r?\nsecond line$/);
    expect(event.citations).to.deep.equal([{ quote: 'He said "we will stand", and left.' }]);
  });

  it('csvToEvents(text) ignores a byte-order mark, so the first column is still "id"', () => {
    const csv = `\uFEFF${HEADER}\nfirst,2022-02-24,,First,,,,,,,,,,,,\n`;
    const events = csvToEvents(csv);
    expect(events).to.have.length(1);
    expect(events[0].id).to.equal('first');
    expect(Object.keys(events[0]).some((k) => k.includes('\uFEFF'))).to.equal(false);
  });

  it('csvToEvents(text) leaves empty and blank cells out, so validation names what is missing', () => {
    const csv = `${HEADER}\n,2022-03,,  Only a title  ,,  ,,,,,,,,,,\nno-date,,,No date,,,,,,,,,,,,\n`;
    const events = csvToEvents(csv);
    expect(events[0]).to.deep.equal({ date: '2022-03', title: 'Only a title' });
    expect(events[1]).to.deep.equal({ id: 'no-date', title: 'No date' });
    const parsed = parseTimeline(events);
    expect(parsed.timeline.events).to.have.length(1);
    expect(parsed.issues.find((i) => i.index === 1)!.message).to.equal('event 2 (no-date, "No date"): has no date.');
  });

  it('csvToEvents(text) keeps a place without usable coordinates as a name only', () => {
    const csv = 'date,title,place,lat,lon\n2022-02-24,A,Kyiv,north,30\n2022-02-24,B,Kyiv,50,\n2022-02-24,C,Equator,0,0\n2022-02-24,D,,50,30\n';
    expect(csvToEvents(csv).map((e) => e.place)).to.deep.equal([{ name: 'Kyiv' }, { name: 'Kyiv' }, { name: 'Equator', lat: 0, lon: 0 }, undefined]);
  });

  it('csvToEvents(text) reads a header with only some columns, in any order', () => {
    const events = csvToEvents('title,date\nReordered,2022-02-24\n');
    expect(events).to.deep.equal([{ date: '2022-02-24', title: 'Reordered' }]);
    expect(csvToEvents('')).to.deep.equal([]);
    expect(csvToEvents(`${HEADER}\n`)).to.deep.equal([]);
  });

  it('safeUrl(url) keeps http: and https: links, normalised', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('HTTPS://EXAMPLE.ORG/Path')).to.equal('https://example.org/Path');
    expect(safeUrl('  https://example.org/a b?q=1#frag \n')).to.equal('https://example.org/a%20b?q=1#frag');
    expect(safeUrl('https://example.org:443/x')).to.equal('https://example.org/x');
  });

  it('safeUrl(url) refuses javascript:, data:, vbscript: and obfuscated schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\njavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/file',
      'mailto:someone@example.org',
      'blob:https://example.org/1234',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
    }
  });

  it('safeUrl(url) refuses relative and protocol-relative URLs, and anything that is not text', () => {
    for (const url of ['/path', 'path/to', '?q=1', '#top', '//example.org/x', '\\\\example.org', '', '   ', `https://example.org/${'a'.repeat(5000)}`]) {
      expect(safeUrl(url), JSON.stringify(url).slice(0, 40)).to.equal(null);
    }
    for (const value of [null, undefined, 42, true, {}, [], ['https://example.org'], new URL('https://example.org'), { toString: () => 'https://example.org' }]) {
      expect(safeUrl(value), String(value)).to.equal(null);
    }
  });

  // Bounded, not timed: a fifth of the cases always run, the rest while a budget lasts (see assertBounded).
  it('safeUrl(anything) returns null or an http(s) URL, and never throws', function () {
    assertBounded(this,
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.anything()), (value) => {
        const url = safeUrl(value);
        if (url !== null) expect(new URL(url).protocol).to.be.oneOf(['http:', 'https:']);
      }),
      { seed: SEED, minRuns: 100, numRuns: 500 },
    );
    assertBounded(this,
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        expect(safeUrl(url)).to.equal(new URL(url).href);
      }),
      { seed: SEED, minRuns: 40, numRuns: 200 },
    );
  });

  it('assignCategoryStyles(names) gives built-in categories their designed colour, shape and key', () => {
    const styles = assignCategoryStyles(['local', ...BUILTIN_CATEGORIES.map((c) => c.name).reverse()]);
    for (const builtin of BUILTIN_CATEGORIES) expect(styles.get(builtin.name)).to.deep.equal(builtin);
    // The built-ins take nothing from the cycle: the first other name still gets its first entry.
    expect(styles.get('local')!.shape).to.equal('circle');
    expect(styles.get('local')!.light).to.equal('#1f5fbf');
  });

  it('assignCategoryStyles(names) gives other names the cycle in order of first appearance', () => {
    const names = ['alpha', 'military', 'beta', 'gamma', 'alpha', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota'];
    const styles = assignCategoryStyles(names);
    expect([...styles.keys()]).to.deep.equal(['alpha', 'military', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota']);
    const others = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota'].map((n) => styles.get(n)!);
    expect(others.map((s) => s.shape)).to.deep.equal(['circle', 'square', 'triangle', 'diamond', 'hexagon', 'star', 'pentagon', 'cross', 'circle']);
    // No two share a shape before the cycle wraps, and the wrap starts over with the first colour.
    expect(new Set(others.slice(0, 8).map((s) => s.shape)).size).to.equal(8);
    expect(others[8].light).to.equal(others[0].light);
    expect(styles.get('alpha')!.label).to.equal('Alpha');
    expect(assignCategoryStyles(['local_news-desk']).get('local_news-desk')!.label).to.equal('Local news desk');
  });

  it('assignCategoryStyles(names) makes keys CSS-safe and unique, also for names that collide after slugging', () => {
    const names = ['A b', 'a-b', 'a b', 'A  B!', 'Ä b', '!!!', '???', 'other', '', '2022', 'x'.repeat(60), `${'x'.repeat(60)}y`, 'a-b-2', UNCATEGORISED, '--custom--'];
    const styles = assignCategoryStyles(names);
    const keys = [...styles.values()].map((s) => s.key);
    expect(keys).to.have.length(names.length);
    expect(new Set(keys).size).to.equal(keys.length);
    for (const key of keys) {
      expect(key).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // Usable as the tail of a custom property name.
      expect(CSS.supports(`--conflict-timeline-category-${key}`, 'red'), key).to.equal(true);
    }
    expect(styles.get('A b')!.key).to.equal('a-b');
    expect(styles.get('a-b')!.key).to.equal('a-b-2');
    expect(styles.get('a b')!.key).to.equal('a-b-3');
    // An author's own "a-b-2" does not take a key already handed out.
    expect(styles.get('a-b-2')!.key).to.not.equal('a-b-2');
    expect(categoryKey('Civilian Harm')).to.equal('civilian-harm');
    expect(categoryKey('Émigré')).to.equal('emigre');
  });

  it('assignCategoryStyles(names) keeps a built-in key even when an earlier name slugs to it', () => {
    const styles = assignCategoryStyles(['Military', 'military', 'Diplomacy!', 'diplomacy']);
    expect(styles.get('military')).to.deep.equal(BUILTIN_CATEGORIES.find((c) => c.name === 'military'));
    expect(styles.get('diplomacy')!.key).to.equal('diplomacy');
    expect(styles.get('Military')!.key).to.equal('military-2');
    expect(styles.get('Diplomacy!')!.key).to.equal('diplomacy-2');
    expect(styles.get('Military')!.shape).to.equal('circle');
    expect(styles.get('Diplomacy!')!.shape).to.equal('square');
  });

  it('assignCategoryStyles(names) is unique and deterministic for any list of names', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('military', 'Military', 'a b', 'a-b', 'other', '')), { maxLength: 30 }), (names) => {
        const styles = assignCategoryStyles(names);
        expect([...styles.keys()]).to.deep.equal([...new Set(names)]);
        const keys = [...styles.values()].map((s) => s.key);
        expect(new Set(keys).size).to.equal(keys.length);
        for (const key of keys) expect(key).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const builtin of BUILTIN_CATEGORIES) if (styles.has(builtin.name)) expect(styles.get(builtin.name)).to.deep.equal(builtin);
        expect([...assignCategoryStyles(names).values()]).to.deep.equal([...styles.values()]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
