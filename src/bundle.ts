/**
 * The entry of the self-contained bundle (`dist/conflict-timeline.bundle.js`, for a `<script type="module">`):
 * it defines the element and exports what a page script may want from it. Helpers the element does not use
 * (formatDateShort, assignLanes, …) stay in the npm build only, so readers do not download them.
 */
export { ConflictTimeline } from './define.js';
export { parseTimeline } from './model/parse.js';
export { parseDate, formatDateRange } from './model/dates.js';
