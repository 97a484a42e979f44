/**
 * Issue 13, the detail panel: its heading is an <h2> by default and follows `heading-level` (item 17), it has a
 * space of its own under the chart so selecting, closing and moving the view never change the element's height
 * (item 4), and a source headline that ends a sentence is not followed by a comma.
 */
import { expect } from '@esm-bundle/chai';
import { fixture, SMALL, TimelineHarness, until } from './helpers/harness.js';
import { axeViolations, formatViolations } from './helpers/axe.js';
import { settle } from './helpers/big-data.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import type { TimelineData } from '../src/model/types.js';

afterEach(() => document.querySelectorAll('.test-container').forEach((n) => n.remove()));

async function small(markup: string, width = 1000, data: TimelineData = SMALL): Promise<[ConflictTimeline, TimelineHarness]> {
  const el = await fixture(markup, width);
  el.data = data;
  await settle(el);
  return [el, new TimelineHarness(el)];
}

describe('the detail heading (issue 13, item 17)', () => {
  it('is a level-2 heading by default: a page with only an <h1> passes axe heading-order', async () => {
    const [el, h] = await small('<h1>A story</h1><conflict-timeline></conflict-timeline>');
    el.select('second');
    await settle(el);
    const heading = h.detail()!.querySelector('#detail-title')!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal('Second event on Monday');
    expect(h.detail()!.getAttribute('aria-labelledby')).to.equal('detail-title');
    const violations = await axeViolations(el.parentElement!, { rules: { 'heading-order': { enabled: true } } });
    expect(violations.filter((v) => v.id === 'heading-order'), formatViolations(violations)).to.deep.equal([]);
  });

  it('a level-4 heading with heading-level="4" (under an h3 the page already has, heading order holds)', async () => {
    const [el, h] = await small('<h1>A story</h1><h2>Part</h2><h3>Section</h3><conflict-timeline heading-level="4"></conflict-timeline>');
    expect(el.headingLevel).to.equal(4);
    el.select('second');
    await settle(el);
    expect(h.detail()!.querySelector('#detail-title')!.tagName).to.equal('H4');
    const violations = await axeViolations(el.parentElement!, { rules: { 'heading-order': { enabled: true } } });
    expect(violations.filter((v) => v.id === 'heading-order'), formatViolations(violations)).to.deep.equal([]);
    // The property, and a level outside 1–6 falls back to the safe default.
    el.headingLevel = 1;
    await settle(el);
    expect(h.detail()!.querySelector('#detail-title')!.tagName).to.equal('H1');
    el.setAttribute('heading-level', '9');
    await settle(el);
    expect(h.detail()!.querySelector('#detail-title')!.tagName).to.equal('H2');
  });

  it('looks the same at every level (the page’s heading styles do not reach the shadow root, the element sizes it)', async () => {
    const [el, h] = await small('<conflict-timeline heading-level="1"></conflict-timeline>');
    el.select('second');
    await settle(el);
    const size = (): string => getComputedStyle(h.detail()!.querySelector('#detail-title')!).fontSize;
    const one = size();
    el.headingLevel = 5;
    await settle(el);
    expect(size()).to.equal(one);
  });
});

describe('the detail space keeps the element’s height (issue 13, item 4)', function () {
  // Every event is selected in turn (32 updates and layouts): under a busy machine WebKit took over 10 s.
  this.timeout(60_000);
  for (const width of [1280, 390]) {
    it(`at ${width} px: selecting, deselecting, zooming and switching events move the height by at most 2 px`, async () => {
      const el = await fixture('<conflict-timeline layout="horizontal"></conflict-timeline>', width);
      const h = new TimelineHarness(el);
      await until(() => h.events().length > 0, 'the built-in events');
      await settle(el);
      const height = () => el.getBoundingClientRect().height;
      const first = height();
      const space = h.root.querySelector<HTMLElement>('.detail-space')!;
      expect(space.textContent!.trim(), 'a prompt before anything is selected').to.equal('Select an event to read its date and sources.');
      const steps: [string, () => unknown][] = [
        ['an event selected', () => h.events()[0].click()],
        ['another event selected', () => h.events().at(-1)!.click()],
        ['zoomed in with an event selected', () => el.zoomIn()],
        ['zoomed in again', () => el.zoomIn()],
        ['the selection closed', () => h.detail()!.querySelector<HTMLButtonElement>('button.close')!.click()],
        ['zoomed out', () => el.zoomOut()],
        ['fitted', () => el.fit()],
      ];
      for (const [what, act] of steps) {
        await act();
        await new Promise((r) => setTimeout(r, 300));
        await settle(el);
        expect(height(), `${what}: the element's height`).to.be.closeTo(first, 2);
      }
      // Every event's detail, short or long (a long one scrolls inside the space): the same height.
      for (const id of h.ids()) {
        el.select(id);
        await settle(el);
        expect(h.detail()!.getBoundingClientRect().height, `${id}: the detail fills its space`).to.be.closeTo(space.getBoundingClientRect().height, 1);
        expect(height(), `${id} selected: the element's height`).to.be.closeTo(first, 2);
      }
    });
  }

  it('a new selection opens its detail at the top, not where the previous one was scrolled to', async () => {
    const el = await fixture('<conflict-timeline layout="horizontal"></conflict-timeline>', 390);
    const h = new TimelineHarness(el);
    await until(() => h.events().length > 0, 'the built-in events');
    await settle(el);
    const ids = h.ids();
    el.select(ids[0]);
    await settle(el);
    h.detail()!.scrollTop = 10_000;
    el.select(ids[1]);
    await settle(el);
    expect(h.detail()!.scrollTop).to.equal(0);
  });
});

describe('citations (issue 13)', () => {
  it('a headline that ends a sentence is followed by the publisher and date without a comma', async () => {
    const data: TimelineData = {
      sources: [
        { id: 'a', title: 'Russia invades Ukraine.', publisher: 'The Paper', url: 'https://example.org/a', published: '2022-03-01' },
        { id: 'b', title: 'Talks begin', published: '2022-03-01' },
      ],
      events: [{ id: 'e', date: '2022-02-24', title: 'Invasion', citations: [{ source: 'a', quote: 'It began.' }, { source: 'b', quote: 'They met.' }] }],
    };
    const [el, h] = await small('<conflict-timeline></conflict-timeline>', 1000, data);
    el.select('e');
    await settle(el);
    const cites = [...h.detail()!.querySelectorAll('cite')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cites).to.deep.equal(['— Russia invades Ukraine. The Paper, 1 March 2022', '— Talks begin, 1 March 2022']);
  });
});
