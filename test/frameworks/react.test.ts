// <conflict-timeline> mounted by React 19, the way a React app uses it: props from state, the element's event
// through React's own binding (React 19 adds a listener for a custom element's `on<event-name>` function prop).
//
// 'react' and 'react-dom/client' are CommonJS only: web-test-runner.config.mjs (frameworkBundles) serves them
// to the browser as ES modules bundled by esbuild. createElement rather than JSX: tsconfig.json has no `jsx`
// option (the JSX types are checked in test/frameworks/types/ and by test/node/consumer.test.mjs).
import { expect } from '@esm-bundle/chai';
import { createElement as h, useState, type Dispatch, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictTimelineSelectDetail } from '../../src/events.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { nextFrame, SMALL, TimelineHarness, until } from '../helpers/harness.js';

type Layout = 'horizontal' | 'vertical';

/** What the test can do to the app's state from outside, and what the app saw. */
interface Controls {
  setEvents: Dispatch<SetStateAction<TimelineEvent[]>>;
  setLayout: Dispatch<SetStateAction<Layout>>;
  setCategories: Dispatch<SetStateAction<string>>;
  setHideOverview: Dispatch<SetStateAction<boolean>>;
  setCount: Dispatch<SetStateAction<number>>;
  selections: ConflictTimelineSelectDetail[];
  renders: number;
}

function App({ controls }: { controls: Controls }) {
  const [events, setEvents] = useState<TimelineEvent[]>(() => SMALL.events.map((e) => ({ ...e })));
  const [layout, setLayout] = useState<Layout>('horizontal');
  const [categories, setCategories] = useState('');
  const [hideOverview, setHideOverview] = useState(false);
  const [selected, setSelected] = useState<TimelineEvent | null>(null);
  const [count, setCount] = useState(0);
  Object.assign(controls, { setEvents, setLayout, setCategories, setHideOverview, setCount });
  controls.renders++;
  return h(
    'div',
    { style: { width: '1000px' } },
    h('conflict-timeline', {
      events,
      layout,
      categories,
      hideOverview,
      label: `Timeline, render ${count}`,
      className: 'from-react',
      // A new function on every render, as inline handlers are: React swaps the listener each time.
      'onconflict-timeline-select': (e: CustomEvent<ConflictTimelineSelectDetail>) => {
        controls.selections.push(e.detail);
        setSelected(e.detail);
      },
    }),
    h('p', { id: 'react-selected' }, selected ? selected.title : 'nothing selected'),
  );
}

describe('React 19', () => {
  let container: HTMLElement;
  let root: Root;
  let controls: Controls;
  const errors: unknown[][] = [];
  const consoleError = console.error;

  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => {
      errors.push(args);
      consoleError.apply(console, args);
    };
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    controls = { selections: [], renders: 0 } as unknown as Controls;
  });

  afterEach(() => {
    root.unmount();
    container.remove();
    console.error = consoleError;
  });

  async function mount(): Promise<{ el: ConflictTimeline; h: TimelineHarness }> {
    flushSync(() => root.render(h(App, { controls })));
    const el = container.querySelector('conflict-timeline')!;
    await el.updateComplete;
    await nextFrame(); // the ResizeObserver reports the real width
    await el.updateComplete;
    return { el, h: new TimelineHarness(el) };
  }

  /** Changes the app's state and waits until React and then the element have rendered. */
  async function update(el: ConflictTimeline, change: () => void): Promise<void> {
    flushSync(change);
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
  }

  it('sets the events property and the other properties from state, and the element draws them', async () => {
    const { el, h: t } = await mount();
    // React 19 set properties (the element has them), not attributes: `events` is the very array in state.
    expect(el.events).to.be.an('array').with.length(SMALL.events.length);
    expect(el.events![0]).to.deep.equal(SMALL.events[0]);
    expect(el.hasAttribute('events')).to.equal(false);
    expect(el.layout).to.equal('horizontal');
    expect(el.className).to.equal('from-react');
    expect(t.isHorizontal()).to.equal(true);
    expect(t.ids()).to.include.members(['first', 'second', 'third']);
    expect(t.region().getAttribute('aria-label')).to.equal('Timeline, render 0');
    expect(t.root.querySelector('[part~="overview"]')).to.not.equal(null);

    await update(el, () => controls.setLayout('vertical'));
    expect(el.layout).to.equal('vertical');
    expect(t.isVertical()).to.equal(true);

    await update(el, () => controls.setCategories('military'));
    expect(el.categories).to.equal('military');
    expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['first']);

    await update(el, () => {
      controls.setCategories('');
      controls.setLayout('horizontal');
      controls.setHideOverview(true);
    });
    expect(el.hideOverview).to.equal(true);
    expect(t.root.querySelector('[part~="overview"]')).to.equal(null);
    expect(el.visibleEvents).to.have.length(SMALL.events.length);

    // A new events array from state replaces the data.
    await update(el, () => controls.setEvents((list) => [...list, { id: 'fifth', date: '2022-03-02', title: 'Fifth event, added by React' }]));
    expect(t.ids()).to.include('fifth');
    expect(errors, 'React logged errors').to.deep.equal([]);
  });

  it('hears conflict-timeline-select through onconflict-timeline-select, and keeps the selection when state changes', async () => {
    const { el, h: t } = await mount();
    await t.click('second'); // a real click on the button inside the shadow root
    await until(() => controls.selections.length === 1, 'the React handler');
    expect(controls.selections[0]?.id).to.equal('second');
    expect(controls.selections[0]?.title).to.equal('Second event on Monday');
    await until(() => container.querySelector('#react-selected')!.textContent === 'Second event on Monday', 'React to render the selection');
    expect(el.selected).to.equal('second');
    expect(t.detail()).to.not.equal(null);

    // New props from state: a new handler function, a new label, a new events array that still holds "second".
    const renders = controls.renders;
    await update(el, () => {
      controls.setCount(1);
      controls.setEvents((list) => [...list.map((e) => ({ ...e })), { id: 'sixth', date: '2022-03-03', title: 'Sixth event' }]);
    });
    expect(controls.renders).to.be.greaterThan(renders);
    expect(t.region().getAttribute('aria-label')).to.equal('Timeline, render 1');
    expect(t.ids()).to.include('sixth');
    expect(el.selected).to.equal('second');
    expect(t.detail(), 'detail panel after new events').to.not.equal(null);
    expect(t.detail()!.textContent).to.contain('Second event on Monday');
    expect(t.event('second')!.getAttribute('aria-expanded')).to.equal('true');

    // And after a layout change.
    await update(el, () => controls.setLayout('vertical'));
    expect(el.selected).to.equal('second');
    expect(t.detail()).to.not.equal(null);

    // The swapped listener still works, and fires once per click (the old one was removed).
    await t.click('third');
    await until(() => controls.selections.length === 2, 'the second selection');
    expect(controls.selections.map((d) => d?.id)).to.deep.equal(['second', 'third']);
    // React renders the new state in a task of its own: wait for it (a busy machine may take longer than a frame).
    await until(() => container.querySelector('#react-selected')!.textContent === 'Third event on Tuesday', 'React to render the selection').catch(() => {});
    expect(container.querySelector('#react-selected')!.textContent).to.equal('Third event on Tuesday');
    expect(errors, 'React logged errors').to.deep.equal([]);
  });

  it('unmounts and mounts again cleanly', async () => {
    const first = await mount();
    root.unmount();
    expect(first.el.isConnected).to.equal(false);
    root = createRoot(container);
    const second = await mount();
    expect(second.el).to.not.equal(first.el);
    expect(second.h.ids()).to.include.members(['first', 'second', 'third']);
    await second.h.click('first');
    await until(() => controls.selections.length === 1, 'the React handler');
    expect(controls.selections[0]?.id).to.equal('first');
    expect(errors, 'React logged errors').to.deep.equal([]);
  });
});
