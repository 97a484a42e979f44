// <conflict-timeline> mounted by Vue 3, the two ways a Vue app writes it: a template (compiled in the browser here,
// as an SFC's would be at build time) and a render function with h(). Props from reactive state, the element's
// event through Vue's own binding (`@conflict-timeline-select`, i.e. `onConflictTimelineSelect`).
//
// 'vue' is served by web-test-runner.config.mjs (frameworkBundles): Vue's full ESM build bundled by esbuild, with
// the template compiler.
import { expect } from '@esm-bundle/chai';
import { createApp, defineComponent, h, nextTick, ref, type App, type Ref } from 'vue';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictTimelineSelectDetail } from '../../src/events.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { nextFrame, SMALL, TimelineHarness, until } from '../helpers/harness.js';

interface State {
  events: Ref<TimelineEvent[]>;
  layout: Ref<string>;
  categories: Ref<string>;
  label: Ref<string>;
  selected: Ref<TimelineEvent | null>;
  selections: ConflictTimelineSelectDetail[];
}

/** Reactive state as an app holds it: `ref()` makes the events array a deep reactive proxy. */
function state(): State {
  return {
    events: ref(SMALL.events.map((e) => ({ ...e }))) as Ref<TimelineEvent[]>,
    layout: ref('horizontal'),
    categories: ref(''),
    label: ref('Vue timeline'),
    selected: ref(null) as Ref<TimelineEvent | null>,
    selections: [],
  };
}

const TEMPLATE = `
  <div style="width: 1000px">
    <conflict-timeline
      :events="events"
      :layout="layout"
      :categories="categories"
      :label="label"
      class="from-vue"
      @conflict-timeline-select="onSelect"
    ></conflict-timeline>
    <p id="vue-selected">{{ selected ? selected.title : 'nothing selected' }}</p>
  </div>`;

function templateApp(s: State): App {
  const app = createApp(
    defineComponent({
      setup: () => ({
        ...s,
        onSelect(e: CustomEvent<ConflictTimelineSelectDetail>) {
          s.selections.push(e.detail);
          s.selected.value = e.detail;
        },
      }),
      template: TEMPLATE,
    }),
  );
  // What an app's build config says (vite: vue({ template: { compilerOptions: { isCustomElement } } })).
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'conflict-timeline';
  return app;
}

function renderFunctionApp(s: State): App {
  return createApp({
    setup: () => () =>
      h('div', { style: 'width: 1000px' }, [
        h('conflict-timeline', {
          events: s.events.value,
          layout: s.layout.value,
          categories: s.categories.value,
          label: s.label.value,
          class: 'from-vue',
          onConflictTimelineSelect: (e: CustomEvent<ConflictTimelineSelectDetail>) => {
            s.selections.push(e.detail);
            s.selected.value = e.detail;
          },
        }),
        h('p', { id: 'vue-selected' }, s.selected.value ? s.selected.value.title : 'nothing selected'),
      ]),
  });
}

for (const [name, makeApp] of [
  ['template', templateApp],
  ['render function', renderFunctionApp],
] as const) {
  describe(`Vue 3, ${name}`, () => {
    let container: HTMLElement;
    let app: App | null;
    const warnings: unknown[][] = [];
    const consoleWarn = console.warn;
    const consoleError = console.error;

    beforeEach(() => {
      warnings.length = 0;
      // Vue reports its problems (unknown components, failed props) as console warnings in development.
      console.warn = (...args: unknown[]) => {
        if (String(args[0]).startsWith('[Vue warn]')) warnings.push(args);
        consoleWarn.apply(console, args);
      };
      console.error = (...args: unknown[]) => {
        warnings.push(args);
        consoleError.apply(console, args);
      };
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(() => {
      app?.unmount();
      app = null;
      container.remove();
      console.warn = consoleWarn;
      console.error = consoleError;
    });

    async function mount(s: State): Promise<{ el: ConflictTimeline; h: TimelineHarness }> {
      app = makeApp(s);
      app.mount(container);
      const el = container.querySelector('conflict-timeline')!;
      await el.updateComplete;
      await nextFrame(); // the ResizeObserver reports the real width
      await el.updateComplete;
      return { el, h: new TimelineHarness(el) };
    }

    /** Changes state and waits until Vue and then the element have rendered. */
    async function update(el: ConflictTimeline, change: () => void): Promise<void> {
      change();
      await nextTick();
      await el.updateComplete;
      await nextFrame();
      await el.updateComplete;
    }

    it('sets the events property and the other properties from reactive state, and the element draws them', async () => {
      const s = state();
      const { el, h: t } = await mount(s);
      // Vue set properties (the element has them), not attributes.
      expect(el.events).to.be.an('array').with.length(SMALL.events.length);
      expect(el.events![1]!.title).to.equal('Second event on Monday');
      expect(el.hasAttribute('events')).to.equal(false);
      expect(el.layout).to.equal('horizontal');
      expect(el.classList.contains('from-vue')).to.equal(true);
      expect(t.isHorizontal()).to.equal(true);
      expect(t.ids()).to.include.members(['first', 'second', 'third']);
      expect(t.region().getAttribute('aria-label')).to.equal('Vue timeline');

      await update(el, () => (s.layout.value = 'vertical'));
      expect(el.layout).to.equal('vertical');
      expect(t.isVertical()).to.equal(true);

      await update(el, () => (s.categories.value = 'military'));
      expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['first']);

      await update(el, () => {
        s.categories.value = '';
        s.layout.value = 'horizontal';
      });
      expect(el.visibleEvents).to.have.length(SMALL.events.length);

      // A new array in state replaces the data.
      await update(el, () => (s.events.value = [...s.events.value, { id: 'fifth', date: '2022-03-02', title: 'Fifth event' }]));
      expect(t.ids()).to.include('fifth');
      expect(warnings, 'Vue warnings').to.deep.equal([]);
    });

    it('hears conflict-timeline-select through Vue\'s event binding, and keeps the selection when state changes', async () => {
      const s = state();
      const { el, h: t } = await mount(s);
      await t.click('second'); // a real click on the button inside the shadow root
      await until(() => s.selections.length === 1, 'the Vue handler');
      expect(s.selections[0]?.id).to.equal('second');
      await until(() => container.querySelector('#vue-selected')!.textContent === 'Second event on Monday', 'Vue to render the selection');
      expect(el.selected).to.equal('second');
      expect(t.detail()).to.not.equal(null);

      // New state: another label, and a new events array that still holds "second".
      await update(el, () => {
        s.label.value = 'Vue timeline, updated';
        s.events.value = [...s.events.value.map((e) => ({ ...e })), { id: 'sixth', date: '2022-03-03', title: 'Sixth event' }];
      });
      expect(t.region().getAttribute('aria-label')).to.equal('Vue timeline, updated');
      expect(t.ids()).to.include('sixth');
      expect(el.selected).to.equal('second');
      expect(t.detail(), 'detail panel after new events').to.not.equal(null);
      expect(t.detail()!.textContent).to.contain('Second event on Monday');

      await update(el, () => (s.layout.value = 'vertical'));
      expect(el.selected).to.equal('second');
      expect(t.detail()).to.not.equal(null);

      await t.click('third');
      await until(() => s.selections.length === 2, 'the second selection');
      await nextFrame();
      expect(s.selections.map((d) => d?.id)).to.deep.equal(['second', 'third']);
      expect(container.querySelector('#vue-selected')!.textContent).to.equal('Third event on Tuesday');
      expect(warnings, 'Vue warnings').to.deep.equal([]);
    });
  });
}
