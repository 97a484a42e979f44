/**
 * Types for `<conflict-timeline>` in React 19 JSX and in Vue 3 templates. Type declarations only: no code.
 *
 * They ship with the package (`src/index.ts` re-exports this module), so `import 'conflict-timeline'` is all a
 * project needs: the tag then type-checks in `.tsx` files (React 19's `React.JSX.IntrinsicElements`) and in Vue
 * templates checked by vue-tsc / Volar (`GlobalComponents`).
 *
 * A project without React or without Vue is not affected. In a declaration file (which is what users get:
 * `dist/jsx.d.ts`), TypeScript ignores an augmentation of a module that is not installed; and the few React and
 * Vue interfaces used below are declared again, empty, inside each block, so that the names resolve either way
 * (with the framework installed they merge into its own interfaces and add nothing).
 */
import type { LitElement } from 'lit';
import type { ConflictTimeline } from './conflict-timeline.js';
import type {
  ConflictTimelineErrorDetail,
  ConflictTimelineLoadDetail,
  ConflictTimelineRangeChangeDetail,
  ConflictTimelineSelectDetail,
} from './events.js';

/** True when X and Y are the same type, readonly modifiers included. */
type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** The element's own members that a framework can set: writable (not getters only), not methods, not LitElement's. */
type SettableKey = {
  [K in Exclude<keyof ConflictTimeline, keyof LitElement>]-?: ConflictTimeline[K] extends (...args: never[]) => unknown
    ? never
    : IfEquals<Pick<ConflictTimeline, K>, Mutable<Pick<ConflictTimeline, K>>, K, never>;
}[Exclude<keyof ConflictTimeline, keyof LitElement>];

/**
 * What a framework can set on the element: every attribute-backed property (`layout`, `timeZone`, `hideOverview`,
 * …) and the object properties `data`, `events` and `strings`. React 19 and Vue both set these as properties,
 * because the element has them.
 */
export type ConflictTimelineProps = Partial<Pick<ConflictTimeline, SettableKey>>;

/** The events `<conflict-timeline>` fires, by name. All bubble and are composed. */
export interface ConflictTimelineEventMap {
  'conflict-timeline-select': CustomEvent<ConflictTimelineSelectDetail>;
  'conflict-timeline-load': CustomEvent<ConflictTimelineLoadDetail>;
  'conflict-timeline-error': CustomEvent<ConflictTimelineErrorDetail>;
  'conflict-timeline-range-change': CustomEvent<ConflictTimelineRangeChangeDetail>;
}

/**
 * React 19 listener props. For a custom element, React 19 treats a function prop named `on` + something as a
 * listener for the event named exactly that something: `onconflict-timeline-select`, all lower case.
 */
export type ConflictTimelineReactEvents = {
  [Name in keyof ConflictTimelineEventMap as `on${Name}`]?: (event: ConflictTimelineEventMap[Name]) => void;
};

/** Vue listener props: `@conflict-timeline-select` in a template (or `onConflictTimelineSelect` in `h()`). */
export interface ConflictTimelineVueEvents {
  onConflictTimelineSelect?: (event: ConflictTimelineEventMap['conflict-timeline-select']) => void;
  onConflictTimelineLoad?: (event: ConflictTimelineEventMap['conflict-timeline-load']) => void;
  onConflictTimelineError?: (event: ConflictTimelineEventMap['conflict-timeline-error']) => void;
  onConflictTimelineRangeChange?: (event: ConflictTimelineEventMap['conflict-timeline-range-change']) => void;
}

// @ts-ignore TS2664 when nothing else in a source program imports React (TypeScript 7); never in dist/jsx.d.ts.
declare module 'react' {
  // Merged into React's own (same type parameter); declared so the names resolve without React installed.
  interface HTMLAttributes<T> {}
  interface ClassAttributes<T> {}
  namespace JSX {
    interface IntrinsicElements {
      /** An interactive, accessible, time-proportional timeline of sourced events. */
      'conflict-timeline': ClassAttributes<ConflictTimeline> &
        Omit<HTMLAttributes<ConflictTimeline>, keyof ConflictTimelineProps> &
        ConflictTimelineProps &
        ConflictTimelineReactEvents;
    }
  }
}

// @ts-ignore TS2664 when nothing else in a source program imports Vue (TypeScript 7); never in dist/jsx.d.ts.
declare module 'vue' {
  // Merged into Vue's own; declared so the names resolve without Vue installed.
  interface HTMLAttributes {}
  interface AllowedComponentProps {}
  interface ComponentCustomProps {}
  interface GlobalComponents {
    /** An interactive, accessible, time-proportional timeline of sourced events. */
    'conflict-timeline': new () => ConflictTimeline & {
      /** @deprecated Not on the element: what Vue's template type check reads for the tag's attributes and events. */
      $props: Omit<HTMLAttributes, keyof ConflictTimelineProps> &
        AllowedComponentProps &
        ComponentCustomProps &
        ConflictTimelineProps &
        ConflictTimelineVueEvents;
    };
  }
}
