/**
 * `conflict-timeline/model`: the data helpers without the element. Importing from here defines no custom element
 * and pulls in neither Lit nor the renderer, so a build step, a server or a worker can read, check and lay out a
 * dataset for a few KiB (each export is tree-shakeable on its own).
 */
export * from './model/types.js';
export { parseTimeline, deriveId, type ParseResult } from './model/parse.js';
export { parseDate, combineRange, formatDateRange, formatDateShort, type ParseDateResult } from './model/dates.js';
export { csvToEvents } from './model/csv.js';
export { safeUrl } from './model/url.js';
export { assignCategoryStyles, BUILTIN_CATEGORIES, type CategoryStyle, type MarkerShape } from './model/categories.js';
export { assignLanes, type Extent, type LaneAssignment } from './layout/lanes.js';
export { layoutHorizontal, type HorizontalLayout, type PlacedEvent } from './layout/horizontal.js';
export { createTimeScale, fitDomain, polylinearScale, type AxisGap, type TimeScale, type TimeScaleFn } from './scales/time.js';
export { computeTicks, type Tick } from './scales/ticks.js';
