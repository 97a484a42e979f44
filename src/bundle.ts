/**
 * The entry of the self-contained bundle (`dist/conflict-timeline.bundle.js`, for a `<script type="module">`):
 * it defines the element and exports what a page script may want from it. Helpers the element does not use
 * (formatDateShort, assignLanes, …) stay in the npm build only, so readers do not download them.
 */
import { CSSResult } from 'lit';
import { ConflictTimeline } from './conflict-timeline.js';
import { yieldToMain } from './model/incremental.js';

// The elements on the page upgrade when the tag is defined: a turn after the module's own evaluation, and others
// after the class's own preparation (Lit's tables of properties and attributes, then each parsed style sheet), so
// a phone runs them as separate short tasks, not one long one. Importers still see the element defined, since
// the module's evaluation (and with it `import()`) ends only after the definition.
if (typeof customElements !== 'undefined' && !customElements.get('conflict-timeline')) {
  await yieldToMain();
  void ConflictTimeline.observedAttributes; // what `define` would read first: it finalizes the class
  // A turn for each view's sheet: parsed together, they were one 60–90 ms task on a 4× throttled phone.
  for (const style of ConflictTimeline.elementStyles) {
    await yieldToMain();
    if (style instanceof CSSResult) void style.styleSheet;
  }
  await yieldToMain();
  // Unless something on the page defined it meanwhile (a second copy of the bundle, say).
  if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', ConflictTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}

export { ConflictTimeline };
export { parseTimeline } from './model/parse.js';
export { parseDate, formatDateRange } from './model/dates.js';
