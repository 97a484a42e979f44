// The built-in dataset (data/ukraine-2022.json) against its schema (data/schema.json) and its sources.
//
//   node --test test/node/
//
// The quote check needs the two source articles, which live outside the clone: CI checks out `../shared/`
// beside it, so the articles are at `<repo>/../shared/seeds/`. Without that folder the check reports itself
// skipped (never passed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = resolve(REPO, '..', 'shared', 'seeds');

/** Source id → the seed file holding the article's text (see data/README.md). */
const SEED_FILES = {
  'escalation-article': '000_f0780a2d90059853.txt',
  'harrowing-images-article': '004_66c745f67ee808a1.txt',
};

/** The built-in categories, with the colour and shape documented in data/README.md. */
const BUILTIN_CATEGORIES = ['military', 'civilian-harm', 'humanitarian', 'diplomacy', 'political'];

const readJson = (path) => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
const schema = readJson('data/schema.json');
const data = readJson('data/ukraine-2022.json');

function compile() {
  // Union types (`["string", "null"]`) are valid JSON Schema; Ajv's strict mode only asks to be told they are meant.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

const describeErrors = (errors) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');

// ------------------------------------------------------------------------------------------------ dates

const SINGLE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?([~?])?$/;

/**
 * Parses one date (no interval) into the first instant it can mean, in ms since the epoch (UTC), checking that
 * the calendar day exists. Returns null when the value is not a date this format accepts.
 */
function parseSingle(text) {
  const m = SINGLE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < 1 || day > lastDay) return null;
  // Date.UTC maps years 0–99 to 1900–1999, so set the full year explicitly.
  let ms = new Date(0).setUTCFullYear(year, month - 1, day);
  if (h !== undefined) {
    const hour = Number(h);
    const minute = Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (hour > 23 || minute > 59 || second > 59) return null;
    ms += ((hour * 60 + minute) * 60 + second) * 1000 + (frac ? Number(`0.${frac}`) * 1000 : 0);
    if (offset !== 'Z') {
      const sign = offset[0] === '-' ? -1 : 1;
      const [oh, om] = offset.slice(1).split(':').map(Number);
      if (oh > 23 || om > 59) return null;
      ms -= sign * (oh * 60 + om) * 60_000;
    }
  }
  return ms;
}

/** Parses a date or a `start/end` interval into [startMs, endStartMs], or null when invalid or reversed. */
function parseDate(text) {
  if (typeof text !== 'string') return null;
  const parts = text.split('/');
  if (parts.length > 2) return null;
  const start = parseSingle(parts[0]);
  if (start === null) return null;
  if (parts.length === 1) return [start, start];
  const end = parseSingle(parts[1]);
  if (end === null || end < start) return null;
  return [start, end];
}

test('the date checker used below accepts the documented forms and rejects impossible days', () => {
  for (const ok of [
    '2022',
    '2022-03',
    '2022-02-24',
    '2022-02-28?',
    '2022-03~',
    '2022-02-24T05:00+02:00',
    '2022-02-24T03:00:00Z',
    '2022-02-24T03:00:00.5Z',
    '2022-02-28/2022-03-01',
    '2024-02-29',
  ]) {
    assert.notEqual(parseDate(ok), null, `${ok} should parse`);
  }
  for (const bad of ['2022-02-30', '2022-13-01', '2023-02-29', '2022-04-31', '2022-3-1', '2022-03-02/2022-02-24', '24 February', '']) {
    assert.equal(parseDate(bad), null, `${bad} should be rejected`);
  }
  assert.equal(parseDate('2022-02-24T05:00+02:00')[0], Date.UTC(2022, 1, 24, 3));
});

// ------------------------------------------------------------------------------------------------ schema

test('data/ukraine-2022.json validates against data/schema.json', () => {
  const validate = compile();
  const ok = validate(data);
  assert.ok(ok, describeErrors(validate.errors));
});

test('the schema rejects known-bad data (so it is known to bite)', () => {
  const validate = compile();
  const good = {
    id: 'example-event',
    date: '2022-02-24',
    title: 'Example',
    category: 'military',
    citations: [{ source: 'escalation-article', quote: 'Example quote', url: 'https://example.org/a' }],
    dateBasis: 'explicit',
  };
  const wrap = (event) => ({ sources: data.sources, events: [event] });
  assert.ok(validate(wrap(good)), `the good example should pass: ${describeErrors(validate.errors)}`);

  const { title: _title, ...noTitle } = good;
  const bad = {
    'missing title': noTitle,
    'missing date': (({ date: _d, ...rest }) => rest)(good),
    'month 13': { ...good, date: '2022-13-01' },
    'day 32': { ...good, date: '2022-01-32' },
    'date in words': { ...good, date: '24 February 2022' },
    'date-time without offset': { ...good, date: '2022-02-24T05:00' },
    'open interval': { ...good, date: '2022-02-24/..' },
    'bad end': { ...good, end: '2022-3-1' },
    'javascript: url on a citation': {
      ...good,
      citations: [{ source: 'escalation-article', quote: 'x', url: 'javascript:alert(1)' }],
    },
    'data: url on a citation': { ...good, citations: [{ source: 'escalation-article', url: 'data:text/html,hi' }] },
    'citation pointing nowhere': { ...good, citations: [{ quote: 'a quote with no source, url or title' }] },
    'empty citations': { ...good, citations: [] },
    'id not kebab-case': { ...good, id: 'Kharkiv Strike' },
    'unknown dateBasis': { ...good, dateBasis: 'guessed' },
    'unknown event field': { ...good, colour: 'red' },
    'unknown citation field': { ...good, citations: [{ source: 'escalation-article', page: 3 }] },
    'figure value as text': { ...good, figures: [{ label: 'civilians killed', value: 'over 2000' }] },
    'lat without lon': { ...good, place: { name: 'Kharkiv', lat: 49.9935 } },
    'latitude out of range': { ...good, place: { name: 'Kharkiv', lat: 149.9935, lon: 36.2304 } },
  };
  for (const [why, event] of Object.entries(bad)) {
    assert.equal(validate(wrap(event)), false, `schema should reject: ${why}`);
  }

  const badSources = {
    'javascript: url on a source': [{ id: 'a-source', title: 'A', url: 'javascript:alert(1)' }],
    'published not a day': [{ id: 'a-source', title: 'A', published: '2 March 2022' }],
    'unknown source field': [{ id: 'a-source', title: 'A', seed: '000.txt' }],
    'source without title': [{ id: 'a-source' }],
  };
  for (const [why, sources] of Object.entries(badSources)) {
    assert.equal(validate({ sources, events: [good] }), false, `schema should reject: ${why}`);
  }
  assert.equal(validate({ events: [good], extra: true }), false, 'schema should reject an unknown top-level field');
  assert.equal(validate({ sources: data.sources }), false, 'schema should reject data without events');
});

// ------------------------------------------------------------------------------------------------ integrity

test('event ids are present and unique; source ids are unique', () => {
  const seen = new Set();
  for (const [i, e] of data.events.entries()) {
    assert.ok(e.id, `event ${i} has no id`);
    assert.ok(!seen.has(e.id), `duplicate event id ${e.id}`);
    seen.add(e.id);
  }
  const sourceIds = data.sources.map((s) => s.id);
  assert.equal(new Set(sourceIds).size, sourceIds.length, 'duplicate source id');
});

test('every citation names a known source', () => {
  const known = new Set(data.sources.map((s) => s.id));
  for (const e of data.events) {
    assert.ok(Array.isArray(e.citations) && e.citations.length > 0, `${e.id}: no citations`);
    for (const [i, c] of e.citations.entries()) {
      assert.ok(known.has(c.source), `${e.id}: citations[${i}].source "${c.source}" is not a source id`);
      assert.equal(typeof c.quote, 'string', `${e.id}: citations[${i}] has no quote`);
      assert.equal(c.quote, c.quote.trim(), `${e.id}: citations[${i}].quote has leading or trailing whitespace`);
    }
  }
});

test('every date and end is a real calendar date, and no span ends before it starts', () => {
  for (const e of data.events) {
    const when = parseDate(e.date);
    assert.notEqual(when, null, `${e.id}: date "${e.date}" is not a valid date or interval`);
    if (e.end !== undefined) {
      const end = parseDate(e.end);
      assert.notEqual(end, null, `${e.id}: end "${e.end}" is not a valid date`);
      assert.ok(end[0] >= when[0], `${e.id}: end "${e.end}" is before date "${e.date}"`);
    }
  }
  for (const era of data.eras ?? []) {
    const start = parseDate(era.start);
    const end = parseDate(era.end);
    assert.ok(start && end, `era "${era.title}": start or end is not a valid date`);
    assert.ok(end[0] >= start[0], `era "${era.title}" ends before it starts`);
  }
  for (const s of data.sources) {
    assert.notEqual(parseDate(s.published), null, `source ${s.id}: published "${s.published}" is not a real day`);
  }
});

test('every event lies between the invasion and the later publication date', () => {
  const first = parseDate('2022-02-24')[0];
  const last = Math.max(...data.sources.map((s) => parseDate(s.published)[0]));
  for (const e of data.events) {
    const when = parseDate(e.date);
    const end = e.end === undefined ? when : parseDate(e.end);
    if (!when || !end) continue; // reported by the calendar-date test above
    const [start, endStart] = [when[0], Math.max(when[1], end[1])];
    assert.ok(start >= first && endStart <= last, `${e.id}: ${e.date} falls outside 2022-02-24 … latest publication`);
  }
});

test('every event is complete: category, summary, short title, date basis, and a note unless explicit', () => {
  for (const e of data.events) {
    assert.ok(BUILTIN_CATEGORIES.includes(e.category), `${e.id}: category "${e.category}" is not a built-in one`);
    assert.ok(e.summary && e.summary.length > 0, `${e.id}: no summary`);
    assert.ok(e.title.length <= 60, `${e.id}: title is ${e.title.length} characters (max 60)`);
    assert.ok(['explicit', 'relative', 'inferred'].includes(e.dateBasis), `${e.id}: no dateBasis`);
    if (e.dateBasis !== 'explicit') {
      assert.ok(e.dateNote && e.dateNote.trim().length > 0, `${e.id}: dateBasis ${e.dateBasis} needs a dateNote`);
    }
    for (const f of e.figures ?? []) assert.ok(Number.isFinite(f.value), `${e.id}: figure "${f.label}" is not a number`);
  }
});

test('every source has a publication date and says how it was inferred; every source is cited', () => {
  const cited = new Set(data.events.flatMap((e) => e.citations.map((c) => c.source)));
  for (const s of data.sources) {
    assert.ok(s.published, `${s.id}: no published date`);
    assert.ok(s.publishedBasis, `${s.id}: no publishedBasis`);
    assert.ok(s.id in SEED_FILES, `${s.id}: no seed file mapped in this test`);
    assert.ok(cited.has(s.id), `${s.id}: never cited`);
  }
});

// ------------------------------------------------------------------------------------------------ quotes

test('every quote occurs verbatim in its article', async (t) => {
  if (!existsSync(SEEDS)) {
    t.skip('../shared/seeds not beside the repo');
    return;
  }
  const texts = {};
  for (const [id, file] of Object.entries(SEED_FILES)) {
    const path = join(SEEDS, file);
    assert.ok(existsSync(path), `${path} is missing (source ${id})`);
    texts[id] = readFileSync(path, 'utf8');
  }
  for (const e of data.events) {
    await t.test(e.id, () => {
      for (const [i, c] of e.citations.entries()) {
        assert.ok(
          texts[c.source].includes(c.quote),
          `${e.id}: citations[${i}].quote is not verbatim in ${SEED_FILES[c.source]}: ${JSON.stringify(c.quote)}`,
        );
      }
    });
  }
  for (const s of data.sources) {
    // The headline (or, for an article without one, its first sentence) opens the file.
    assert.ok(texts[s.id].startsWith(s.title), `${s.id}: title is not the opening of ${SEED_FILES[s.id]}`);
  }
});
