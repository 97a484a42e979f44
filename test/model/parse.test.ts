import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { deriveId, parseTimeline, type ParseResult } from '../../src/model/parse.js';
import type { ValidationIssue } from '../../src/model/types.js';

const SEED = 42;
const DAY = 864e5;
const iso = (s: string) => Date.parse(s);

/** A full dataset in the documented shape: sources, events that cite them, an era. */
const FULL = {
  title: 'Test timeline',
  description: 'Two articles, five events.',
  sources: [
    { id: 'art-a', title: 'Article A', publisher: 'Paper A', url: 'https://example.org/a', published: '2022-03-01', publishedBasis: 'Its latest news is Tuesday’s.' },
    { id: 'art-b', title: 'Article B', publisher: null },
  ],
  events: [
    { id: 'talks', date: '2022-02-28', title: 'Talks at the border', category: 'diplomacy', summary: 'Delegations met.', dateBasis: 'relative', dateNote: 'From "on Monday".', citations: [{ source: 'art-a', quote: 'Talks were held on Monday.' }] },
    { id: 'invasion', date: '2022-02-24', title: 'Invasion begins', category: 'military', place: { name: 'Ukraine' }, citations: [{ source: 'art-b', quote: 'It broke out on 24 February.' }] },
    { id: 'refugees', date: '2022-03-01', title: 'Refugees reach 660,000', category: 'humanitarian', figures: [{ label: 'people fled', value: 660000, qualifier: 'more than', attribution: 'UNHCR' }], place: { name: 'Kharkiv', lat: 49.99, lon: 36.23 } },
    { id: 'week', date: '2022-02-24/2022-03-02', title: 'First week', category: 'military' },
    { id: 'march', date: '2022-03', title: 'Sometime in March' },
  ],
  eras: [{ title: 'First week', start: '2022-02-24', end: '2022-03-02' }],
};

function errorsFor(result: ParseResult, index: number): ValidationIssue[] {
  return result.issues.filter((i) => i.index === index && i.severity === 'error');
}
function warningsFor(result: ParseResult, index: number): ValidationIssue[] {
  return result.issues.filter((i) => i.index === index && i.severity === 'warning');
}
/** Parses one event on its own. */
function one(event: unknown): ParseResult {
  return parseTimeline({ events: [event] });
}
function expectArrays(result: ParseResult): void {
  expect(result.issues).to.be.an('array');
  for (const key of ['events', 'categories', 'eras', 'sources'] as const) expect(result.timeline[key], key).to.be.an('array');
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
/** Real calendar days, written YYYY-MM-DD. */
const validDate = fc
  .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, daysIn(y, m)), 2)}`);
const validTitle = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

/** An object every operation on which throws: get, has, ownKeys, getPrototypeOf, … */
function hostileProxy(): object {
  const handler = new Proxy({}, { get: () => () => { throw new Error('trap'); } });
  return new Proxy({}, handler);
}
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
/** A valid-looking event whose every field is a getter that throws. */
function throwingGetters(): object {
  const event = {};
  for (const key of ['id', 'date', 'title', 'end', 'category', 'place', 'figures', 'citations', 'dateBasis', 'dateNote', 'summary']) {
    Object.defineProperty(event, key, { enumerable: true, get: () => { throw new Error(`getter ${key}`); } });
  }
  return event;
}

describe('parseTimeline', () => {
  it('parseTimeline(dataset) reads title, description, sources, events and eras', () => {
    const { timeline, issues } = parseTimeline(FULL);
    expect(issues).to.deep.equal([]);
    expect(timeline.title).to.equal('Test timeline');
    expect(timeline.description).to.equal('Two articles, five events.');
    expect(timeline.inputCount).to.equal(5);
    expect(timeline.sources.map((s) => s.id)).to.deep.equal(['art-a', 'art-b']);
    expect(timeline.sources[0]).to.deep.equal(FULL.sources[0]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['invasion', 'week', 'talks', 'refugees', 'march']);
    const talks = timeline.events.find((e) => e.id === 'talks')!;
    expect(talks.index).to.equal(0);
    expect(talks.event).to.deep.equal({ ...FULL.events[0], citations: [{ source: 'art-a', quote: 'Talks were held on Monday.' }] });
    expect(talks.when.start).to.equal(iso('2022-02-28T00:00Z'));
    expect(talks.when.end).to.equal(iso('2022-03-01T00:00Z'));
    expect(talks.category).to.equal('diplomacy');
    const refugees = timeline.events.find((e) => e.id === 'refugees')!;
    expect(refugees.event.place).to.deep.equal({ name: 'Kharkiv', lat: 49.99, lon: 36.23 });
    expect(refugees.event.figures).to.deep.equal(FULL.events[2].figures);
    const week = timeline.events.find((e) => e.id === 'week')!;
    expect(week.when.interval).to.equal(true);
    expect(week.when.end).to.equal(iso('2022-03-03T00:00Z'));
    expect(timeline.events.find((e) => e.id === 'march')!.when.precision).to.equal('month');
    expect(timeline.eras).to.have.length(1);
    expect(timeline.eras[0].title).to.equal('First week');
  });

  it('parseTimeline(array) reads a bare array of events', () => {
    const { timeline, issues } = parseTimeline([
      { id: 'b', date: '2022-03-01', title: 'B' },
      { id: 'a', date: '2022-02-24', title: 'A' },
    ]);
    expect(issues).to.deep.equal([]);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(timeline.title).to.equal('');
    expect(timeline.inputCount).to.equal(2);
  });

  it('parseTimeline(text) reads JSON text of a dataset or an array', () => {
    expect(parseTimeline(JSON.stringify(FULL))).to.deep.equal(parseTimeline(FULL));
    const array = parseTimeline('[{"id":"x","date":"2022-02-24","title":"X"}]');
    expect(array.issues).to.deep.equal([]);
    expect(array.timeline.events.map((e) => e.id)).to.deep.equal(['x']);
  });

  it('parseTimeline(text) reports text that is not JSON, once', () => {
    const { timeline, issues } = parseTimeline('{"events": [');
    expect(timeline.events).to.deep.equal([]);
    expect(issues).to.have.length(1);
    expect(issues[0].severity).to.equal('error');
    expect(issues[0].message).to.match(/^The data is not valid JSON: ./);
  });

  it('parseTimeline(null | number | string | undefined) names what it got instead of a dataset', () => {
    const cases: [unknown, string][] = [
      [null, 'The data should be an object with an "events" list, not null.'],
      [42, 'The data should be an object with an "events" list, not number.'],
      [true, 'The data should be an object with an "events" list, not boolean.'],
      ['"just text"', 'The data should be an object with an "events" list, not string.'],
    ];
    for (const [input, message] of cases) {
      const { timeline, issues } = parseTimeline(input);
      expectArrays({ timeline, issues });
      expect(timeline.events, String(input)).to.deep.equal([]);
      expect(issues.map((i) => i.message), String(input)).to.deep.equal([message]);
      expect(issues[0].severity).to.equal('error');
      expect(issues[0].field).to.equal('events');
    }
    expect(parseTimeline('hello').issues[0].message).to.match(/^The data is not valid JSON/);
    // undefined is "no data given": nothing to show, nothing about its shape to report.
    const none = parseTimeline(undefined);
    expect(none.timeline.events).to.deep.equal([]);
    expect(none.timeline.inputCount).to.equal(0);
    expect(none.issues.filter((i) => i.field === 'events')).to.deep.equal([]);
  });

  it('parseTimeline(data) reports a dataset without an events list', () => {
    const { timeline, issues } = parseTimeline({ title: 'No events here' });
    expect(timeline.events).to.deep.equal([]);
    expect(timeline.title).to.equal('No events here');
    expect(issues).to.deep.equal([{ severity: 'error', message: 'The data has no "events" list.', field: 'events' }]);
    expect(parseTimeline({ events: 'not a list' }).issues[0].message).to.equal('The data has no "events" list.');
  });

  it('parseTimeline(data) reports an empty events list', () => {
    for (const input of [{ events: [] }, []]) {
      const { timeline, issues } = parseTimeline(input);
      expect(timeline.events).to.deep.equal([]);
      expect(timeline.inputCount).to.equal(0);
      expect(issues).to.deep.equal([{ severity: 'error', message: 'The data has no events.', field: 'events' }]);
    }
  });

  it('parseTimeline(rows) reports an event that is not an object', () => {
    const result = parseTimeline([null, 'text', 7, [1, 2], { id: 'ok', date: '2022-02-24', title: 'OK' }]);
    expect(result.timeline.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.index, i.message])).to.deep.equal([
      [0, 'event 1 is not an object (got null).'],
      [1, 'event 2 is not an object (got string).'],
      [2, 'event 3 is not an object (got number).'],
      [3, 'event 4 is not an object (got a list).'],
    ]);
    expect(result.issues.at(-1)).to.deep.equal({ severity: 'warning', message: '4 of 5 events could not be shown.' });
  });

  it('parseTimeline(rows) reports a missing or blank title', () => {
    const result = parseTimeline([
      { id: 'no-title', date: '2022-02-24' },
      { id: 'blank', date: '2022-02-24', title: '   ' },
      { id: 'object', date: '2022-02-24', title: { text: 'x' } },
    ]);
    expect(result.timeline.events).to.deep.equal([]);
    expect(result.issues.map((i) => [i.index, i.id, i.field, i.message])).to.deep.equal([
      [0, 'no-title', 'title', 'event 1 (no-title): has no title.'],
      [1, 'blank', 'title', 'event 2 (blank): title "   " is not usable text.'],
      [2, 'object', 'title', 'event 3 (object): title "{"text":"x"}" is not usable text.'],
      [undefined, undefined, undefined, 'None of the 3 events could be shown.'],
    ]);
  });

  it('parseTimeline(rows) reports a missing start date', () => {
    for (const date of [undefined, null, '']) {
      const result = one({ id: 'undated', title: 'Undated', date });
      expect(result.timeline.events).to.deep.equal([]);
      expect(errorsFor(result, 0)).to.deep.equal([
        { severity: 'error', index: 0, id: 'undated', field: 'date', message: 'event 1 (undated, "Undated"): has no date.' },
      ]);
    }
  });

  it('parseTimeline(rows) reports a date that is not text', () => {
    const result = parseTimeline([
      { title: 'Number', date: 20220224 },
      { title: 'Object', date: { year: 2022 } },
    ]);
    expect(result.timeline.events).to.deep.equal([]);
    expect(errorsFor(result, 0)[0].message).to.equal('event 1: date "20220224" should be text such as "2022-02-24".');
    expect(errorsFor(result, 1)[0].message).to.equal('event 2: date "{"year":2022}" should be text such as "2022-02-24".');
  });

  it('parseTimeline(rows) reports an impossible date in the author’s terms, 1-based in the message, 0-based in index', () => {
    const events: object[] = Array.from({ length: 6 }, (_, i) => ({ id: `ok-${i}`, date: `2022-02-0${i + 1}`, title: `OK ${i}` }));
    events.push({ id: 'kharkiv-strike', date: '2022-02-30', title: 'Strike on Freedom Square' });
    const result = parseTimeline({ events });
    expect(result.timeline.events.map((e) => e.id)).to.not.include('kharkiv-strike');
    expect(result.timeline.events).to.have.length(6);
    expect(errorsFor(result, 6)).to.deep.equal([
      {
        severity: 'error',
        index: 6,
        id: 'kharkiv-strike',
        field: 'date',
        message: 'event 7 (kharkiv-strike): date "2022-02-30" is not a real day (February 2022 has 28 days)',
      },
    ]);
    expect(errorsFor(one({ date: '2024-02-30', title: 'Leap' }), 0)[0].message).to.equal(
      'event 1: date "2024-02-30" is not a real day (February 2024 has 29 days)',
    );
    expect(errorsFor(one({ date: '2022-13-01', title: 'Month 13' }), 0)[0].message).to.equal('event 1: date "2022-13-01" has no month 13');
    expect(result.issues.at(-1)!.message).to.equal('1 of 7 events could not be shown.');
  });

  it('parseTimeline(rows) reports an end before the start, and a bad end', () => {
    const result = parseTimeline([
      { id: 'backwards', date: '2022-03-01', end: '2022-02-24', title: 'Backwards' },
      { id: 'same-day', date: '2022-03-01', end: '2022-03-01', title: 'Same day' },
      { id: 'bad-end', date: '2022-03-01', end: '2022-02-30', title: 'Bad end' },
      { id: 'number-end', date: '2022-03-01', end: 5, title: 'Number end' },
      { id: 'fine', date: '2022-02-28', end: '2022-03-01', title: 'Fine' },
    ]);
    expect(result.timeline.events.map((e) => e.id)).to.deep.equal(['fine', 'same-day']);
    expect(errorsFor(result, 0)).to.deep.equal([
      { severity: 'error', index: 0, id: 'backwards', field: 'end', message: 'event 1 (backwards): the end (24 February 2022) is not after the start (1 March 2022)' },
    ]);
    expect(errorsFor(result, 2)[0].message).to.equal('event 3 (bad-end): end "2022-02-30" is not a real day (February 2022 has 28 days)');
    expect(errorsFor(result, 3)[0].message).to.equal('event 4 (number-end): end "5" should be text such as "2022-03-01".');
    const fine = result.timeline.events[0];
    expect(fine.event.end).to.equal('2022-03-01');
    expect(fine.when.interval).to.equal(true);
    expect([fine.when.start, fine.when.end]).to.deep.equal([iso('2022-02-28T00:00Z'), iso('2022-03-02T00:00Z')]);
    // A start/end interval in `date` that runs backwards is refused too.
    expect(errorsFor(one({ date: '2022-03-01/2022-02-24', title: 'x' }), 0)[0].message).to.equal('event 1: date interval "2022-03-01/2022-02-24" ends before it starts');
  });

  it('parseTimeline(rows) shows an event with a bad category as uncategorised, with a warning', () => {
    const result = parseTimeline([
      { id: 'list', date: '2022-02-24', title: 'List category', category: ['military'] },
      { id: 'bool', date: '2022-02-24', title: 'Boolean category', category: false },
      { id: 'blank', date: '2022-02-24', title: 'Blank category', category: '  ' },
      { id: 'none', date: '2022-02-24', title: 'No category' },
      { id: 'trimmed', date: '2022-02-24', title: 'Trimmed', category: '  military ' },
    ]);
    expect(result.timeline.events.map((e) => [e.id, e.category])).to.deep.equal([
      ['list', 'uncategorised'],
      ['bool', 'uncategorised'],
      ['blank', 'uncategorised'],
      ['none', 'uncategorised'],
      ['trimmed', 'military'],
    ]);
    expect(warningsFor(result, 0)).to.deep.equal([
      { severity: 'warning', index: 0, id: 'list', field: 'category', message: 'event 1 (list): category "["military"]" is not usable text; shown as uncategorised.' },
    ]);
    expect(warningsFor(result, 1)[0].message).to.equal('event 2 (bool): category "false" is not usable text; shown as uncategorised.');
    expect(warningsFor(result, 2)[0].field).to.equal('category');
    expect(warningsFor(result, 3)).to.deep.equal([]);
  });

  it('parseTimeline(rows) drops a place without a name, with a warning, and keeps the event', () => {
    const result = parseTimeline([
      { id: 'nameless', date: '2022-02-24', title: 'Nameless place', place: { lat: 50, lon: 30 } },
      { id: 'text-place', date: '2022-02-24', title: 'Place as text', place: ' Kyiv ' },
    ]);
    expect(result.timeline.events).to.have.length(2);
    expect(result.timeline.events[0].event.place).to.equal(undefined);
    expect(warningsFor(result, 0)).to.deep.equal([
      { severity: 'warning', index: 0, id: 'nameless', field: 'place', message: 'event 1 (nameless): place has no "name"; it was ignored.' },
    ]);
    expect(result.timeline.events[1].event.place).to.deep.equal({ name: 'Kyiv' });
  });

  it('parseTimeline(rows) drops coordinates that are not a valid lat/lon pair, keeping the place name', () => {
    const bad = [
      { lat: 91, lon: 30 },
      { lat: 50, lon: -181 },
      { lat: '50', lon: '30' },
      { lat: 50 },
      { lon: 30 },
      { lat: Number.NaN, lon: 30 },
    ];
    for (const coords of bad) {
      const result = one({ id: 'p', date: '2022-02-24', title: 'Place', place: { name: 'Kyiv', ...coords } });
      expect(result.timeline.events[0].event.place, JSON.stringify(coords)).to.deep.equal({ name: 'Kyiv' });
      expect(warningsFor(result, 0).map((i) => i.message), JSON.stringify(coords)).to.deep.equal([
        'event 1 (p): place "Kyiv" has coordinates that are not a valid lat/lon pair; they were ignored.',
      ]);
    }
    const edges = one({ id: 'p', date: '2022-02-24', title: 'Place', place: { name: 'Pole', lat: -90, lon: 180 } });
    expect(edges.issues).to.deep.equal([]);
    expect(edges.timeline.events[0].event.place).to.deep.equal({ name: 'Pole', lat: -90, lon: 180 });
  });

  it('parseTimeline(rows) drops figures without a numeric value, with a warning per figure', () => {
    const result = one({
      id: 'f',
      date: '2022-02-24',
      title: 'Figures',
      figures: [
        { label: 'dead', value: 'many' },
        { label: 'injured', value: 12, unit: 'people', qualifier: 'at least' },
        { label: 'fled', value: '660000' },
        { value: 5 },
        { label: 'infinite', value: Infinity },
      ],
    });
    expect(result.timeline.events[0].event.figures).to.deep.equal([
      { label: 'injured', value: 12, unit: 'people', qualifier: 'at least' },
      { label: 'fled', value: 660000 },
    ]);
    expect(warningsFor(result, 0).map((i) => [i.field, i.message])).to.deep.equal([
      ['figures[0]', 'event 1 (f): figure 1 needs a "label" and a numeric "value"; it was ignored.'],
      ['figures[3]', 'event 1 (f): figure 4 needs a "label" and a numeric "value"; it was ignored.'],
      ['figures[4]', 'event 1 (f): figure 5 needs a "label" and a numeric "value"; it was ignored.'],
    ]);
    expect(warningsFor(one({ id: 'g', date: '2022-02-24', title: 'x', figures: { label: 'a', value: 1 } }), 0)[0].message).to.equal(
      'event 1 (g): figures should be a list; they were ignored.',
    );
  });

  it('parseTimeline(rows) ignores citations that are not a list, with a warning', () => {
    const result = one({ id: 'c', date: '2022-02-24', title: 'Citations', citations: { source: 'a' } });
    expect(result.timeline.events).to.have.length(1);
    expect(result.timeline.events[0].citations).to.deep.equal([]);
    expect(result.timeline.events[0].event.citations).to.equal(undefined);
    expect(warningsFor(result, 0)).to.deep.equal([
      { severity: 'warning', index: 0, id: 'c', field: 'citations', message: 'event 1 (c): citations should be a list; they were ignored.' },
    ]);
  });

  it('parseTimeline(rows) removes javascript: and data: links with an issue, and keeps the rest of the citation', () => {
    const result = parseTimeline({
      sources: [{ id: 's', title: 'Source', url: 'javascript:alert(1)' }],
      events: [
        {
          id: 'links',
          date: '2022-02-24',
          title: 'Links',
          citations: [
            { quote: 'First quote', url: 'javascript:alert(document.cookie)' },
            { quote: 'Second quote', url: 'data:text/html,<script>alert(1)</script>' },
            { quote: 'Third quote', url: ' JavaScript:alert(1)' },
            { url: 'javascript:void(0)' },
            { quote: 'Fine', url: 'https://example.org/fine' },
          ],
        },
      ],
    });
    const event = result.timeline.events[0];
    expect(event.event.citations).to.deep.equal([
      { quote: 'First quote' },
      { quote: 'Second quote' },
      { quote: 'Third quote' },
      { quote: 'Fine', url: 'https://example.org/fine' },
    ]);
    expect(event.citations.map((c) => c.url)).to.deep.equal([undefined, undefined, undefined, 'https://example.org/fine']);
    expect(result.timeline.sources[0].url).to.equal(undefined);
    const fields = result.issues.map((i) => i.field);
    expect(fields).to.include.members(['sources[0].url', 'citations[0].url', 'citations[1].url', 'citations[2].url', 'citations[3].url', 'citations[3]']);
    expect(result.issues.find((i) => i.field === 'citations[0].url')!.message).to.equal(
      'event 1 (links): citation 1: the link "javascript:alert(document.cookie)" was removed: only http: and https: links are allowed.',
    );
    expect(result.issues.find((i) => i.field === 'sources[0].url')!.message).to.equal(
      'Source 1 (s): the link "javascript:alert(1)" was removed: only http: and https: links are allowed.',
    );
    // No unsafe link survives anywhere in the parsed result.
    expect(JSON.stringify(result.timeline)).to.not.match(/javascript:|data:text/i);
  });

  it('parseTimeline(rows) renames a duplicate id with a warning', () => {
    const result = parseTimeline([
      { id: 'strike', date: '2022-02-24', title: 'First' },
      { id: 'strike', date: '2022-02-25', title: 'Second' },
      { id: 'strike', date: '2022-02-26', title: 'Third' },
      { id: 'strike-2', date: '2022-02-27', title: 'Fourth' },
    ]);
    expect(result.timeline.events.map((e) => [e.id, e.event.title])).to.deep.equal([
      ['strike', 'First'],
      ['strike-2', 'Second'],
      ['strike-3', 'Third'],
      ['strike-2-2', 'Fourth'],
    ]);
    expect(result.issues.map((i) => [i.severity, i.index, i.field, i.message])).to.deep.equal([
      ['warning', 1, 'id', 'event 2 (strike): the id "strike" is used by an earlier event; this one is called "strike-2".'],
      ['warning', 2, 'id', 'event 3 (strike): the id "strike" is used by an earlier event; this one is called "strike-3".'],
      ['warning', 3, 'id', 'event 4 (strike-2): the id "strike-2" is used by an earlier event; this one is called "strike-2-2".'],
    ]);
    const ids = result.timeline.events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('parseTimeline(rows) derives ids from date and title, de-duplicated in input order', () => {
    expect(deriveId('2022-02-24', 'Kharkiv: Freedom Square strike!')).to.equal('2022-02-24-kharkiv-freedom-square-strike');
    expect(deriveId('2022-03-01', 'Záhony border crossing')).to.equal('2022-03-01-zahony-border-crossing');
    expect(deriveId('', '!!!')).to.equal('event');
    expect(deriveId('2022-02-24', 'x'.repeat(200)).length).to.be.at.most(64);
    const rows = [
      { date: '2022-03-01', title: 'Shelling continues' },
      { date: '2022-03-01', title: 'Shelling continues' },
      { date: ' 2022-02-24 ', title: ' Invasion begins ' },
      { date: '2022-03-01', title: 'Shelling continues' },
      { id: 42, date: '2022-03-02', title: 'Numeric id' },
    ];
    const first = parseTimeline(rows);
    expect(first.timeline.events.map((e) => [e.index, e.id])).to.deep.equal([
      [2, '2022-02-24-invasion-begins'],
      [0, '2022-03-01-shelling-continues'],
      [1, '2022-03-01-shelling-continues-2'],
      [3, '2022-03-01-shelling-continues-3'],
      [4, '42'],
    ]);
    // Derived ids are not the author's: renaming them is not worth a warning.
    expect(first.issues).to.deep.equal([]);
    expect(first.timeline.events.every((e) => e.event.id === e.id)).to.equal(true);
    expect(first.timeline.events[0].event.title).to.equal('Invasion begins');
    expect(first.timeline.events[0].event.date).to.equal('2022-02-24');
    expect(parseTimeline(rows)).to.deep.equal(first);
  });

  it('parseTimeline(rows) reports each unknown field once, with the number of events that have it', () => {
    const result = parseTimeline([
      { id: 'a', date: '2022-02-24', title: 'A', catgory: 'military', source: 'x' },
      { id: 'b', date: '2022-02-25', title: 'B', catgory: 'diplomacy' },
      { id: 'c', date: '2022-02-26', title: 'C', catgory: 'military' },
      { id: 'd', title: 'Invalid but still counted', catgory: 'x' },
    ]);
    const unknown = result.issues.filter((i) => i.message.startsWith('The field'));
    expect(unknown).to.deep.equal([
      { severity: 'warning', field: 'catgory', message: 'The field "catgory" is not used by the timeline (4 events have it).' },
      { severity: 'warning', field: 'source', message: 'The field "source" is not used by the timeline (1 event has it).' },
    ]);
    expect(result.timeline.events.every((e) => !('catgory' in e.event))).to.equal(true);
  });

  it('parseTimeline(rows) sorts events by start, then end, then input order', () => {
    const result = parseTimeline([
      { id: 'month', date: '2022-03', title: 'March' },
      { id: 'day-b', date: '2022-03-01', title: 'Day B' },
      { id: 'morning', date: '2022-03-01T08:00Z', title: 'Morning' },
      { id: 'day-a', date: '2022-03-01', title: 'Day A' },
      { id: 'span', date: '2022-03-01', end: '2022-03-05', title: 'Span' },
      { id: 'year', date: '2022', title: 'Year' },
      { id: 'earlier', date: '2022-02-28T23:59Z', title: 'Earlier' },
      { id: 'midnight', date: '2022-03-01T00:00Z', title: 'Midnight instant' },
    ]);
    expect(result.timeline.events.map((e) => e.id)).to.deep.equal([
      'year', // 1 Jan 2022
      'earlier', // 28 Feb, 23:59
      'midnight', // 1 Mar 00:00, an instant: ends first
      'day-b', // 1 Mar, ends 2 Mar; input 1
      'day-a', // same range; input 3
      'span', // ends 6 Mar
      'month', // ends 1 Apr
      'morning', // 1 Mar 08:00
    ]);
  });

  it('parseTimeline(rows) lists categories in order of first appearance, with uncategorised for events without one', () => {
    const result = parseTimeline([
      { date: '2022-03-02', title: 'A', category: 'diplomacy' },
      { date: '2022-02-24', title: 'B', category: 'military' },
      { date: '2022-02-20', title: 'Invalid', category: 'never-shown', end: '2022-01-01' },
      { date: '2022-02-25', title: 'C' },
      { date: '2022-02-26', title: 'D', category: 'diplomacy' },
      { date: '2022-02-27', title: 'E', category: 'Local news' },
    ]);
    // Input order, not time order; only valid events count.
    expect(result.timeline.categories).to.deep.equal(['diplomacy', 'military', 'uncategorised', 'Local news']);
    expect(result.timeline.events.find((e) => e.event.title === 'C')!.event.category).to.equal('uncategorised');
  });

  it('parseTimeline(data) resolves citations against sources; the citation’s own fields win', () => {
    const result = parseTimeline({
      sources: [
        { id: 'art', title: 'Source title', publisher: 'Source publisher', url: 'https://example.org/source' },
        { id: 'anon', title: 'Anonymous article', publisher: null },
      ],
      events: [
        {
          id: 'e',
          date: '2022-02-24',
          title: 'Event',
          citations: [
            { source: 'art', quote: 'From the source.' },
            { source: 'art', quote: 'Own fields.', title: 'Own title', publisher: 'Own publisher', url: 'https://example.org/own' },
            { source: 'art', publisher: null, quote: 'Publisher withheld.' },
            { source: 'anon', quote: 'No publisher.' },
            { title: 'Only a title', url: 'https://example.org/t', publisher: 'P' },
            'A bare quote',
            { source: 'missing', quote: 'Unknown source.' },
          ],
        },
      ],
    });
    expect(result.timeline.events[0].citations).to.deep.equal([
      { quote: 'From the source.', url: 'https://example.org/source', title: 'Source title', publisher: 'Source publisher', sourceId: 'art' },
      { quote: 'Own fields.', url: 'https://example.org/own', title: 'Own title', publisher: 'Own publisher', sourceId: 'art' },
      { quote: 'Publisher withheld.', url: 'https://example.org/source', title: 'Source title', publisher: null, sourceId: 'art' },
      { quote: 'No publisher.', url: undefined, title: 'Anonymous article', publisher: null, sourceId: 'anon' },
      { quote: undefined, url: 'https://example.org/t', title: 'Only a title', publisher: 'P', sourceId: undefined },
      { quote: 'A bare quote', url: undefined, title: undefined, publisher: undefined, sourceId: undefined },
      { quote: 'Unknown source.', url: undefined, title: 'missing', publisher: undefined, sourceId: 'missing' },
    ]);
    expect(result.issues).to.deep.equal([
      {
        severity: 'warning',
        index: 0,
        id: 'e',
        field: 'citations[6].source',
        message: 'event 1 (e): citation 7 names the source "missing", which is not in the sources list.',
      },
    ]);
  });

  it('parseTimeline(data) ignores sources without an id or title, with a warning', () => {
    const result = parseTimeline({
      sources: [{ id: 'ok', title: 'OK' }, { id: 'untitled' }, { title: 'No id' }, 'text'],
      events: [{ date: '2022-02-24', title: 'x', citations: [{ source: 'untitled' }] }],
    });
    expect(result.timeline.sources.map((s) => s.id)).to.deep.equal(['ok']);
    expect(result.issues.filter((i) => i.field?.startsWith('sources[')).map((i) => i.message)).to.deep.equal([
      'Source 2 needs an "id" and a "title"; it was ignored.',
      'Source 3 needs an "id" and a "title"; it was ignored.',
      'Source 4 needs an "id" and a "title"; it was ignored.',
    ]);
    expect(result.issues.some((i) => i.field === 'citations[0].source')).to.equal(true);
    expect(parseTimeline({ sources: 'x', events: [{ date: '2022-02-24', title: 'x' }] }).issues[0].message).to.equal(
      'The "sources" field should be a list; it was ignored.',
    );
  });

  it('parseTimeline(data) reads eras and reports the ones it cannot use', () => {
    const result = parseTimeline({
      events: [{ date: '2022-02-24', title: 'x' }],
      eras: [
        { title: 'First week', start: '2022-02-24', end: '2022-03-02' },
        { title: 'Spring', start: '2022-03', end: '2022-05' },
        { title: 'Backwards', start: '2022-03-02', end: '2022-02-24' },
        { title: 'Impossible', start: '2022-02-30', end: '2022-03-02' },
        { title: 'Open', start: '2022-02-24' },
      ],
    });
    expect(result.timeline.eras.map((e) => [e.title, e.when.start, e.when.end])).to.deep.equal([
      ['First week', iso('2022-02-24T00:00Z'), iso('2022-03-03T00:00Z')],
      ['Spring', iso('2022-03-01T00:00Z'), iso('2022-06-01T00:00Z')],
    ]);
    expect(result.issues.map((i) => [i.field, i.message])).to.deep.equal([
      ['eras[2]', 'Era 3 (Backwards) was ignored: the end (24 February 2022) is not after the start (2 March 2022)'],
      ['eras[3]', 'Era 4 (Impossible) was ignored: "2022-02-30" is not a real day (February 2022 has 28 days)'],
      ['eras[4]', 'Era 5 (Open) was ignored: a date must be text such as "2022-02-24", not undefined'],
    ]);
    expect(parseTimeline({ events: [{ date: '2022-02-24', title: 'x' }], eras: {} }).issues[0].message).to.equal(
      'The "eras" field should be a list; it was ignored.',
    );
  });

  it('parseTimeline(anything) never throws and always returns arrays', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withBoxedValues: true, withObjectString: true }),
        (value) => {
          const result = parseTimeline(value);
          expectArrays(result);
          const wrapped = parseTimeline({ events: [value], sources: [value], eras: [value] });
          expectArrays(wrapped);
          expectArrays(parseTimeline([value, { date: '2022-02-24', title: 'x', place: value, figures: value, citations: value, category: value }]));
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('parseTimeline(cyclic) never throws', () => {
    const event: Record<string, unknown> = { id: 'self', date: '2022-02-24', title: 'Self-referencing place' };
    event.place = event;
    event.citations = [event];
    event.figures = [event];
    const dataset: Record<string, unknown> = { title: 'Cyclic' };
    dataset.events = [dataset, event];
    dataset.sources = [dataset];
    dataset.eras = [dataset];
    const cyclicTitle: Record<string, unknown> = {};
    cyclicTitle.self = cyclicTitle;
    const list: unknown[] = [];
    list.push(list, { date: list, title: cyclicTitle });
    for (const input of [dataset, [event], list, { events: list }]) {
      let result: ParseResult | undefined;
      expect(() => (result = parseTimeline(input))).to.not.throw();
      expectArrays(result!);
    }
    const r = parseTimeline(dataset);
    expect(r.timeline.events.map((e) => e.id)).to.deep.equal(['self']);
    expect(r.timeline.events[0].event.place).to.equal(undefined);
    expect(errorsFor(r, 0)[0].message).to.equal('event 1 ("Cyclic"): has no date.');
    const l = parseTimeline(list);
    expect(errorsFor(l, 0)[0].message).to.equal('event 1 is not an object (got a list).');
    expect(errorsFor(l, 1)[0].message).to.match(/^event 2: title ".*" is not usable text\.$/);
  });

  it('parseTimeline(hostile) survives getters and proxies that throw, and still names the event', () => {
    const valid = { id: 'valid', date: '2022-02-24', title: 'Valid' };
    const hostiles: [string, () => unknown][] = [
      ['proxy', hostileProxy],
      ['revoked proxy', revokedProxy],
      ['throwing getters', throwingGetters],
      ['proxy title', () => ({ date: '2022-02-24', title: hostileProxy() })],
      ['proxy date', () => ({ date: hostileProxy(), title: 'x' })],
      ['revoked date', () => ({ date: revokedProxy(), title: 'x' })],
      ['proxy end', () => ({ date: '2022-02-24', end: hostileProxy(), title: 'x' })],
    ];
    for (const [what, make] of hostiles) {
      let result: ParseResult | undefined;
      expect(() => (result = parseTimeline({ events: [make(), valid] })), what).to.not.throw();
      expect(result!.timeline.events.map((e) => e.id), what).to.deep.equal(['valid']);
      expect(errorsFor(result!, 0), what).to.have.length(1);
      expect(errorsFor(result!, 0)[0].message, what).to.match(/^event 1\b/);
    }
    // Hostile values in optional fields cost the field, not the event.
    for (const field of ['category', 'place', 'figures', 'citations', 'dateBasis', 'dateNote', 'summary']) {
      for (const make of [hostileProxy, revokedProxy]) {
        const result = parseTimeline({ events: [{ ...valid, [field]: make() }] });
        expect(result.timeline.events.map((e) => e.id), field).to.deep.equal(['valid']);
      }
    }
    const cit = parseTimeline({ events: [{ ...valid, citations: [hostileProxy(), { quote: 'q', url: hostileProxy() }] }] });
    expect(cit.timeline.events[0].citations).to.deep.equal([{ quote: 'q', url: undefined, title: undefined, publisher: undefined, sourceId: undefined }]);
    // The whole input, or its lists, being hostile.
    for (const input of [hostileProxy(), revokedProxy(), { events: hostileProxy() }, { events: revokedProxy() }, { events: [valid], sources: hostileProxy(), eras: revokedProxy() }]) {
      expect(() => expectArrays(parseTimeline(input))).to.not.throw();
    }
    expect(parseTimeline({ events: [valid], sources: hostileProxy(), eras: revokedProxy() }).timeline.events).to.have.length(1);
  });

  it('parseTimeline(rows) with a throwing getter on one list item reports that item and keeps the others', () => {
    const events: unknown[] = [{ id: 'a', date: '2022-02-24', title: 'A' }, null, { id: 'c', date: '2022-02-25', title: 'C' }];
    Object.defineProperty(events, 1, { enumerable: true, get: () => { throw new Error('getter'); } });
    for (const input of [events, { events }]) {
      const result = parseTimeline(input);
      expect(result.timeline.events.map((e) => e.id)).to.deep.equal(['a', 'c']);
      expect(errorsFor(result, 1).map((i) => i.message)).to.deep.equal(['event 2 is not an object (got undefined).']);
    }
  });

  it('parseTimeline(rows) drops nothing silently: every input event is shown or named in an error', () => {
    const event = fc.oneof(
      fc.record({ date: validDate, title: validTitle }),
      fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.anything()),
          date: fc.oneof(validDate, fc.string({ maxLength: 12 }), fc.constantFrom('2022-02-30', '2022', '2022-03~', '2022-02-24T08:00Z', '2022-02-24/2022-03-01'), fc.anything()),
          end: fc.oneof(validDate, fc.anything()),
          title: fc.oneof(validTitle, fc.anything()),
          category: fc.anything(),
          place: fc.anything(),
          figures: fc.anything(),
          citations: fc.anything(),
          dateBasis: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    // Hostile values are built inside the property: fast-check itself cannot inspect a revoked proxy.
    const factory = fc.oneof(
      { weight: 9, arbitrary: event.map((value) => () => value) },
      { weight: 1, arbitrary: fc.constantFrom<() => unknown>(hostileProxy, revokedProxy, throwingGetters) },
    );
    fc.assert(
      fc.property(fc.array(factory, { maxLength: 25 }), fc.boolean(), (factories, bare) => {
        const events = factories.map((make) => make());
        const result = parseTimeline(bare ? events : { events });
        expect(result.timeline.inputCount).to.equal(events.length);
        const shown = new Set(result.timeline.events.map((e) => e.index));
        const failed = new Set(result.issues.filter((i) => i.severity === 'error' && i.index !== undefined).map((i) => i.index!));
        for (let i = 0; i < events.length; i++) {
          expect(shown.has(i) !== failed.has(i), `event ${i}: shown ${shown.has(i)}, error ${failed.has(i)}`).to.equal(true);
        }
        expect(result.timeline.events).to.have.length(shown.size);
        const ids = result.timeline.events.map((e) => e.id);
        expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('parseTimeline(rows) keeps every valid generated event, with its id, in time order', () => {
    const rows = fc
      .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}$/), validDate, validTitle), {
        selector: ([id]) => id,
        minLength: 1,
        maxLength: 40,
      })
      .map((list) => list.map(([id, date, title]) => ({ id, date, title })));
    fc.assert(
      fc.property(rows, (events) => {
        const result = parseTimeline({ events });
        expect(result.issues).to.deep.equal([]);
        expect(result.timeline.events.map((e) => e.id).sort()).to.deep.equal(events.map((e) => e.id).sort());
        for (const parsed of result.timeline.events) {
          const input = events[parsed.index];
          expect(parsed.id).to.equal(input.id);
          expect(parsed.event.title).to.equal(input.title.trim());
          expect(parsed.when.end - parsed.when.start).to.equal(DAY);
          // toISOString writes years 0000–9999 with four digits, like the input.
          expect(new Date(parsed.when.start).toISOString().slice(0, 10)).to.equal(input.date);
        }
        for (let i = 1; i < result.timeline.events.length; i++) {
          const a = result.timeline.events[i - 1];
          const b = result.timeline.events[i];
          expect(a.when.start < b.when.start || (a.when.start === b.when.start && a.index < b.index)).to.equal(true);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    // Without ids, every event survives with a unique derived id.
    fc.assert(
      fc.property(fc.array(fc.record({ date: validDate, title: validTitle }), { minLength: 1, maxLength: 40 }), (events) => {
        const result = parseTimeline(events);
        expect(result.timeline.events).to.have.length(events.length);
        const ids = result.timeline.events.map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const id of ids) expect(id).to.match(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('parseTimeline(rows) with a 1 MB title, id, name or field does not make a 1 MB issue message', () => {
    const big = 'x'.repeat(1_000_000);
    const result = parseTimeline({
      sources: [{ id: big, title: big, url: `javascript:${big}` }],
      events: [
        { date: '2022-02-30', title: big },
        { date: `2022-02-24${big}`, title: big },
        { id: big, date: 'soon', title: 'Huge id' },
        { id: big, date: '2022-02-24', title: 'Huge id, valid' },
        { id: big, date: '2022-02-24', title: 'Huge id, again' },
        { date: '2022-02-24', title: [big] },
        { date: '2022-02-24', title: 'Huge place', place: { name: big, lat: 100, lon: 0 } },
        { date: '2022-02-24', title: 'Huge values', category: [big], dateBasis: big, citations: [{ source: `${big}y`, url: `javascript:${big}` }] },
        { date: '2022-02-24', title: 'Huge field', [big]: 1 },
        { date: '2022-02-24', end: '2021-01-01', title: big },
      ],
      eras: [{ title: big, start: 'soon', end: '2022' }],
    });
    expect(result.issues.length).to.be.at.least(12);
    for (const issue of result.issues) expect(issue.message.length, issue.message.slice(0, 80)).to.be.below(400);
    expect(errorsFor(result, 0)[0].message).to.equal('event 1: date "2022-02-30" is not a real day (February 2022 has 28 days)');
    // The title itself is kept (up to a cap), only messages are short.
    const valid = result.timeline.events.find((e) => e.index === 3)!;
    expect(valid.id).to.equal(big);
  });

  it('parseTimeline(rows) parses 100,000 events quickly', () => {
    const categories = ['military', 'diplomacy', 'humanitarian', 'local'];
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      date: `${2000 + (i % 25)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
      title: `Event number ${i}`,
      category: categories[i % 4],
      citations: [{ source: 'a', quote: `Quote ${i}` }],
    }));
    const data = { sources: [{ id: 'a', title: 'A', url: 'https://example.org/a' }], events };
    // The best of three runs: other processes on a shared machine only ever make a run slower.
    const times: number[] = [];
    let result: ParseResult | undefined;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      result = parseTimeline(data);
      times.push(performance.now() - t0);
    }
    const ms = Math.min(...times);
    console.log(`parseTimeline: 100,000 events in ${times.map((t) => t.toFixed(0)).join(', ')} ms (${navigator.userAgent.match(/(Chrome|Firefox|Safari)\/[\d.]+/)?.[0] ?? 'browser'})`);
    expect(result!.timeline.events).to.have.length(100_000);
    expect(result!.issues).to.deep.equal([]);
    expect(new Set(result!.timeline.events.map((e) => e.id)).size).to.equal(100_000);
    // The target is ~1.5 s in Chromium (0.5–0.9 s measured alone, ~2 s with three browsers running at once); the
    // bound is generous so a busy machine does not fail it, and still catches anything quadratic (minutes).
    expect(ms).to.be.below(/Chrome/.test(navigator.userAgent) ? 4000 : 8000);
  }).timeout(60_000);
});
