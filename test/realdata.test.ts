/**
 * Issue 14's proof: every file in ../shared/realdata (real TimelineJS3 JSON, the Knight Lab spreadsheet template
 * as CSV, vis-timeline DataSets) loaded as a new user would (`src="…"`), and checked against what TimelineJS3
 * (or vis-timeline) draws: no page error, every event drawn with its title and its date at the file's precision
 * (the display_date where given), BCE years as TimelineJS3 labels them, eras drawn, ties in source order, events
 * without a year (which TimelineJS3 puts at year 0 with no date) reported on the page by number and title.
 * The expected date texts are worked out here from the raw files, independently of the importer, in the
 * element's English (en-GB) forms of TimelineJS3's formats: year "1963", month "March 1963", day "9 August 1963",
 * time "9 August 1963, 17:16:54" (seconds and milliseconds only when given), negative years "5410 BC(E)", years
 * before 100,000 BCE "13.8 billion years ago".
 * Without the folder (it lives beside the clone) every test reports itself skipped, never passed.
 */
import { expect } from '@esm-bundle/chai';
import { fixture, nextEvent, nextFrame, type LoadEvent } from './helpers/harness.js';
import { readHtmlText, firstSentence } from '../src/model/html-text.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';

/** ../shared/realdata as the test server serves folders outside its root. */
const BASE = '/__wds-outside-root__/1/shared/realdata/';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Raw = Record<string, unknown>;
interface Expected {
  title: string;
  /** Exact date text, or a pattern (spans: Intl may share the year or month between both ends). */
  date: string | RegExp;
  /** Sort key: TimelineJS3 orders by start only, ties in source order. */
  key: number[];
}
/** An event TimelineJS3 cannot date: its number in the file and its title. */
interface Undated {
  n: number;
  title: string;
}

const num = (v: unknown): number | undefined => (v === undefined || v === null || String(v).trim() === '' ? undefined : Number(v));
const two = (n: number) => String(n).padStart(2, '0');
/**
 * TimelineJS3's year text: before 100,000 BCE in cosmological words ("%.2f billion years ago", "%.1f million…",
 * "%.1f thousand…"; the element drops trailing zeros: "13.8 billion years ago"), else "5410 BCE" or "1963".
 */
function yearText(y: number): string {
  if (y >= -99_999) return y < 0 ? `${-y} BCE?` : String(y);
  const [unit, digits, word] = -y >= 1e9 ? [1e9, 2, 'billion'] : -y >= 1e6 ? [1e6, 1, 'million'] : [1e3, 1, 'thousand'];
  return `${String(Number((-y / unit).toFixed(digits)))} ${word} years ago`;
}

/** TimelineJS3's date at the precision given, in the element's English form; `null` when it has no year. */
function tjsDate(d: Raw | undefined): { text: string; key: number[] } | null {
  const year = num(d?.year);
  if (year === undefined || !Number.isFinite(year)) return null;
  const [month, day, hour, minute, second, ms] = ['month', 'day', 'hour', 'minute', 'second', 'millisecond'].map((k) => num(d?.[k]));
  let text = yearText(year);
  if (month) text = `${MONTHS[month - 1]} ${text}`;
  if (month && day) text = `${day} ${text}`;
  if (month && day && hour !== undefined) {
    text += `, ${two(hour)}:${two(minute ?? 0)}`;
    if (ms) text += `:${two(second ?? 0)}.${String(ms).padStart(3, '0')}`;
    else if (second) text += `:${two(second)}`;
  }
  return { text, key: [year, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, ms ?? 0] };
}

const plain = (html: unknown) => readHtmlText(html).text;
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasText = (v: unknown) => /[\p{L}\p{N}]/u.test(plain(v));

/** What TimelineJS3 draws from a TimelineJS3 JSON object: its events (with a year) and eras. */
function expectTimelineJS(data: Raw): { events: Expected[]; eras: number; tooLarge: number; undated?: Undated[] } {
  const events: Expected[] = [];
  const undated: Undated[] = [];
  let tooLarge = 0;
  for (const [i, e] of ((data.events as Raw[]) ?? []).entries()) {
    const start = tjsDate(e.start_date as Raw);
    const text = e.text as Raw | undefined;
    const media = e.media as Raw | undefined;
    const body = plain(text?.text);
    const title = plain(text?.headline) || (body ? firstSentence(body) : '') || firstSentence(plain(media?.caption));
    // No year (valley-lgbt's `{year: ""}`): TimelineJS3 puts it at year 0 with no date text, before everything else;
    // the element reports it instead, by its number and title, in the list of problems the reader can open.
    if (!start) {
      undated.push({ n: i + 1, title });
      continue;
    }
    if (!Number.isSafeInteger(start.key[0])) {
      tooLarge++;
      continue;
    }
    const end = tjsDate(e.end_date as Raw);
    const startDisplay = (e.start_date as Raw)?.display_date;
    const display = hasText(e.display_date) ? plain(e.display_date) : !end && hasText(startDisplay) ? plain(startDisplay) : undefined;
    const date = display ?? (end ? spanPattern(start.text, end.text) : new RegExp(`^${start.text.replace(/[.]/g, '\\.')}$`));
    events.push({ title, date, key: start.key });
  }
  return { events, eras: ((data.eras as unknown[]) ?? []).length, tooLarge, undated };
}

/** A span: Intl may share the year or month between the ends ("24–26 February 2022"); the end's year is always there. */
function spanPattern(start: string, end: string): RegExp {
  if (/years ago$/.test(start + end)) return new RegExp(`^${escape(start)} – ${escape(end)}$`);
  const year = (t: string) => /\d+( BCE\?)?$/.exec(t.split(',')[0])![0];
  const [from, to] = [year(start), year(end)];
  return from === to ? new RegExp(`\\b${to}\\b`) : new RegExp(`\\b${from}\\b.*\\b${to}\\b`);
}

/** TimelineJS3's spreadsheet template, as TimelineJS3 reads it. */
function csvAsTimelineJS(text: string): Raw {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  const col = (r: string[], name: string) => (r[header.indexOf(name)] ?? '').trim();
  const date = (r: string[], p: string) => {
    const [hour, minute, second] = col(r, `${p}Time`).split(':');
    return { year: col(r, `${p}Year`), month: col(r, `${p}Month`), day: col(r, `${p}Day`), hour, minute, second };
  };
  const events: Raw[] = [];
  const eras: Raw[] = [];
  for (const r of body) {
    if (!r.some((c) => c.trim())) continue;
    const slide = { start_date: date(r, ''), end_date: date(r, 'End '), display_date: col(r, 'Display Date'), text: { headline: col(r, 'Headline'), text: col(r, 'Text').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') }, media: { caption: col(r, 'Media Caption') } };
    const type = col(r, 'Type').toLowerCase();
    if (type === 'era') eras.push(slide);
    else if (type !== 'title') events.push(slide);
  }
  return { events, eras };
}

/** What vis-timeline draws from a DataSet: each item's content at its start (a day, or a wall-clock time). */
function expectVis(items: Raw[]): { events: Expected[]; eras: number; tooLarge: number; undated?: Undated[] } {
  return {
    events: items.map((item) => {
      const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?/.exec(String(item.start))!;
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      const start = `${d} ${MONTHS[mo - 1]} ${y}${m[4] ? `, ${m[4]}:${m[5]}` : ''}`;
      return { title: plain(item.content), date: item.end ? new RegExp(`^${d}\\b.*${y}`) : start, key: [y, mo, d, +(m[4] ?? 0), +(m[5] ?? 0)] };
    }),
    eras: 0,
    tooLarge: 0,
  };
}

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

/** Every row of the (virtualised) table, scrolled through: [date text, title]. */
async function tableRows(el: ConflictTimeline): Promise<[string, string][]> {
  const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
  const count = Number(wrap.querySelector('table')!.getAttribute('aria-rowcount')) - 1;
  const rows = new Map<number, [string, string]>();
  for (let guard = 0; rows.size < count && guard < 400; guard++) {
    for (const tr of wrap.querySelectorAll('tbody tr[aria-rowindex]')) {
      rows.set(Number(tr.getAttribute('aria-rowindex')), [tr.querySelector('td.when')!.textContent!.trim(), tr.querySelector('th')!.textContent!.trim()]);
    }
    wrap.scrollTop += Math.max(100, wrap.clientHeight - 40);
    wrap.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    await nextFrame();
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

describe('real timeline files (../shared/realdata)', function () {
  this.timeout(60_000);
  let files: string[] = [];

  before(async () => {
    const readme = await fetch(`${BASE}README.md`).catch(() => null);
    if (readme?.ok) files = [...(await readme.text()).matchAll(/^\| ([\w.-]+\.(?:json|csv)) \|/gm)].map((m) => m[1]);
  });

  it('the folder is there, with the files its README lists', function () {
    if (!files.length) this.skip();
    expect(files.length).to.be.at.least(21);
  });

  // One test per file named in the README (names known up front so each reports on its own).
  const NAMES = [
    'tl3-women-in-computing.json', 'tl3-eras.json', 'tl3-cosmo.json', 'tl3-cosmo-mixed.json', 'tl3-all-media-types.json',
    'tl3-marktwain.json', 'tl3-houston.json', 'tl3-years-bce.json', 'tl3-milliseconds.json', 'tl3-wedding.json',
    'tl3-seventh-century.json', 'tl3-group-sample.json', 'ext-hundred-years-war.json', 'ext-interjust-universal-jurisdiction.json',
    'ext-msk-bomb-hoax.json', 'ext-valley-lgbt-history.json', 'ext-northampton-slavery.json', 'csv-tl3-my-own-timeline.csv',
    'csv-cdil-demo-timeline.csv', 'vis-basic.json', 'vis-serialization.json',
  ];
  it('this test names every file of the README', function () {
    if (!files.length) this.skip();
    expect([...files].sort()).to.deep.equal([...NAMES].sort());
  });

  for (const name of NAMES) {
    it(`${name}: drawn as TimelineJS3 draws it`, async function () {
      if (!files.includes(name)) this.skip();
      const raw = await (await fetch(BASE + name)).text();
      const data = name.endsWith('.csv') ? csvAsTimelineJS(raw) : JSON.parse(raw);
      const expected = Array.isArray(data) ? expectVis(data) : expectTimelineJS(data);
      // TimelineJS3 sorts by start date only, keeping the file's order for ties.
      const order = expected.events.map((e, i) => ({ e, i })).sort((a, b) => compare(a.e.key, b.e.key) || a.i - b.i).map((x) => x.e);

      const pageErrors: string[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => pageErrors.push(String('message' in e ? e.message : e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const el = await fixture('<conflict-timeline></conflict-timeline>', 1200);
        const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load', 20_000);
        el.src = BASE + name;
        const { detail } = await loaded;
        await el.updateComplete;
        await nextFrame();
        expect(detail.count, 'events drawn').to.equal(order.length);
        // Eras drawn as bands in the chart.
        expect(el.shadowRoot!.querySelectorAll('.era').length, 'eras').to.equal(expected.eras);
        // Years past what a date can hold are named in a message with the limit, one per event.
        const limit = detail.issues.filter((i) => /beyond the years this timeline can place \(whole years up to 9007199254740991 BCE or CE\)/.test(i.message));
        expect(limit.length, 'events past the year limit').to.equal(expected.tooLarge);
        for (const { n, title } of expected.undated ?? []) {
          // Named by number and title (shortened as messages shorten it): 'event 153 ("Wednesday Women's at Farley")'.
          const message = `event ${n} ("${title.length > 60 ? `${title.slice(0, 57)}…` : title}"): has no date.`;
          expect(detail.issues.map((i) => i.message), `event ${n} without a year is reported`).to.include(message);
          expect(el.shadowRoot!.textContent, 'the report is on the page').to.contain(message);
        }

        el.view = 'table';
        await el.updateComplete;
        await nextFrame();
        const rows = await tableRows(el);
        expect(rows.length).to.equal(order.length);
        rows.forEach(([date, title], i) => {
          const want = order[i];
          expect(title, `row ${i + 1} title`).to.equal(want.title);
          if (typeof want.date === 'string') expect(date, `row ${i + 1} (${title}) date`).to.equal(want.date);
          else expect(date, `row ${i + 1} (${title}) date`).to.match(want.date);
        });
        expect(pageErrors, 'page errors').to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }
});
