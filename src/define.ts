import { ConflictTimeline } from './conflict-timeline.js';

/** Defines `<conflict-timeline>` unless something on the page already did (a second copy of the bundle, say). */
if (typeof customElements !== 'undefined' && !customElements.get('conflict-timeline')) {
  customElements.define('conflict-timeline', ConflictTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}

export { ConflictTimeline };
