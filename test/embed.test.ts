import { expect } from '@esm-bundle/chai';
import { fixture, nextEvent, nextFrame, SMALL, TimelineHarness, until } from './helpers/harness.js';
import { readDeepLink, writeDeepLink } from '../src/controllers/deep-link-controller.js';
import { csvToEvents } from '../src/model/csv.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';

async function small(markup = '<conflict-timeline></conflict-timeline>', width = 1000): Promise<[ConflictTimeline, TimelineHarness]> {
  const el = await fixture(markup, width);
  el.data = SMALL;
  await el.updateComplete;
  await nextFrame();
  return [el, new TimelineHarness(el)];
}

describe('around the embed', () => {
  const initialHash = location.hash;
  afterEach(() => {
    document.querySelectorAll('.test-container').forEach((n) => n.remove());
    history.replaceState(null, '', `${location.pathname}${location.search}${initialHash}`);
  });

  describe('deep links', () => {
    it('readDeepLink/writeDeepLink keep other timelines and plain anchors', () => {
      const hash = writeDeepLink('#intro&other=x%40y@2022-01-01/2022-01-02', 'main', { selected: 'kharkiv-strike', start: '2022-02-28', end: '2022-03-02' });
      expect(hash).to.equal('#intro&other=x%40y@2022-01-01/2022-01-02&main=kharkiv-strike@2022-02-28/2022-03-02');
      expect(readDeepLink(hash, 'main')).to.deep.equal({ selected: 'kharkiv-strike', start: '2022-02-28', end: '2022-03-02' });
      expect(readDeepLink(hash, 'other')).to.deep.equal({ selected: 'x@y', start: '2022-01-01', end: '2022-01-02' });
      expect(readDeepLink(hash, 'missing')).to.equal(null);
      expect(readDeepLink(writeDeepLink(hash, 'main', { selected: null, start: '', end: '' }), 'main')).to.deep.equal({ selected: null, start: '', end: '' });
    });

    it('restores the selection and the window from the URL on load, firing no select or range-change', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#tl=third@2022-02-28/2022-03-01`);
      let fired = 0;
      document.addEventListener('conflict-timeline-select', () => fired++);
      document.addEventListener('conflict-timeline-range-change', () => fired++);
      const [el, h] = await small('<conflict-timeline id="tl" deep-link></conflict-timeline>');
      await until(() => el.selected === 'third', 'the selection from the URL');
      await el.updateComplete;
      expect(el.start).to.equal('2022-02-28');
      expect(el.end).to.equal('2022-03-01');
      expect(h.ids()).to.deep.equal(['second', 'third', 'fourth']);
      expect(fired).to.equal(0);
    });

    it('writes selections as history entries, so Back steps through them, and follows hashchange', async () => {
      const [el, h] = await small('<conflict-timeline id="tl" deep-link></conflict-timeline>');
      await h.click('second');
      expect(readDeepLink(location.hash, 'tl')!.selected).to.equal('second');
      await h.click('third');
      expect(readDeepLink(location.hash, 'tl')!.selected).to.equal('third');
      history.back();
      await until(() => el.selected === 'second', 'Back to the previous selection');
      location.hash = '#tl=first';
      await until(() => el.selected === 'first', 'hashchange');
    });

    it('two timelines keep separate state; deep-link without an id warns and does nothing', async () => {
      const container = document.createElement('div');
      container.className = 'test-container';
      container.style.width = '1000px';
      container.innerHTML = '<conflict-timeline id="a" deep-link></conflict-timeline><conflict-timeline id="b" deep-link></conflict-timeline><conflict-timeline deep-link></conflict-timeline>';
      document.body.append(container);
      const [a, b, anonymous] = [...container.querySelectorAll('conflict-timeline')];
      for (const el of [a, b, anonymous]) {
        el.data = SMALL;
        await el.updateComplete;
      }
      new TimelineHarness(a).event('first')!.click();
      new TimelineHarness(b).event('fourth')!.click();
      new TimelineHarness(anonymous).event('second')!.click();
      expect(readDeepLink(location.hash, 'a')!.selected).to.equal('first');
      expect(readDeepLink(location.hash, 'b')!.selected).to.equal('fourth');
      expect(location.hash).to.not.contain('second');
      expect(anonymous.issues.some((i) => i.field === 'deep-link')).to.equal(true);
    });
  });

  describe('export', () => {
    it('exportSVG() is a standalone image that is not blank, with text from data escaped', async () => {
      const [el] = await small();
      el.data = { title: 'A & B <test>', events: [...SMALL.events, { id: 'x', date: '2022-02-26', title: '<script>alert(1)</script> & more' }] };
      await el.updateComplete;
      const text = el.exportSVG();
      expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
      expect(text).to.contain('A &amp; B &lt;test&gt;');
      expect(text).to.not.contain('<script>');
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      // Draw it as an image and look at the pixels: markers in the category colours must be there.
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      const img = new Image();
      await new Promise((resolve, reject) => {
        img.onload = resolve;
        img.onerror = reject;
        img.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<string>();
      let nonWhite = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) nonWhite++;
        colours.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
      }
      URL.revokeObjectURL(url);
      expect(img.width).to.be.greaterThan(500);
      expect(nonWhite).to.be.greaterThan(1000);
      expect(colours.size).to.be.greaterThan(8);
    });

    it('exportPNG() gives a PNG at the device pixel ratio', async () => {
      const [el] = await small();
      const blob = await el.exportPNG(2);
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      const svgWidth = Number(/width="(\d+(\.\d+)?)"/.exec(el.exportSVG())![1]);
      expect(bitmap.width).to.equal(Math.round(svgWidth * 2));
    });

    it('exportCSV() and exportJSON() give the events shown, respecting the filter, and read back in', async () => {
      const [el] = await small('<conflict-timeline categories="military,humanitarian"></conflict-timeline>');
      const csv = el.exportCSV();
      const back = csvToEvents(csv);
      expect(back.map((e) => e.id)).to.deep.equal(['first', 'third']);
      expect(back[0].citations![0].quote).to.equal('It began on 24 February.');
      const json = JSON.parse(el.exportJSON());
      expect(json.title).to.equal('Small test timeline');
      expect(json.events.map((e: { id: string }) => e.id)).to.deep.equal(['first', 'third']);
      expect(json.events[1].figures[0].value).to.equal(660000);
    });

    it('the Download menu opens from the keyboard and closes with Escape', async () => {
      const [el, h] = await small('<conflict-timeline downloads></conflict-timeline>');
      const toggle = h.root.querySelector<HTMLButtonElement>('.downloads > .tool')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect([...h.root.querySelectorAll('.menu button')].map((b) => b.textContent)).to.deep.equal(['Image (PNG)', 'Vector image (SVG)', 'Data (CSV)', 'Data (JSON)']);
      h.root.querySelector<HTMLButtonElement>('.menu button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(h.root.querySelector('.menu')).to.equal(null);
    });
  });

  describe('print', () => {
    it('prints the chart and a table of the events with their citations, without the controls', async () => {
      const [el, h] = await small();
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const print = h.root.querySelector('[part~="print"]')!;
      expect(print.querySelectorAll('tbody tr').length).to.equal(4);
      expect(print.textContent).to.contain('“It began on 24 February.” — Article A, Paper');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(h.root.querySelector('[part~="print"]')).to.equal(null);
    });

    it('caps the printed table and says how many more events there are', async () => {
      const el = await fixture('<conflict-timeline></conflict-timeline>');
      el.events = Array.from({ length: 250 }, (_, i) => ({ id: `e${i}`, date: `2022-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event ${i}` }));
      await el.updateComplete;
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const print = el.shadowRoot!.querySelector('[part~="print"]')!;
      expect(print.querySelectorAll('tbody tr').length).to.equal(200);
      expect(print.textContent).to.contain('…and 50 more events, not printed.');
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  describe('languages', () => {
    const cases: [string, RegExp, string][] = [
      ['en', /^(February 24, 2022|24 February 2022), Military: First event on the 24th, 1 of 4$/, 'Zoom in'],
      ['uk', /^24 лютого 2022 р\., Військові дії: First event on the 24th, 1 з 4$/, 'Збільшити'],
      ['de', /^24\. Februar 2022, Military: First event on the 24th, 1 of 4$/, 'Zoom in'],
      // Engines differ on digits for Arabic (Latin or Arabic-Indic): accept both.
      ['ar', /فبراير (2022|٢٠٢٢).*Military: First event on the 24th, (1|١) of (4|٤)$/, 'Zoom in'],
    ];
    for (const [locale, name, zoomIn] of cases) {
      it(`locale="${locale}" formats dates with Intl and uses its words`, async () => {
        const [el, h] = await small(`<conflict-timeline locale="${locale}"></conflict-timeline>`);
        expect(h.event('first')!.getAttribute('aria-label')).to.match(name);
        expect(h.root.querySelector('.toolbar .tool')!.getAttribute('aria-label')).to.equal(zoomIn);
        void el;
      });
    }

    it('strings overrides any of the element’s words', async () => {
      const [el, h] = await small();
      el.strings = { zoomIn: 'Plus près', categoryLabels: { military: 'Armée' } };
      await el.updateComplete;
      expect(h.root.querySelector('.toolbar .tool')!.getAttribute('aria-label')).to.equal('Plus près');
      expect(h.event('first')!.getAttribute('aria-label')).to.contain('Armée: First event');
    });

    it('mirrors the chart on right-to-left pages: later is to the left, arrows follow', async () => {
      const [el, h] = await small('<div dir="rtl" lang="ar"><conflict-timeline></conflict-timeline></div>');
      const x = (id: string) => h.event(id)!.querySelector('.marker')!.getBoundingClientRect().left;
      expect(x('first')).to.be.greaterThan(x('second'));
      expect(x('second')).to.be.greaterThan(x('third'));
      h.event('second')!.focus();
      h.event('second')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
      await el.updateComplete;
      await nextFrame();
      expect(h.focusedId()).to.equal('third');
      const earlierLabel = h.ticks();
      expect(earlierLabel.length).to.be.greaterThan(0);
    });
  });
});

void nextEvent;
