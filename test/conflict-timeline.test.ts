import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictTimeline } from '../src/conflict-timeline.js';
import { builtinData } from '../src/builtin-data.js';
import { fixture, nextEvent, nextFrame, SMALL, TimelineHarness, until, type ErrorEvent, type LoadEvent } from './helpers/harness.js';

const SMALL_URL = new URL('./fixtures/small.json', import.meta.url).href;
const OTHER_URL = new URL('./fixtures/other.json', import.meta.url).href;

describe('<conflict-timeline>', () => {
  afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

  describe('definition', () => {
    it('is defined once, as ConflictTimeline, and the define entry can run twice', async () => {
      expect(customElements.get('conflict-timeline')).to.equal(ConflictTimeline);
      await import('../src/define.js?again' as string).catch(() => undefined);
      expect(document.createElement('conflict-timeline')).to.be.instanceOf(ConflictTimeline);
    });
  });

  describe('built-in data', () => {
    it('renders every built-in event when no data is given', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
      const h = new TimelineHarness(el);
      expect(h.events().length).to.equal(builtinData.events.length);
      expect(h.region().getAttribute('role')).to.equal('region');
      expect(h.region().getAttribute('aria-label')).to.equal(builtinData.title);
      expect(h.ids()).to.include.members(['invasion-begins', 'kharkiv-freedom-square-strike', 'un-general-assembly-vote', 'monday-talks-ceasefire']);
    });

    it('draws the 24 February invasion on Thu 24 Feb and compresses the empty days after it', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
      const h = new TimelineHarness(el);
      // Some engines' locale data put a comma after the weekday.
      expect(h.ticks().map((t) => t.replace(',', ''))).to.include.members(['Thu 24 Feb', 'Mon 28 Feb', 'Tue 1 Mar', 'Wed 2 Mar']);
      expect(h.root.querySelectorAll('.gap').length).to.equal(1);
      expect(h.root.querySelector('.gap-label')!.textContent).to.equal('3 days');
      expect(h.event('invasion-begins')!.getAttribute('aria-label')).to.match(/^24 February 2022, Military: /);
    });

    it('keeps every label readable at 1280×720: no overlaps, none shorter than 24 characters', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>', 1248);
      const h = new TimelineHarness(el);
      const boxes = h.events().map((b) => {
        const label = b.querySelector<HTMLElement>('.label')!;
        return { id: b.dataset.id!, rect: label.getBoundingClientRect(), label, title: label.textContent!.trim() };
      });
      for (const box of boxes) {
        expect(box.rect.width, `${box.id} label is hidden`).to.be.greaterThan(0);
        // A label shows at least its first 24 characters (or all of a shorter title).
        const range = document.createRange();
        range.selectNodeContents(box.label);
        const needed = Math.min(box.title.length, 24);
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
        probe.textContent = `${box.title.slice(0, needed)}…`;
        box.label.parentElement!.append(probe);
        const minimum = Math.min(probe.getBoundingClientRect().width, box.label.scrollWidth);
        probe.remove();
        expect(box.rect.width + 1, `${box.id} shows fewer than 24 characters`).to.be.at.least(minimum);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].rect;
          const b = boxes[j].rect;
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${boxes[i].id} overlaps ${boxes[j].id}`).to.equal(false);
        }
      }
      // Everything fits the element's width.
      const host = el.getBoundingClientRect();
      for (const box of boxes) expect(box.rect.right).to.be.at.most(host.right + 0.5);
    });
  });

  describe('data sources and precedence', () => {
    it('the events property beats src, inline JSON and built-in data', async () => {
      const el = await fixture(`<conflict-timeline src="${SMALL_URL}"><script type="application/json">{"events":[{"date":"2020-01-01","title":"Inline"}]}</script></conflict-timeline>`);
      el.events = [{ id: 'prop', date: '2021-05-05', title: 'From the property' }];
      await el.updateComplete;
      await until(() => !el.loading, 'src to settle');
      await el.updateComplete;
      expect(new TimelineHarness(el).ids()).to.deep.equal(['prop']);
    });

    it('src beats inline JSON, and inline JSON beats the built-in data', async () => {
      const el = await fixture(`<conflict-timeline><script type="application/json">{"events":[{"id":"inline","date":"2020-01-01","title":"Inline event"}]}</script></conflict-timeline>`);
      const h = new TimelineHarness(el);
      expect(h.ids()).to.deep.equal(['inline']);
      const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
      el.src = SMALL_URL;
      const detail = (await loaded).detail;
      await el.updateComplete;
      expect(detail.origin).to.equal('src');
      expect(h.ids()).to.deep.equal(['first', 'second', 'third', 'fourth']);
      el.src = '';
      await el.updateComplete;
      expect(h.ids()).to.deep.equal(['inline']);
      el.querySelector('script')!.remove();
      await until(() => h.ids().length === builtinData.events.length, 'built-in data');
    });

    it('data and events: the one set last wins; null falls through to the other, then to the rest', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      const h = new TimelineHarness(el);
      el.data = SMALL;
      el.events = [{ id: 'only', date: '2022-01-01', title: 'Only event' }];
      await el.updateComplete;
      expect(h.ids()).to.deep.equal(['only']);
      el.data = { events: [{ id: 'again', date: '2022-01-02', title: 'Data again' }] };
      await el.updateComplete;
      expect(h.ids()).to.deep.equal(['again']);
      el.data = null;
      await el.updateComplete;
      expect(h.ids()).to.deep.equal(['only']);
      el.events = null;
      await el.updateComplete;
      expect(h.ids().length).to.equal(builtinData.events.length);
    });

    it('a newer src aborts the older one: the last src set wins', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      const loads: string[] = [];
      el.addEventListener('conflict-timeline-load', (e) => loads.push((e as LoadEvent).detail.title));
      el.src = SMALL_URL;
      el.src = OTHER_URL;
      await until(() => loads.length > 0, 'load');
      await new Promise((r) => setTimeout(r, 200));
      expect(loads).to.deep.equal(['Other test timeline']);
      expect(new TimelineHarness(el).ids()).to.deep.equal(['other-1', 'other-2']);
    });
  });

  describe('attributes', () => {
    it('start and end set the visible window and signpost what lies outside', async () => {
      const el = await fixture('<conflict-timeline start="2022-02-28" end="2022-03-01"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      expect(h.ids()).to.deep.equal(['second', 'third', 'fourth']);
      const earlier = h.root.querySelector<HTMLButtonElement>('.edge.before')!;
      expect(earlier.textContent).to.contain('1 earlier');
      earlier.click();
      await el.updateComplete;
      expect(h.ids()).to.include('first');
    });

    it('right to left, the edge buttons keep "1 earlier" readable with the arrow pointing outward', async () => {
      const el = await fixture('<conflict-timeline dir="rtl" start="2022-02-28" end="2022-02-28"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      const rectOf = (node: Node, from: number, to: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        return range.getBoundingClientRect();
      };
      for (const [cls, word, arrow] of [['before', 'earlier', '→'], ['after', 'later', '←']] as const) {
        const button = h.root.querySelector<HTMLButtonElement>(`.edge.${cls}`)!;
        const label = button.querySelector('span')!;
        const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
        const count = rectOf(text, 0, 1);
        const at = text.textContent!.indexOf(word);
        expect(at, text.textContent!).to.be.greaterThan(0);
        // The count reads before its word, left to right, as in an LTR page.
        expect(count.left).to.be.lessThan(rectOf(text, at, at + word.length).left);
        // The arrow sits at the outer side: right for earlier, left for later.
        const arrowNode = [...button.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(arrow))!;
        const i = arrowNode.textContent!.indexOf(arrow);
        const arrowRect = rectOf(arrowNode, i, i + 1);
        const labelRect = label.getBoundingClientRect();
        if (cls === 'before') expect(arrowRect.left).to.be.at.least(labelRect.right - 1);
        else expect(arrowRect.right).to.be.at.most(labelRect.left + 1);
      }
    });

    it('selected selects, shows the detail and reflects', async () => {
      const el = await fixture('<conflict-timeline selected="second"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      const detail = h.detail()!;
      expect(detail.querySelector('h2')!.textContent).to.equal('Second event on Monday');
      expect(detail.textContent).to.contain('28 February 2022');
      expect(detail.textContent).to.contain('Talks were held.');
      expect(detail.textContent).to.contain('From "on Monday".');
      expect(detail.querySelector('blockquote')!.textContent).to.contain('Talks on Monday.');
      expect(detail.querySelector('cite a')!.getAttribute('href')).to.equal('https://example.org/a');
      expect(detail.querySelector('cite')!.textContent).to.contain('Article A, Paper');
      expect(h.event('second')!.getAttribute('aria-expanded')).to.equal('true');
      expect(h.event('second')!.getAttribute('part')).to.contain('event--selected');
      el.select('third');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('third');
      expect(h.detail()!.textContent).to.contain('more than 660,000 people fled');
      expect(h.detail()!.textContent).to.contain('according to UNHCR');
    });

    it('categories filters the events; the legend shows it and toggles it', async () => {
      const el = await fixture('<conflict-timeline categories="military, humanitarian"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      expect(h.ids()).to.deep.equal(['first', 'third']);
      const pressed = h.legend().map((b) => `${b.textContent!.replace(/\s+/g, ' ').trim()}:${b.getAttribute('aria-pressed')}`);
      expect(pressed).to.deep.equal(['Military 1:true', 'Diplomacy 1:false', 'Humanitarian 1:true', 'Political 1:false']);
      h.legend()[1].click();
      await el.updateComplete;
      expect(el.categories).to.equal('military,diplomacy,humanitarian');
      expect(h.ids()).to.deep.equal(['first', 'second', 'third']);
    });

    it('locale formats the axis and the names', async () => {
      const el = await fixture('<conflict-timeline locale="de"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      expect(h.event('first')!.getAttribute('aria-label')).to.match(/^24\. Februar 2022/);
      el.locale = 'uk';
      await el.updateComplete;
      expect(h.event('first')!.getAttribute('aria-label')).to.contain('24 лютого 2022');
    });

    it('locale defaults to the nearest lang in the page', async () => {
      const el = await fixture('<div lang="fr"><conflict-timeline></conflict-timeline></div>');
      el.data = SMALL;
      await el.updateComplete;
      expect(new TimelineHarness(el).event('first')!.getAttribute('aria-label')).to.match(/^24 février 2022/);
    });

    it('layout switches between the chart and the list; auto follows the width', async () => {
      const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>', 1000);
      const h = new TimelineHarness(el);
      expect(h.isVertical()).to.equal(true);
      el.layout = 'horizontal';
      await el.updateComplete;
      expect(h.isHorizontal()).to.equal(true);
      el.layout = 'auto';
      await el.updateComplete;
      expect(h.isHorizontal()).to.equal(true);
      (el.parentElement as HTMLElement).style.width = '420px';
      await until(() => h.isVertical(), 'vertical layout after resize');
      (el.parentElement as HTMLElement).style.width = '900px';
      await until(() => h.isHorizontal(), 'horizontal layout after resize');
    });

    it('label names the region', async () => {
      const el = await fixture('<conflict-timeline label="War timeline"></conflict-timeline>');
      expect(new TimelineHarness(el).region().getAttribute('aria-label')).to.equal('War timeline');
    });

    it('theme paints a dark or light background of its own', async () => {
      const el = await fixture('<conflict-timeline theme="dark"></conflict-timeline>');
      const h = new TimelineHarness(el);
      const dark = getComputedStyle(h.region()).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      const light = getComputedStyle(h.region()).backgroundColor;
      expect(dark).to.equal('rgb(22, 24, 27)');
      expect(light).to.equal('rgb(255, 255, 255)');
    });

    it('scale="linear" draws no compressed gap', async () => {
      const el = await fixture('<conflict-timeline scale="linear"></conflict-timeline>', 1248);
      expect(el.shadowRoot!.querySelectorAll('.gap').length).to.equal(0);
    });

    it('invalid attribute values fall back, warn in the console and are listed in the load event', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const container = document.createElement('div');
        container.className = 'test-container';
        container.style.width = '1000px';
        document.body.append(container);
        const el = document.createElement('conflict-timeline');
        for (const [k, v] of Object.entries({ layout: 'diagonal', theme: 'purple', start: '2022-02-30', end: 'soon', locale: 'not a locale!', selected: 'nope', categories: 'weather', scale: 'log' })) {
          el.setAttribute(k, v);
        }
        const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
        container.append(el);
        const { detail } = await loaded;
        const fields = detail.issues.map((i) => i.field);
        expect(fields).to.include.members(['layout', 'theme', 'start', 'end', 'locale', 'selected', 'categories', 'scale']);
        expect(warnings.join('\n')).to.contain('layout "diagonal"');
        const h = new TimelineHarness(el);
        // Still renders: every built-in event (the unknown category filter matches none, so all are filtered out).
        expect(h.error()).to.equal(null);
        expect(h.root.querySelector('.notice summary')!.textContent).to.match(/notes about the data or settings/);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('selection, methods and keyboard', () => {
    async function small(): Promise<[ConflictTimeline, TimelineHarness]> {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      return [el, new TimelineHarness(el)];
    }

    it('select(), next() and previous() move the selection in time order without firing select', async () => {
      const [el] = await small();
      let fired = 0;
      el.addEventListener('conflict-timeline-select', () => fired++);
      expect(el.next()!.id).to.equal('first');
      await el.updateComplete;
      expect(el.next()!.id).to.equal('second');
      expect(el.next()!.id).to.equal('third');
      expect(el.next()!.id).to.equal('fourth');
      expect(el.next()!.id).to.equal('fourth');
      expect(el.previous()!.id).to.equal('third');
      expect(el.select('first')!.title).to.equal('First event on the 24th');
      expect(el.select('missing')).to.equal(null);
      expect(el.selected).to.equal(null);
      el.selected = 'second';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });

    it('clicking a marker selects it and fires select with the event; not on first render', async () => {
      const [el, h] = await small();
      const selected = nextEvent<unknown>(el, 'conflict-timeline-select');
      await h.click('third');
      const e = await selected;
      expect((e.detail as { id: string }).id).to.equal('third');
      expect(e.bubbles && e.composed).to.equal(true);
      expect(el.selected).to.equal('third');
      expect(h.detail()).to.not.equal(null);
    });

    it('the event set is one tab stop; arrows, Home and End move focus in time order without selecting', async () => {
      const [el, h] = await small();
      expect(h.tabStops()).to.deep.equal(['first']);
      h.event('first')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('second');
      expect(h.tabStops()).to.deep.equal(['second']);
      expect(el.selected).to.equal(null);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('fourth');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('third');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('first');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('first');
    });

    it('Enter and Space select the focused event; Escape clears it and keeps focus', async () => {
      const [el, h] = await small();
      const events: (string | null)[] = [];
      el.addEventListener('conflict-timeline-select', (e) => events.push((e as CustomEvent<{ id: string } | null>).detail?.id ?? null));
      h.event('first')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal('second');
      expect(h.detail()).to.not.equal(null);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.selected).to.equal('third');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await nextFrame();
      expect(el.selected).to.equal(null);
      expect(h.detail()).to.equal(null);
      expect(h.focusedId()).to.equal('third');
      expect(events).to.deep.equal(['second', 'third', null]);
    });

    it('in the vertical layout Up and Down move focus', async () => {
      const el = await fixture('<conflict-timeline layout="vertical"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      h.event('first')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('second');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(h.focusedId()).to.equal('first');
    });

    it('the view follows focus into events outside the window', async () => {
      const el = await fixture('<conflict-timeline start="2022-02-24" end="2022-02-25"></conflict-timeline>');
      el.data = SMALL;
      await el.updateComplete;
      const h = new TimelineHarness(el);
      expect(h.ids()).to.deep.equal(['first']);
      h.event('first')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await nextFrame();
      expect(h.ids()).to.include('second');
      expect(h.focusedId()).to.equal('second');
    });
  });

  describe('events, loading and errors', () => {
    it('fires load with the count and issues once data are drawn', async () => {
      const container = document.createElement('div');
      container.className = 'test-container';
      document.body.append(container);
      const el = document.createElement('conflict-timeline');
      el.data = { events: [...SMALL.events, { id: 'bad', date: '2022-02-30', title: 'Impossible day' }] };
      const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
      container.append(el);
      const { detail } = await loaded;
      expect(detail.count).to.equal(4);
      expect(detail.total).to.equal(5);
      expect(detail.origin).to.equal('data');
      expect(detail.issues.find((i) => i.id === 'bad')!.message).to.equal('event 5 (bad): date "2022-02-30" is not a real day (February 2022 has 28 days)');
      expect(el.shadowRoot!.querySelectorAll('button.event').length).to.equal(4);
      const notice = el.shadowRoot!.querySelector('.notice')!;
      expect(notice.querySelector('summary')!.textContent).to.equal('1 of 5 events could not be shown');
      expect(notice.textContent).to.contain('2022-02-30');
    });

    it('shows a loading state while src is fetched, without collapsing', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      const before = el.getBoundingClientRect().height;
      el.src = SMALL_URL;
      await el.updateComplete;
      expect(el.loading).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading');
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.at.least(Math.min(before, 200));
      await nextEvent(el, 'conflict-timeline-load');
      expect(el.loading).to.equal(false);
    });

    const failures: [string, string, RegExp][] = [
      ['an HTTP error', new URL('./fixtures/missing.json', import.meta.url).href, /server answered 404/],
      ['a body that is not JSON', new URL('./fixtures/not-json.txt', import.meta.url).href, /is not JSON/],
      ['a network failure', 'http://127.0.0.1:9/data.json', /could not be loaded/],
      ['a dataset without valid events', new URL('./fixtures/no-valid-events.json', import.meta.url).href, /could not be shown/],
      ['an empty body', new URL('./fixtures/empty.json', import.meta.url).href, /is empty/],
    ];
    for (const [what, url, message] of failures) {
      it(`shows a clear error and fires error for ${what}`, async () => {
        const el = await fixture('<conflict-timeline></conflict-timeline>');
        const failed = nextEvent<ErrorEvent['detail']>(el, 'conflict-timeline-error');
        el.src = url;
        const { detail } = await failed;
        await el.updateComplete;
        expect(detail.message).to.match(message);
        const error = new TimelineHarness(el).error()!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.match(message);
        expect(new TimelineHarness(el).events().length).to.equal(0);
        // Setting a good src recovers.
        el.src = SMALL_URL;
        await nextEvent(el, 'conflict-timeline-load');
        await el.updateComplete;
        expect(new TimelineHarness(el).error()).to.equal(null);
        expect(new TimelineHarness(el).events().length).to.equal(4);
      });
    }

    it('reports bad data given as a property as an error, never a blank element', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      const failed = nextEvent<ErrorEvent['detail']>(el, 'conflict-timeline-error');
      el.data = 42 as never;
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.origin).to.equal('data');
      expect(new TimelineHarness(el).error()!.textContent).to.contain('should be an object with an "events" list');
    });
  });

  describe('text from data', () => {
    it('shows markup as text and drops links that are not http(s)', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      (window as unknown as { pwned?: boolean }).pwned = false;
      el.data = {
        title: '<img src=x onerror="window.pwned=true">',
        events: [{
          id: 'x', date: '2022-01-01', title: '<script>window.pwned=true</script>',
          citations: [{ quote: '<b>bold</b>', url: 'javascript:window.pwned=true', title: 'Evil' }],
        }],
      };
      await el.updateComplete;
      el.select('x');
      await el.updateComplete;
      await nextFrame();
      const h = new TimelineHarness(el);
      expect(h.root.querySelector('script, img')).to.equal(null);
      expect(h.labels()[0]).to.equal('<script>window.pwned=true</script>');
      expect(h.detail()!.querySelector('a')).to.equal(null);
      expect(h.detail()!.querySelector('blockquote')!.textContent).to.contain('<b>bold</b>');
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      expect(el.issues.some((i) => i.field === 'citations[0].url')).to.equal(true);
    });
  });
});
