/**
 * Issue 13, around the chart: deep links of date-only data say days, opening one brings its timeline into view;
 * the Download disclosure closes when focus moves on or the reader presses elsewhere, and names only an id that
 * exists; text from the data gets dir="auto".
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { fixture, nextFrame, SMALL, TimelineHarness, until } from './helpers/harness.js';
import { readDeepLink } from '../src/controllers/deep-link-controller.js';
import { settle } from './helpers/big-data.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';

async function small(markup: string, width = 1000): Promise<[ConflictTimeline, TimelineHarness]> {
  const el = await fixture(markup, width);
  el.data = SMALL;
  await settle(el);
  return [el, new TimelineHarness(el)];
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

describe('reader controls (issue 13)', () => {
  const initialHash = location.hash;
  afterEach(() => {
    document.querySelectorAll('.test-container, .spacer').forEach((n) => n.remove());
    history.replaceState(null, '', `${location.pathname}${location.search}${initialHash}`);
  });

  describe('deep links of date-only data', () => {
    it('write both window edges as days, in the default view and after zooming and selecting', async () => {
      const [el, h] = await small('<conflict-timeline id="tl" deep-link></conflict-timeline>');
      await h.click('second');
      let link = readDeepLink(location.hash, 'tl')!;
      expect(link.selected).to.equal('second');
      expect(link.start, `start in ${location.hash}`).to.match(DAY_RE);
      expect(link.end, `end in ${location.hash}`).to.match(DAY_RE);
      el.zoomIn();
      el.zoomIn();
      await settle(el);
      await h.click(h.ids()[0]);
      link = readDeepLink(location.hash, 'tl')!;
      expect(link.start, `start in ${location.hash}`).to.match(DAY_RE);
      expect(link.end, `end in ${location.hash}`).to.match(DAY_RE);
      expect(link.end >= link.start).to.equal(true);
    });

    it('opening a deep link scrolls its timeline into view', async () => {
      const spacer = document.createElement('div');
      spacer.className = 'spacer';
      spacer.style.height = '3000px';
      document.body.prepend(spacer);
      scrollTo(0, 0);
      history.replaceState(null, '', `${location.pathname}${location.search}#tl=third@2022-02-28/2022-03-01`);
      const [el] = await small('<conflict-timeline id="tl" deep-link></conflict-timeline>');
      await until(() => el.selected === 'third', 'the selection from the URL');
      await until(() => {
        const r = el.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      }, 'the timeline scrolled into view', 3000);
    });
  });

  describe('the Download disclosure', () => {
    const toggle = (h: TimelineHarness) => h.root.querySelector<HTMLButtonElement>('.downloads > button')!;

    it('names its menu in aria-controls only while the menu exists', async () => {
      const [el, h] = await small('<conflict-timeline downloads></conflict-timeline>');
      expect(toggle(h).hasAttribute('aria-controls'), 'closed: no aria-controls').to.equal(false);
      toggle(h).click();
      await el.updateComplete;
      const id = toggle(h).getAttribute('aria-controls')!;
      expect(h.root.getElementById(id), `#${id} exists while open`).to.not.equal(null);
    });

    it('closes when Tab moves focus past its items', async () => {
      const [el, h] = await small('<conflict-timeline downloads></conflict-timeline>');
      toggle(h).focus();
      toggle(h).click();
      await el.updateComplete;
      expect(toggle(h).getAttribute('aria-expanded')).to.equal('true');
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const active = h.root.activeElement;
      expect(!!active && !active.closest('.downloads'), `focus moved on from the menu (to ${active?.className})`).to.equal(true);
      expect(toggle(h).getAttribute('aria-expanded')).to.equal('false');
      expect(h.root.querySelector('.menu')).to.equal(null);
    });

    it('closes on a press outside it, and stays open for a press on its own items', async () => {
      const [el, h] = await small('<conflict-timeline downloads></conflict-timeline>');
      toggle(h).click();
      await el.updateComplete;
      const item = h.root.querySelector('.menu button')!;
      item.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(toggle(h).getAttribute('aria-expanded'), 'a press on an item').to.equal('true');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      await nextFrame();
      expect(toggle(h).getAttribute('aria-expanded'), 'a press elsewhere').to.equal('false');
    });
  });

  it('text from the data gets dir="auto" (title, description, legend, labels)', async () => {
    const [, h] = await small('<div dir="rtl" lang="ar"><conflict-timeline></conflict-timeline></div>');
    const header = h.root.querySelectorAll('[part~="header"] p');
    expect(header.length).to.be.greaterThan(0);
    for (const p of header) expect(p.getAttribute('dir'), p.className).to.equal('auto');
    for (const b of h.legend()) expect(b.querySelector('span[dir="auto"]'), 'legend label').to.not.equal(null);
    for (const b of h.events()) expect(b.querySelector('.label')!.getAttribute('dir')).to.equal('auto');
  });

  it('legend counts are numbers in the locale, as the clusters and the view announcement write them', async () => {
    const el = await fixture('<conflict-timeline></conflict-timeline>');
    const events = Array.from({ length: 1205 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().slice(0, 16) + 'Z',
      title: `Event ${i}`,
      category: i < 1200 ? 'military' : 'political',
    }));
    el.data = { events };
    await settle(el);
    const counts = new TimelineHarness(el).legend().map((b) => b.querySelector('.count')!.textContent!.trim());
    expect(counts).to.include.members(['1,200', '5']);
  });
});
