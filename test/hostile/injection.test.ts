/**
 * Injection: 150+ XSS payloads in every text and URL field of the data (through every way data comes in: the
 * `data` and `events` properties, `src` JSON, CSV and TimelineJS, inline JSON and an inline list) and in every
 * attribute. Nothing may run (a global canary), nothing outside the component may change, links keep only
 * http(s), and text is shown exactly as written.
 */
import { expect } from '@esm-bundle/chai';
import { csvFormat } from 'd3-dsv';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { TimelineData, TimelineEvent } from '../../src/model/types.js';
import { fixture, nextEvent, nextFrame, until, type ErrorEvent, type LoadEvent } from '../helpers/harness.js';
import { auditShadow, buttonFor, Canary, container, ErrorCollector, ownText, PageWatch, sleep, wellFormed } from './helpers.js';
import { escapeHtml, GROUPS, PAYLOADS, type Payload } from './payloads.js';

const DAY = 86_400_000;
const dayOf = (i: number) => new Date(Date.UTC(2022, 0, 1) + i * DAY).toISOString().slice(0, 10);

/** The link a payload may become: its http(s) URL, or nothing. */
function httpHref(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The documented display form of a category name (src/model/categories.ts: dashes and underscores read as spaces). */
function categoryLabel(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One event per payload, with the payload in every text and URL field it has. */
function hostileEvent(p: Payload, i: number): TimelineEvent {
  const t = p.text;
  return {
    id: t,
    date: dayOf(i),
    title: t,
    summary: t,
    category: t,
    place: { name: t },
    figures: [{ label: t, value: i + 1, unit: t, qualifier: t, attribution: t }],
    citations: [{ source: t }, { quote: t, url: t, title: t, publisher: t }],
    dateBasis: t as never,
    dateNote: t,
  };
}

/** A whole dataset: every payload as an event, as a source and as an era; the dataset's own words too. */
function hostileDataset(payloads = PAYLOADS): TimelineData {
  return {
    title: payloads.map((p) => p.text).join(' | '),
    description: payloads.map((p) => p.text).join(' ¶ '),
    sources: payloads.map((p) => ({ id: p.text, title: p.text, publisher: p.text, url: p.text })),
    events: payloads.map(hostileEvent),
    eras: payloads.slice(0, 20).map((p, i) => ({ title: p.text, start: dayOf(i * 5), end: dayOf(i * 5 + 3) })),
  };
}

/** The id the parser gives an event whose id is this payload (trimmed; a payload that trims to nothing gets a derived id). */
const idOf = (p: Payload) => p.text.trim();

describe('hostile: injection', function () {
  this.timeout(30_000);
  let canary: Canary;
  let errors: ErrorCollector;

  before(() => {
    expect(PAYLOADS.length, 'the corpus').to.be.at.least(100);
    expect(GROUPS).to.include.members(['script', 'handler', 'js-url', 'data-url', 'svg', 'css', 'unicode', 'entity', 'proto']);
    expect(new Set(PAYLOADS.map(idOf)).size, 'payloads are distinct').to.equal(PAYLOADS.length);
  });

  beforeEach(() => {
    canary = new Canary().install();
    errors = new ErrorCollector().install();
  });

  afterEach(function () {
    canary.uninstall();
    errors.uninstall();
    document.querySelectorAll('.test-container').forEach((n) => n.remove());
  });

  /** No script ran, nothing escaped, and the rendered DOM is inert. */
  async function expectInert(el: ConflictTimeline): Promise<void> {
    await el.updateComplete;
    await nextFrame();
    await sleep(150); // image errors, frame loads and autofocus are asynchronous
    expect(canary.hits, 'scripts that ran').to.deep.equal([]);
    expect(errors.errors, 'errors that escaped').to.deep.equal([]);
    expect(auditShadow(el.shadowRoot!), 'the rendered DOM').to.deep.equal([]);
    expect(el.children.length, 'the light DOM').to.equal(el.querySelectorAll(':scope > script, :scope > ol, :scope > ul').length);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype').to.equal(undefined);
  }

  it('data property, vertical list: every payload in every field is shown literally, links keep only http(s), nothing runs', async () => {
    const host = container(1000);
    const watch = new PageWatch((r) => r.target === host || r.target === host.firstElementChild);
    host.innerHTML = '<conflict-timeline layout="vertical"></conflict-timeline>';
    const el = host.querySelector('conflict-timeline')!;
    const data = hostileDataset();
    const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
    el.data = data;
    const { detail } = await loaded;
    expect(detail.count, 'every event is shown').to.equal(PAYLOADS.length);
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal(data.title);
    expect(root.querySelector('.description')!.textContent).to.equal(data.description);
    expect(root.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal(data.title);

    for (const p of PAYLOADS) {
      const id = idOf(p);
      const button = buttonFor(el, id);
      expect(button, `payload ${p.n} (${p.group}) has its button`).to.not.equal(null);
      expect(ownText(button!.querySelector('.label')), `payload ${p.n}: label`).to.equal(p.text.trim());
      expect(button!.getAttribute('aria-label'), `payload ${p.n}: name`).to.contain(p.text.trim());
      const event = el.visibleEvents.find((e) => e.id === id)!;
      expect(event.category, `payload ${p.n}: category kept`).to.equal(p.text.trim());
    }
    // Categories in the legend read as documented (dashes and underscores as spaces), as text. (Names of
    // Object.prototype members have their own test below.)
    const legend = [...root.querySelectorAll('.legend button span:not(.count)')].map((s) => s.textContent);
    expect(legend).to.include.members(PAYLOADS.filter((p) => !(p.text.trim() in Object.prototype)).map((p) => categoryLabel(p.text.trim())));

    // The detail of every event: each field as text, links only where the payload is an http(s) URL. In chunks of
    // 20 (a selection re-renders the list: 150 events at a time make this slow in WebKit, for no more coverage).
    for (let first = 0; first < PAYLOADS.length; first += 20) {
      const chunk = PAYLOADS.slice(first, first + 20);
      el.data = hostileDataset(chunk);
      await el.updateComplete;
      for (const p of chunk) await checkDetail(p);
      const sourceLinks = el.issues.filter((i) => /^sources\[\d+\]\.url$/.test(i.field ?? ''));
      expect(sourceLinks.length, 'removed source links reported').to.equal(chunk.filter((p) => !httpHref(p.text)).length);
    }
    await expectInert(el);
    watch.check();

    async function checkDetail(p: Payload): Promise<void> {
      el.select(idOf(p));
      await el.updateComplete;
      const d = root.querySelector('[part~="detail"]')!;
      const where = `payload ${p.n} (${p.group})`;
      expect(d.querySelector('h2')!.textContent, `${where}: heading`).to.equal(p.text.trim());
      expect(d.querySelector('.summary')!.textContent, `${where}: summary`).to.equal(p.text);
      expect(d.querySelector('.date-note')!.textContent, `${where}: date note`).to.equal(p.text);
      expect(d.querySelector('.meta')!.textContent, `${where}: place`).to.contain(p.text);
      const figure = d.querySelector('.figures li')!.textContent!;
      expect(figure.split(p.text).length - 1, `${where}: figure label, unit, qualifier, attribution`).to.be.at.least(4);
      const citations = [...d.querySelectorAll('.citations li')];
      expect(citations.length, `${where}: both citations`).to.equal(2);
      expect(citations[1].querySelector('blockquote')!.textContent, `${where}: quote`).to.equal(`“${p.text}”`);
      const cites = citations.map((c) => c.querySelector('cite')!.textContent!);
      for (const cite of cites) expect(cite, `${where}: citation title and publisher`).to.contain(`${p.text}, ${p.text}`);
      const links = [...d.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      const href = httpHref(p.text);
      expect(links, `${where}: links`).to.deep.equal(href ? [href, href] : []);
      for (const a of d.querySelectorAll('a')) {
        expect(a.getAttribute('rel')).to.contain('noopener');
        expect(a.textContent, `${where}: link text`).to.equal(p.text);
      }
      // A removed link is reported, never dropped silently.
      const removed = el.issues.filter((i) => i.id === idOf(p) && /\.url$/.test(i.field ?? '') && /was removed/.test(i.message));
      expect(removed.length, `${where}: removed links reported`).to.equal(href ? 0 : 1);
    }
  });

  it('data property, horizontal chart: the SVG axis, markers, eras, legend and detail stay inert', async () => {
    const el = await fixture('<conflict-timeline layout="horizontal"></conflict-timeline>', 1200);
    const data = hostileDataset();
    el.data = data;
    await el.updateComplete;
    await nextFrame();
    for (const p of PAYLOADS.filter((_, i) => i % 10 === 0)) {
      el.select(idOf(p));
      await el.updateComplete;
      const d = el.shadowRoot!.querySelector('[part~="detail"]');
      if (d) expect(d.querySelector('h2')!.textContent).to.equal(p.text.trim());
    }
    // Zoom in to a few events, so they are drawn one by one whatever the chart does with 150 of them.
    el.zoomTo?.(dayOf(0), dayOf(5));
    await el.updateComplete;
    await nextFrame();
    await expectInert(el);
  });

  it('the events property: the same payloads as a bare list', async () => {
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    el.events = PAYLOADS.map(hostileEvent);
    await el.updateComplete;
    expect(el.visibleEvents.map((e) => e.title)).to.have.members(PAYLOADS.map((p) => p.text.trim()));
    await expectInert(el);
  });

  it('src JSON, inline JSON and a data: URL: the same payloads as text', async () => {
    const json = JSON.stringify(hostileDataset());
    const check = async (el: ConflictTimeline, how: string) => {
      await until(() => el.visibleEvents.length === PAYLOADS.length, `${how}: every event`, 10_000);
      await el.updateComplete;
      for (const p of PAYLOADS) expect(ownText(buttonFor(el, idOf(p))?.querySelector('.label')), `${how}: payload ${p.n}`).to.equal(p.text.trim());
      await expectInert(el);
    };
    const viaSrc = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    viaSrc.src = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    await check(viaSrc, 'src');

    const host = container();
    const inline = document.createElement('conflict-timeline');
    inline.setAttribute('layout', 'vertical');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json; // `</script>` inside is harmless here: this is DOM text, not parsed markup
    inline.append(script);
    host.append(inline);
    await check(inline, 'inline JSON');

    const viaData = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    viaData.src = `data:application/json,${encodeURIComponent(json)}`;
    await check(viaData, 'data: src');
  });

  it('src CSV: payloads in every column (and as column names)', async () => {
    const rows = PAYLOADS.map((p, i) => ({
      id: p.text, date: dayOf(i), title: p.text, summary: p.text, category: p.text, place: p.text,
      source: p.text, quote: p.text, url: p.text, source_title: p.text, publisher: p.text, dateNote: p.text,
      [p.text]: p.text,
    }));
    const columns = ['id', 'date', 'title', 'summary', 'category', 'place', 'source', 'quote', 'url', 'source_title', 'publisher', 'dateNote', ...PAYLOADS.map((p) => p.text)];
    const csv = csvFormat(rows, columns);
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
    el.src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const { detail } = await loaded;
    await el.updateComplete;
    // CSV cells are trimmed by design (src/model/csv.ts), and a file is UTF-8 (a lone surrogate becomes U+FFFD
    // when the test writes it); the text is otherwise exact.
    expect(detail.count).to.equal(PAYLOADS.length);
    for (const p of PAYLOADS) {
      const text = wellFormed(p.text).trim();
      const event = el.visibleEvents.find((e) => e.id === text)!;
      expect(event, `payload ${p.n}`).to.not.equal(undefined);
      expect(event.title).to.equal(text);
      expect(event.summary).to.equal(text);
      expect(event.dateNote).to.equal(text);
      expect(event.place?.name).to.equal(text);
      expect(event.citations?.[0]?.quote).to.equal(text);
      expect(ownText(buttonFor(el, event.id!)?.querySelector('.label'))).to.equal(text);
      const href = httpHref(text);
      expect(event.citations?.[0]?.url ?? null, `payload ${p.n}: link`).to.equal(href);
    }
    await expectInert(el);
  });

  it('src TimelineJS: payloads in the HTML fields are read inertly, links keep only http(s)', async () => {
    const tjs = {
      title: { text: { headline: PAYLOADS.map((p) => p.text).join(' '), text: PAYLOADS.map((p) => p.text).join(' ') } },
      events: PAYLOADS.map((p, i) => ({
        unique_id: p.text,
        group: p.text,
        start_date: { year: 2022, month: 1 + Math.floor(i / 28) % 12, day: 1 + (i % 28) },
        text: { headline: `Event ${p.n} ${p.text}`, text: `${p.text} <a href="${escapeHtml(p.text)}">link ${p.n}</a>` },
        media: { url: p.text, caption: p.text, credit: p.text, link: p.text },
      })),
      eras: [{ start_date: { year: 2022 }, end_date: { year: 2022, month: 6 }, text: { headline: PAYLOADS[0].text } }],
    };
    const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
    const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
    el.src = URL.createObjectURL(new Blob([JSON.stringify(tjs)], { type: 'application/json' }));
    const { detail } = await loaded;
    expect(detail.count).to.equal(PAYLOADS.length);
    for (const e of el.visibleEvents) {
      for (const c of e.citations ?? []) if (c.url) expect(['http:', 'https:']).to.include(new URL(c.url).protocol);
    }
    for (const p of PAYLOADS.filter((_, i) => i % 7 === 0)) {
      el.select(p.text.trim());
      await el.updateComplete;
    }
    await expectInert(el);
  });

  it('inline list as text: payloads in every part of the <li> are data, not markup', async () => {
    const host = container();
    const el = document.createElement('conflict-timeline');
    el.setAttribute('layout', 'vertical');
    const ol = document.createElement('ol');
    PAYLOADS.forEach((p, i) => {
      const li = document.createElement('li');
      li.id = p.text;
      li.dataset.category = p.text;
      const time = document.createElement('time');
      time.setAttribute('datetime', dayOf(i));
      const strong = document.createElement('strong');
      strong.textContent = p.text;
      const q = document.createElement('q');
      q.textContent = p.text;
      const a = document.createElement('a');
      a.setAttribute('href', p.text);
      a.textContent = `link ${p.n}`;
      li.append(time, ' ', strong, ' ', p.text, ' ', q, ' ', a);
      ol.append(li);
    });
    el.append(ol);
    const watch = new PageWatch((r) => r.target === host || r.target === el);
    host.append(el);
    await until(() => el.visibleEvents.length === PAYLOADS.length, 'every item', 10_000);
    for (const p of PAYLOADS) {
      const event = el.visibleEvents.find((e) => e.id === p.text.trim())!;
      expect(event, `payload ${p.n}`).to.not.equal(undefined);
      expect(event.title).to.equal(p.text.replace(/\s+/g, ' ').trim());
      expect(event.citations![0].url ?? null).to.equal(httpHref(p.text));
    }
    await expectInert(el);
    watch.check();
  });

  it('inline list as markup: the component never runs a handler of the page’s own markup a second time', async () => {
    // The page's own markup runs in the page (that is the author's doing); the component must not add runs: a
    // handler that fires on a copy outside the document (or inside the shadow root) is the component's.
    // A canary of its own, left defined (as a no-op) after the test: the page's own markup may still fire late
    // (WebKit reports a <video><source> error seconds later), and must not reach the next test's canary.
    const byComponent: string[] = [];
    let active = true;
    (window as unknown as { __hostileMarkupCanary: (n: unknown, node?: unknown) => void }).__hostileMarkupCanary = (n, node) => {
      if (active && node instanceof Node && (!node.isConnected || node.getRootNode() !== document)) byComponent.push(String(n));
    };
    // <meta http-equiv> and <base> would act on the test page itself (the page's markup, not the component's).
    const items = PAYLOADS.filter((p) => !/<meta|<base/i.test(p.text)).map((p, i) => {
      // (Frames of the page's own markup post "page-xss:", which the canary of a later test ignores.)
      const markup = p.text.replaceAll(`top.__hostileCanary(${p.n})`, `top.__hostileMarkupCanary(${p.n},this)`).replaceAll('xss:', 'page-xss:');
      return `<li><time datetime="${dayOf(i)}"></time> <strong>Item ${p.n}</strong> ${markup}</li>`;
    });
    // `src=x` and friends land on the test server's sink, not on a 404 each.
    const base = document.createElement('base');
    base.href = '/hostile/sink/';
    document.head.append(base);
    try {
      const host = container();
      host.innerHTML = `<conflict-timeline layout="vertical"><ol>${items.join('')}</ol></conflict-timeline>`;
      const el = host.querySelector('conflict-timeline')!;
      await until(() => el.visibleEvents.length > 0, 'the list is read', 10_000);
      // Re-read on a change, too (the component watches its light DOM).
      el.querySelector('ol')!.append(Object.assign(document.createElement('li'), { innerHTML: `<time datetime="2023-01-01"></time> <b>Late</b> <img src="data:," onerror="top.__hostileMarkupCanary('late',this)">` }));
      await until(() => el.visibleEvents.some((e) => e.title === 'Late'), 'the change is read');
      await sleep(300);
      expect(byComponent, 'handlers run on copies made by the component').to.deep.equal([]);
      expect(auditShadow(el.shadowRoot!)).to.deep.equal([]);
    } finally {
      active = false;
      base.remove();
    }
  });

  describe('attributes', () => {
    /** The element's own attributes (src has its own test), set to every payload. */
    const OWN = ['start', 'end', 'selected', 'categories', 'locale', 'layout', 'label', 'theme', 'scale', 'time-zone', 'fetch-timeout'];
    /**
     * Global attributes the element reads or that sit on it, set to every payload; `lang` (the element resolves
     * its locale from it) to every eighth only: WebKit spends 100-400 ms on each new `lang` value it meets.
     */
    const GLOBAL = ['dir', 'title', 'id', 'class'];
    const attributesFor = (p: Payload) => [...OWN, ...GLOBAL, ...(p.n % 8 === 0 ? ['lang'] : [])];
    const ATTRIBUTES = [...OWN, ...GLOBAL, 'lang'];

    it('every attribute set to every payload: no script, no escaped error, host untouched, values reported literally', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      el.data = { title: 'Attributes', events: [{ id: 'a', date: '2022-02-24', title: 'A' }, { id: 'b', date: '2022-03-01', title: 'B', category: 'other' }] };
      await el.updateComplete;
      const host = el.parentElement!;
      const watch = new PageWatch((r) => r.target === host || r.target === el);
      const warn = console.warn;
      console.warn = () => {}; // the element warns once per bad value: 2,000 lines would drown the log
      try {
        for (const p of PAYLOADS) {
          for (const name of attributesFor(p)) el.setAttribute(name, p.text);
          await el.updateComplete;
          for (const name of attributesFor(p)) expect(el.getAttribute(name), `payload ${p.n}: ${name} kept as written`).to.equal(p.text);
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label'), `payload ${p.n}: label`).to.equal(p.text);
          // A bad layout is reported with its value quoted literally.
          const layout = el.issues.find((i) => i.field === 'layout');
          expect(layout?.message, `payload ${p.n}: layout issue`).to.contain(`layout "${p.text}"`);
          expect(auditShadow(el.shadowRoot!), `payload ${p.n}: rendered DOM`).to.deep.equal([]);
        }
      } finally {
        console.warn = warn;
      }
      // Back to sane values (removing them is the next test).
      for (const name of ATTRIBUTES) el.setAttribute(name, name === 'fetch-timeout' ? '15000' : name === 'layout' || name === 'theme' ? 'auto' : name === 'scale' ? 'compressed' : '');
      await el.updateComplete;
      expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['a', 'b']);
      await expectInert(el);
      watch.check();
    });

    it('removing any attribute (as frameworks do) restores its default: nothing thrown, no issue about "null"', async function () {
      const DECLARED: [string, string][] = [
        ['src', ''], ['start', '2022-02-24'], ['end', '2022-03-01'], ['selected', 'a'], ['locale', 'de'], ['layout', 'vertical'],
        ['label', 'L'], ['theme', 'dark'], ['scale', 'linear'], ['time-zone', 'Europe/Kyiv'], ['fetch-timeout', '2000'],
        ['categories', 'other'], // last: once it throws, every later update throws too
      ];
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      el.data = { events: [{ id: 'a', date: '2022-02-24', title: 'A' }, { id: 'b', date: '2022-03-01', title: 'B', category: 'other' }] };
      await el.updateComplete;
      const thrown: string[] = [];
      const warn = console.warn;
      console.warn = () => {};
      try {
        for (const [name, value] of DECLARED) {
          el.setAttribute(name, value);
          await el.updateComplete.catch((e: Error) => thrown.push(`${name} set: ${e.message}`));
          el.removeAttribute(name);
          await el.updateComplete.catch((e: Error) => thrown.push(`${name} removed: ${e.message}`));
        }
      } finally {
        console.warn = warn;
      }
      const aboutNull = el.issues.filter((i) => /"null"/.test(i.message)).map((i) => i.message);
      el.categories = ''; // lets a broken element update again
      await el.updateComplete.catch(() => undefined);
      await sleep(50);
      errors.errors.length = 0; // the rejections are in `thrown`, attributed
      expect(thrown.length === 0 && aboutNull.length === 0, `removing attributes: thrown ${JSON.stringify(thrown)}; issues ${JSON.stringify(aboutNull)}`).to.equal(true);
    });

    it('src set to every payload: each one only ever fails as data, with the error shown as text', async () => {
      // Relative payloads resolve against the page; a <base> sends them to the test server's sink (204) rather
      // than to a 404 for each. Absolute ones (javascript:, data:, vbscript:) are fetched as they are.
      const base = document.createElement('base');
      base.href = '/hostile/sink/';
      document.head.append(base);
      try {
        const el = await fixture('<conflict-timeline fetch-timeout="3000"></conflict-timeline>');
        for (const p of PAYLOADS.filter((x) => x.group !== 'http-url')) {
          const failed = nextEvent<ErrorEvent['detail']>(el, 'conflict-timeline-error', 5000);
          el.setAttribute('src', p.text);
          const { detail } = await failed;
          await el.updateComplete;
          const error = el.shadowRoot!.querySelector('[part~="error"]')!;
          expect(error, `payload ${p.n}: visible error`).to.not.equal(null);
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent, `payload ${p.n}: message shown as text`).to.contain(detail.message);
          expect(el.getAttribute('src')).to.equal(p.text);
        }
        await expectInert(el);
      } finally {
        base.remove();
      }
    });
  });

  describe('prototype pollution', () => {
    const POLLUTING = `{
      "__proto__": {"polluted": "dataset"},
      "constructor": {"prototype": {"polluted": "constructor"}},
      "title": "Pollution",
      "sources": [{"id": "s", "title": "S", "__proto__": {"polluted": "source"}}],
      "events": [
        {"id": "__proto__", "date": "2022-01-01", "title": "Id __proto__", "category": "__proto__", "__proto__": {"polluted": "event", "title": "inherited"}},
        {"id": "constructor", "date": "2022-01-02", "title": "Id constructor", "category": "constructor", "constructor": {"prototype": {"polluted": "event"}}},
        {"id": "hasOwnProperty", "date": "2022-01-03", "title": "Id hasOwnProperty", "category": "toString",
         "place": {"name": "P", "__proto__": {"lat": 1, "lon": 2}},
         "figures": [{"label": "F", "value": 1, "__proto__": {"unit": "polluted"}}],
         "citations": [{"source": "s", "__proto__": {"url": "javascript:top.__hostileCanary('proto')"}}]},
        {"date": "2022-01-04", "__proto__": {"title": "only inherited", "date": "2022-01-04"}}
      ]
    }`;

    function expectClean(): void {
      const probe = {} as Record<string, unknown>;
      expect(probe.polluted, 'Object.prototype').to.equal(undefined);
      expect(([] as unknown as Record<string, unknown>).polluted, 'Array.prototype').to.equal(undefined);
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
      expect(typeof ({} as { hasOwnProperty: unknown }).hasOwnProperty).to.equal('function');
    }

    for (const how of ['data', 'src', 'inline'] as const) {
      it(`__proto__ and constructor keys through ${how} reach no prototype, and are reported, not silently used`, async () => {
        const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
        const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
        if (how === 'data') el.data = JSON.parse(POLLUTING);
        else if (how === 'src') el.src = URL.createObjectURL(new Blob([POLLUTING], { type: 'application/json' }));
        else {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = POLLUTING;
          el.append(script);
        }
        const { detail } = await loaded;
        await el.updateComplete;
        expectClean();
        expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['__proto__', 'constructor', 'hasOwnProperty']);
        const [proto, ctor, own] = el.visibleEvents;
        expect(proto.title).to.equal('Id __proto__');
        expect(proto.category).to.equal('__proto__');
        expect(ctor.category).to.equal('constructor');
        // Inherited-looking keys are own data keys of JSON: never read as fields.
        expect(own.place).to.deep.equal({ name: 'P' });
        expect(own.figures![0].unit).to.equal(undefined);
        expect(own.citations![0].url).to.equal(undefined);
        // The event that has only "__proto__" fields is rejected with its reason, not dropped.
        expect(detail.total).to.equal(4);
        expect(detail.issues.some((i) => i.index === 3 && i.severity === 'error' && /title/.test(i.message))).to.equal(true);
        expect(detail.issues.some((i) => i.field === '__proto__' && /not used/.test(i.message))).to.equal(true);
        // Methods that look the id up never find Object.prototype's members.
        expect(el.select('toString')).to.equal(null);
        expect(el.select('valueOf')).to.equal(null);
        expect(el.select('__proto__')!.title).to.equal('Id __proto__');
        await el.updateComplete;
        el.categories = '__proto__,constructor';
        await el.updateComplete;
        expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['__proto__', 'constructor']);
        el.selected = 'constructor';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="detail"] h2')!.textContent).to.equal('Id constructor');
        await expectInert(el);
      });
    }

    it('categories named like Object.prototype members are labelled as written, not as the inherited member', async function () {
      const names = Object.getOwnPropertyNames(Object.prototype);
      const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
      el.data = { events: names.map((name, i) => ({ id: `p${i}`, date: `2022-01-${String(i + 1).padStart(2, '0')}`, title: `Category ${name}`, category: name })) };
      await el.updateComplete;
      expect(el.visibleEvents.map((e) => e.category)).to.deep.equal(names);
      const legend = [...el.shadowRoot!.querySelectorAll('.legend button span:not(.count)')].map((s) => s.textContent!);
      const names2 = el.visibleEvents.map((e) => buttonFor(el, e.id!)!.getAttribute('aria-label')!.split(': ')[0].split(', ').pop()!);
      const wrong = [...legend, ...names2].filter((label) => /native code|\[object |^function /.test(label));
      expect(legend.length).to.equal(names.length);
      expect(wrong.length === 0, `category labels from Object.prototype: ${JSON.stringify([...new Set(wrong)].slice(0, 4))}`).to.equal(true);
      expect(legend).to.have.members(names.map(categoryLabel));
    });

    it('strings templates are filled once: a title that looks like a placeholder stays literal', async () => {
      const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
      el.data = { events: [{ id: 'x', date: '2022-01-01', title: '{title}{date}{count}{constructor}', figures: [{ label: 'L', value: 1, attribution: '{who}{constructor}' }] }] };
      await el.updateComplete;
      buttonFor(el, 'x')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('Selected: {title}{date}{count}{constructor},');
      expect(el.shadowRoot!.querySelector('.according')!.textContent).to.equal('(according to {who}{constructor})');
    });
  });
});
