/**
 * A list is drawn in parts the first time (FirstDrawController): the heading and controls, then a screenful of events
 * a turn later, then the rest, so a phone never spends one long task on events below the fold. What a reader and a script see: the
 * events in time order, growing and never reordered; every event drawn by the load event and by `updateComplete`;
 * later drawings (a filter) whole; a selected event drawn at once with its detail.
 */
import { expect } from '@esm-bundle/chai';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import type { TimelineData } from '../src/model/types.js';
import { FIRST_DRAW } from '../src/controllers/first-draw-controller.js';
import { nextEvent, type LoadEvent } from './helpers/harness.js';

const N = 40;
const DATA: TimelineData = {
  title: 'Forty events',
  events: Array.from({ length: N }, (_, i) => ({
    id: `e${i}`,
    date: `2022-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`,
    title: `Event ${i}`,
    category: i % 3 ? 'military' : 'diplomacy',
  })),
};

const ids = (el: ConflictTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((b) => b.dataset.id ?? b.id);

/** The element in a phone-wide container, with a record of the event parts after every change of its shadow DOM. */
function phoneElement(configure: (el: ConflictTimeline) => void): { el: ConflictTimeline; drawn: string[][]; headingFirst: () => boolean; stop(): void } {
  document.querySelectorAll('.test-container').forEach((n) => n.remove());
  const container = document.createElement('div');
  container.className = 'test-container';
  container.style.width = '390px';
  const el = document.createElement('conflict-timeline') as ConflictTimeline;
  configure(el);
  container.append(el);
  document.body.append(container);
  const drawn: string[][] = [];
  let headingFirst = false;
  const observer = new MutationObserver(() => {
    const now = ids(el);
    if (!drawn.length && !now.length && el.shadowRoot!.querySelector('[part~="header"]')) headingFirst = true;
    if (now.length && now.join() !== drawn.at(-1)?.join()) drawn.push(now);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { el, drawn, headingFirst: () => headingFirst, stop: () => observer.disconnect() };
}

describe('first drawing of a list, in parts', () => {
  it('draws a screenful first, then the rest, in time order; the load event and updateComplete see every event', async () => {
    const { el, drawn, headingFirst, stop } = phoneElement((e) => (e.data = DATA));
    const loaded = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load');
    const atLoad = loaded.then(() => ids(el).length);
    await el.updateComplete;
    stop();
    const all = ids(el);
    expect(all).to.have.length(N);
    expect(await atLoad, 'events drawn when the load event fired').to.equal(N);
    expect(headingFirst(), 'the heading drawn before any event').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="header"]')?.textContent).to.contain(DATA.title);
    expect(drawn[0], 'the first part').to.have.length(FIRST_DRAW);
    expect(drawn.length, 'drawn in more than one part').to.be.greaterThan(1);
    // Each part begins with the one before it: events are added after, never reordered or taken away.
    for (let i = 1; i < drawn.length; i++) expect(drawn[i].slice(0, drawn[i - 1].length)).to.deep.equal(drawn[i - 1]);
    expect(drawn.at(-1)).to.deep.equal(all);
  });

  it('a read that takes more than a slice (a slow phone): updateComplete and the load event still see every event', async () => {
    // Each reading of the clock is a tenth of a second after the last, so the 40 events are read in many slices.
    const realNow = performance.now.bind(performance);
    let ticks = 0;
    performance.now = () => realNow() + 100 * ++ticks;
    try {
      const { el, drawn, stop } = phoneElement((e) => (e.events = DATA.events));
      const atLoad = nextEvent<LoadEvent['detail']>(el, 'conflict-timeline-load').then(() => ids(el).length);
      await el.updateComplete;
      stop();
      expect(ticks, 'the clock was read').to.be.greaterThan(2);
      expect(ids(el)).to.have.length(N);
      expect(await atLoad, 'events drawn when the load event fired').to.equal(N);
      expect(drawn[0], 'the first part').to.have.length(FIRST_DRAW);
    } finally {
      performance.now = realNow;
    }
  });

  it('the built-in dataset read in several slices (a slow phone): updateComplete and its one load event see all of it', async () => {
    const { builtinData } = await import('../src/builtin-data.js');
    const realNow = performance.now.bind(performance);
    let ticks = 0;
    performance.now = () => realNow() + 100 * ++ticks;
    try {
      const { el, drawn, stop } = phoneElement(() => {});
      const atLoads: number[] = [];
      el.addEventListener('conflict-timeline-load', () => atLoads.push(ids(el).length));
      await el.updateComplete;
      stop();
      expect(ids(el)).to.have.length(builtinData.events.length);
      expect(atLoads, 'events drawn at each load event').to.deep.equal([builtinData.events.length]);
      expect(drawn[0], 'the first part').to.have.length(FIRST_DRAW);
      expect(el.shadowRoot!.querySelector('[part~="progress"]'), 'no progress bar left').to.equal(null);
    } finally {
      performance.now = realNow;
    }
  });

  it('later drawings of the same data are whole: turning a category off and on again', async () => {
    const { el, drawn, stop } = phoneElement((e) => (e.events = DATA.events));
    await el.updateComplete;
    drawn.length = 0;
    el.categories = 'military';
    await el.updateComplete;
    el.categories = '';
    await el.updateComplete;
    stop();
    expect(drawn.map((d) => d.length)).to.deep.equal([N - Math.ceil(N / 3), N]);
  });

  it('a selected event (a deep link, a saved selection) is drawn in the first frame, whole, with its detail', async () => {
    const { el, drawn, stop } = phoneElement((e) => {
      e.events = DATA.events;
      e.selected = `e${N - 1}`;
    });
    await el.updateComplete;
    stop();
    expect(drawn[0]).to.have.length(N);
    expect(el.shadowRoot!.querySelector('[part~="detail"]')?.textContent).to.contain(`Event ${N - 1}`);
  });

  it('new data is drawn in parts again', async () => {
    const { el, drawn, stop } = phoneElement((e) => (e.events = DATA.events));
    await el.updateComplete;
    drawn.length = 0;
    el.events = DATA.events.map((e) => ({ ...e, id: `n${e.id}` }));
    await el.updateComplete;
    stop();
    // The old list may be drawn again while the new data is read (a slow machine): only the new data's drawings count.
    const fresh = drawn.filter((d) => d.every((id) => id.startsWith('n')));
    expect(fresh[0]).to.have.length(FIRST_DRAW);
    expect(fresh.at(-1)).to.have.length(N);
  });
});
