// Type tests for src/jsx.ts: `<conflict-timeline>` in React 19 JSX and in Vue templates. Never run; checked by
// `tsc --noEmit -p .` (tsconfig.json includes test/). Each `@ts-expect-error` must meet an error, or tsc fails.
//
// The repo's tsconfig has no `jsx` option, so this file checks the same types JSX and vue-tsc read
// (`React.JSX.IntrinsicElements['conflict-timeline']`, `GlobalComponents['conflict-timeline']`) without JSX
// syntax. test/node/consumer.test.mjs type-checks real JSX against the packed package.
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type { ConflictTimelineProps, TimelineEvent } from '../../../src/index.js';

const events: TimelineEvent[] = [{ id: 'a', date: '2022-02-24', title: 'A' }];

// ------------------------------------------------------------------------------------------------ props

type Expect<T extends true> = T;
type Settable = keyof ConflictTimelineProps;
export type SettableIncludes = Expect<
  'src' | 'start' | 'end' | 'selected' | 'categories' | 'locale' | 'layout' | 'label' | 'theme' | 'scale' |
  'timeZone' | 'fetchTimeout' | 'hideOverview' | 'data' | 'events' | 'strings' extends Settable ? true : false
>;
// Read-only getters, methods and LitElement's members are not props.
export type SettableExcludes = Expect<
  Extract<Settable, 'issues' | 'visibleEvents' | 'loading' | 'select' | 'next' | 'zoomTo' | 'fit' | 'updateComplete' | 'renderRoot' | 'hasUpdated'> extends never ? true : false
>;

// ------------------------------------------------------------------------------------------------ React 19

type ReactProps = JSX.IntrinsicElements['conflict-timeline'];

export const react: ReactProps = {
  events,
  data: null,
  layout: 'vertical',
  categories: 'military,diplomacy',
  selected: 'a',
  timeZone: 'Europe/Kyiv',
  fetchTimeout: 5000,
  hideOverview: true,
  strings: {},
  // React's own props for any element.
  className: 'timeline',
  id: 'war',
  style: { height: 480 },
  onClick: (event) => event.currentTarget.select('a'),
  ref: (el) => {
    el?.fit();
  },
  children: null,
  // React 19: `on` + the exact event name.
  'onconflict-timeline-select': (event) => console.log(event.detail?.title.toUpperCase()),
  'onconflict-timeline-load': (event) => console.log(event.detail.count + event.detail.total),
  'onconflict-timeline-error': (event) => console.log(event.detail.message),
  'onconflict-timeline-range-change': (event) => console.log(event.detail.start, event.detail.end),
};

// @ts-expect-error layout is 'auto' | 'horizontal' | 'vertical'
export const reactBadLayout: ReactProps = { layout: 'diagonal' };
// @ts-expect-error events is a list of event objects, not a string
export const reactBadEvents: ReactProps = { events: 'a,b' };
// @ts-expect-error fetchTimeout is a number
export const reactBadTimeout: ReactProps = { fetchTimeout: '5000' };
// @ts-expect-error the select event's detail is a TimelineEvent or null
export const reactBadDetail: ReactProps = { 'onconflict-timeline-select': (event: CustomEvent<number>) => event.detail.toFixed() };
// @ts-expect-error React 19 would listen to an event called "ConflictTimelineSelect": not a prop
export const reactCamelCase: ReactProps = { onConflictTimelineSelect: () => {} };
// @ts-expect-error issues is read-only
export const reactReadOnly: ReactProps = { issues: [] };
// @ts-expect-error methods are not props
export const reactMethod: ReactProps = { select: () => null };
// @ts-expect-error React's own attribute types still apply (merged, not replaced): className is a string
export const reactClassName: ReactProps = { className: 5 };

// ------------------------------------------------------------------------------------------------ Vue 3

type VueElement = InstanceType<GlobalComponents['conflict-timeline']>;
type VueProps = VueElement['$props'];

export const vue: VueProps = {
  events,
  layout: 'horizontal',
  categories: 'military',
  hideOverview: false,
  // Vue's own props for any element and component.
  class: ['timeline', { wide: true }],
  style: { height: '480px' },
  id: 'war',
  onClick: (event: MouseEvent) => console.log(event.button),
  // `@conflict-timeline-select` in a template.
  onConflictTimelineSelect: (event) => console.log(event.detail?.id),
  onConflictTimelineRangeChange: (event) => console.log(event.detail.start),
};

// @ts-expect-error theme is 'auto' | 'light' | 'dark'
export const vueBadTheme: VueProps = { theme: 'sepia' };
// @ts-expect-error the select event's detail is a TimelineEvent or null
export const vueBadDetail: VueProps = { onConflictTimelineSelect: (event: CustomEvent<string>) => event.detail.trim() };
// @ts-expect-error Vue's own attribute types still apply (merged, not replaced): id is a string
export const vueBadId: VueProps = { id: 5 };

// A template ref to the tag is the element itself.
export const useRef = (el: VueElement): void => {
  el.select('a');
  el.zoomTo('2022-02-24', '2022-03-01');
};
