// Server-rendered React 19 (Next.js App Router, Remix, any renderToString + hydrateRoot app) with <conflict-timeline>
// (issue 15, item 6). React's server renders the tag with its attributes only, and while React hydrates a custom
// element it sets neither the properties nor the listeners given in JSX (React issue #35446): they arrive with the
// next render, if any, so the element shows the built-in dataset and ignores selection. The first test shows that
// (so the others can fail); the others are the two patterns README recommends: the data as a child
// <script type="application/json">, or properties and listeners set on a ref in an effect.
//
// react-dom/server and react-dom/client are served by web-test-runner.config.mjs (frameworkBundles).
import { expect } from '@esm-bundle/chai';
import { createElement as h, useCallback, useEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictTimelineSelectDetail } from '../../src/events.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { nextFrame, SMALL, TimelineHarness, until } from '../helpers/harness.js';

const EVENTS: TimelineEvent[] = SMALL.events;
const IDS = ['first', 'second', 'third', 'fourth'];

/** Properties and the listener straight in JSX: what works with createRoot, but not through hydration. */
function JsxProps({ onSelect }: { onSelect: (d: ConflictTimelineSelectDetail) => void }) {
  return h('conflict-timeline', { events: EVENTS, 'onconflict-timeline-select': (e: CustomEvent<ConflictTimelineSelectDetail>) => onSelect(e.detail) });
}

/** The listener on a ref, added in an effect (after hydration) and removed when it changes or the page goes. */
function useSelectListener(ref: RefObject<ConflictTimeline | null>, onSelect: (d: ConflictTimelineSelectDetail) => void): void {
  useEffect(() => {
    const el = ref.current!;
    const listener = (e: Event) => onSelect((e as CustomEvent<ConflictTimelineSelectDetail>).detail);
    el.addEventListener('conflict-timeline-select', listener);
    return () => el.removeEventListener('conflict-timeline-select', listener);
  }, [ref, onSelect]);
}

/**
 * Pattern 1: properties and listeners on a ref in effects, which run after hydration (and after every change).
 * The element renders the built-in dataset until the effect runs, unless it is given data some other way too.
 */
function RefEffects({ events, onSelect }: { events: TimelineEvent[]; onSelect: (d: ConflictTimelineSelectDetail) => void }) {
  const ref = useRef<ConflictTimeline>(null);
  useEffect(() => {
    ref.current!.events = events;
  }, [events]);
  useSelectListener(ref, onSelect);
  return h('conflict-timeline', { ref, layout: 'horizontal' });
}

/**
 * Pattern 2: the data in the server's HTML, as a child <script type="application/json"> (with `<` escaped, so the
 * JSON cannot close the script), which the element reads as soon as it upgrades, before React hydrates; the
 * listener on a ref in an effect.
 */
function InlineJson({ events, onSelect }: { events: TimelineEvent[]; onSelect: (d: ConflictTimelineSelectDetail) => void }) {
  const ref = useRef<ConflictTimeline>(null);
  useSelectListener(ref, onSelect);
  const json = JSON.stringify({ events }).replace(/</g, '\\u003c');
  return h('conflict-timeline', { ref, layout: 'horizontal' }, h('script', { type: 'application/json', dangerouslySetInnerHTML: { __html: json } }));
}

type Variant = typeof JsxProps | typeof RefEffects | typeof InlineJson;

/** The page: the timeline and a line that says what React last heard was selected. */
function App({ Timeline }: { Timeline: Variant }) {
  const [selected, setSelected] = useState('nothing selected');
  const onSelect = useCallback((d: ConflictTimelineSelectDetail) => setSelected(d ? d.title : 'nothing selected'), []);
  return h('div', { style: { width: '1000px' } }, h(Timeline, { events: EVENTS, onSelect }), h('p', { id: 'react-selected' }, selected));
}

describe('React 19 server rendering and hydration', function () {
  this.timeout(20000);
  let container: HTMLElement;
  let root: Root | undefined;
  const problems: unknown[] = [];
  const consoleError = console.error;

  beforeEach(() => {
    problems.length = 0;
    console.error = (...args: unknown[]) => {
      problems.push(args);
      consoleError.apply(console, args);
    };
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    container.remove();
    console.error = consoleError;
  });

  /** The server's HTML in the page (the element upgrades at once: it is defined), then React hydrates it. */
  async function serverRenderAndHydrate(Timeline: Variant): Promise<{ el: ConflictTimeline; t: TimelineHarness; upgradedIds: string[] }> {
    const app: ReactElement = h(App, { Timeline });
    container.innerHTML = renderToString(app);
    const el = container.querySelector('conflict-timeline')!;
    await el.updateComplete;
    const upgradedIds = new TimelineHarness(el).ids();
    root = hydrateRoot(container, app, { onRecoverableError: (error) => problems.push(error) });
    // Hydration and its effects, the element's render, and the built-in dataset if it was asked for.
    await until(() => container.querySelector('#react-selected') !== null && el.shadowRoot!.querySelector('.plot, .vlist') !== null, 'hydrated and drawn');
    for (let i = 0; i < 5; i++) await nextFrame();
    await el.updateComplete;
    return { el, t: new TimelineHarness(el), upgradedIds };
  }

  it('JSX properties and listeners are not set by hydration (React issue #35446): the built-in dataset shows', async () => {
    const { el, t } = await serverRenderAndHydrate(JsxProps);
    expect(el.events ?? null, 'the events property after hydration').to.equal(null);
    expect(t.ids()).to.not.deep.equal(IDS);
  });

  for (const [name, Timeline] of [['a ref and effects', RefEffects], ['a child <script type="application/json">', InlineJson]] as const) {
    it(`with ${name}: the given events, not the built-in dataset, and React hears selection`, async () => {
      const { el, t, upgradedIds } = await serverRenderAndHydrate(Timeline);
      if (Timeline === InlineJson) expect(upgradedIds, 'drawn from the server HTML before hydration').to.deep.equal(IDS);
      expect(t.ids()).to.deep.equal(IDS);
      expect(el.shadowRoot!.querySelector('.header')?.textContent ?? '').to.not.contain('Russia');
      await t.click('second');
      await until(() => container.querySelector('#react-selected')!.textContent === 'Second event on Monday', 'React to render the selection');
      await t.click('third');
      await until(() => container.querySelector('#react-selected')!.textContent === 'Third event on Tuesday', 'the second selection');
      expect(problems, 'hydration errors and console errors').to.deep.equal([]);
    });
  }
});
