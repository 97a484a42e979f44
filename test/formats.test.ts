import { expect } from '@esm-bundle/chai';
import { fixture, nextEvent, TimelineHarness, type ErrorEvent, type LoadEvent } from './helpers/harness.js';
import { builtinData } from '../src/builtin-data.js';
import { parseDate } from '../src/model/dates.js';

const DATA = (name: string) => new URL(`../data/${name}`, import.meta.url).href;
const FIXTURE = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Loads `src` into a fresh element and returns it with the load event's detail. */
async function load(src: string) {
  const el = await fixture('<conflict-timeline></conflict-timeline>');
  const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
  el.src = src;
  const { detail } = await loaded;
  await el.updateComplete;
  return { el, detail, h: new TimelineHarness(el) };
}

/** Calendar start day of each visible event, by id. */
function startDays(events: { id?: string; date: string }[]): Record<string, string> {
  return Object.fromEntries(events.map((e) => [e.id!, new Date(parseDate(e.date).range!.start).toISOString().slice(0, 10)]));
}

describe('data formats', () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  it('the built-in events load the same from JSON, CSV and TimelineJS3 files', async () => {
    const json = await load(DATA('ukraine-2022.json'));
    const csv = await load(DATA('ukraine-2022.csv'));
    const tjs = await load(DATA('ukraine-2022.timelinejs.json'));
    const expected = builtinData.events.length;
    for (const { detail } of [json, csv, tjs]) {
      expect(detail.count).to.equal(expected);
      expect(detail.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    }
    expect(csv.h.ids()).to.deep.equal(json.h.ids());
    expect(tjs.h.ids()).to.deep.equal(json.h.ids());
    expect(csv.h.labels()).to.deep.equal(json.h.labels());
    expect(tjs.h.labels()).to.deep.equal(json.h.labels());
    // CSV keeps dates exactly (qualifiers too); TimelineJS has no qualifiers but keeps the calendar days.
    expect(csv.h.names()).to.deep.equal(json.h.names());
    expect(startDays(tjs.el.visibleEvents)).to.deep.equal(startDays(json.el.visibleEvents));
    // Every citation of every event survives the CSV round trip.
    const citations = (el: typeof json.el) => el.visibleEvents.map((e) => (e.citations ?? []).map((c) => c.quote));
    expect(citations(csv.el)).to.deep.equal(citations(json.el));
    expect(tjs.el.visibleEvents.find((e) => e.id === 'invasion-begins')!.citations![0].quote).to.equal(
      builtinData.events.find((e) => e.id === 'invasion-begins')!.citations![0].quote,
    );
  });

  it('imports a TimelineJS3 file faithfully: precision, groups, eras, ids and inert HTML', async () => {
    (window as unknown as { __tjsPwned?: boolean }).__tjsPwned = false;
    const { el, detail, h } = await load(FIXTURE('timelinejs.json'));
    expect(detail.title).to.equal('Siege of the old town');
    expect(detail.count).to.equal(4);
    const events = el.visibleEvents;
    expect(events.map((e) => e.date)).to.deep.equal(['2021', '2022-02', '2022-02-24', '2022-03-01T08:05:00Z']);
    expect(events[2].end).to.equal('2022-02-26');
    expect(events.map((e) => e.category)).to.deep.equal(['Background', 'Background', 'Military', 'uncategorised']);
    expect(events[1].id).to.equal('2022-02-month-only-event');
    expect(events[2].title).to.equal('Three-day span');
    expect(events[2].summary).to.equal('See the report and this.');
    const citations = events[2].citations!;
    expect(citations.map((c) => c.url)).to.deep.equal(['https://example.org/report', undefined, undefined]);
    expect(citations[2]).to.deep.equal({ title: 'Example Wire', quote: 'Smoke over the city.' });
    expect(el.issues.some((i) => i.field === 'citations[1].url' && /javascript/.test(i.message))).to.equal(true);
    expect(h.names()[1]).to.match(/^February 2022, Background: Month-only event/);
    expect(h.names()[2]).to.match(/^24\s?.\s?26 February 2022, Military: Three-day span/);
    expect(h.root.querySelectorAll('.era').length).to.equal(1);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __tjsPwned?: boolean }).__tjsPwned).to.equal(false);
  });

  it('reads a CSV with quoted commas and newlines, and reports bad rows by number', async () => {
    const csv = 'id,date,title,summary,category\n' +
      'a,2022-02-24,"Title, with comma","Line one\nline two",military\n' +
      'b,2022-02-30,Impossible day,,military\n' +
      ',2022-03-01,No id given,,\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const { el, detail } = await load(url);
    expect(detail.count).to.equal(2);
    expect(detail.total).to.equal(3);
    expect(el.visibleEvents.map((e) => e.title)).to.deep.equal(['Title, with comma', 'No id given']);
    expect(el.visibleEvents[0].summary).to.equal('Line one\nline two');
    expect(el.visibleEvents[1].id).to.equal('2022-03-01-no-id-given');
    expect(detail.issues.find((i) => i.id === 'b')!.message).to.equal('event 2 (b): date "2022-02-30" is not a real day (February 2022 has 28 days)');
  });

  it('progressive enhancement: an <ol> of dated items is the list before, and the data after, definition', async () => {
    const el = await fixture(`<conflict-timeline>
      <ol>
        <li id="talks" data-category="diplomacy"><time datetime="2022-02-28">28 February</time> <strong>Talks and a brief ceasefire</strong> Officials met. <q>a brief ceasefire which took place on Monday</q> <a href="https://example.org/a">The article</a></li>
        <li><time datetime="2022-02-24">24 February</time> The war broke out</li>
        <li><time datetime="2022-02-24">24 February</time><time datetime="2022-03-01">1 March</time> <b>A span</b> <a href="javascript:alert(1)">bad link</a></li>
      </ol>
    </conflict-timeline>`);
    const h = new TimelineHarness(el);
    expect(h.labels()).to.deep.equal(['The war broke out', 'A span', 'Talks and a brief ceasefire']);
    const talks = el.visibleEvents.find((e) => e.id === 'talks')!;
    expect(talks.category).to.equal('diplomacy');
    expect(talks.summary).to.equal('Officials met.');
    expect(talks.citations).to.deep.equal([{ url: 'https://example.org/a', title: 'The article', quote: 'a brief ceasefire which took place on Monday' }]);
    expect(el.visibleEvents[1].end).to.equal('2022-03-01');
    expect(el.issues.some((i) => /javascript/.test(i.message))).to.equal(true);
    // The list itself is not drawn twice: the element shows its own chart.
    expect(getComputedStyle(el.querySelector('ol')!).display === 'none' || el.querySelector('ol')!.getBoundingClientRect().height === 0).to.equal(true);
  });

  it('a TimelineJS file with a broken date names the event and the value', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify({ events: [
      { start_date: { year: 2022, month: 2, day: 30 }, text: { headline: 'Bad day' } },
      { start_date: { year: 2022 }, text: { headline: 'Fine' } },
    ] })], { type: 'application/json' }));
    const { detail } = await load(url);
    expect(detail.count).to.equal(1);
    expect(detail.issues[0].message).to.match(/^event 1: date "2022-02-30" is not a real day/);
  });

  it('a src that is neither JSON nor CSV is an error that says what it looks like', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>');
    const failed = nextEvent<ErrorEvent['detail']>(el, 'conflict-timeline-error');
    el.src = URL.createObjectURL(new Blob(['<!doctype html><title>Not found</title>'], { type: 'text/html' }));
    expect((await failed).detail.message).to.contain('looks like an HTML page');
  });
});
