import './define.js';
export type { ConflictTimelineProps, ConflictTimelineEventMap, ConflictTimelineReactEvents, ConflictTimelineVueEvents } from './jsx.js'; // also types the tag in React JSX and Vue templates

export { ConflictTimeline } from './conflict-timeline.js';
export type {
  ConflictTimelineErrorDetail,
  ConflictTimelineLoadDetail,
  ConflictTimelineRangeChangeDetail,
  ConflictTimelineSelectDetail,
  DataOrigin,
} from './events.js';
export * from './model/types.js';
export { parseTimeline, deriveId, type ParseResult } from './model/parse.js';
export { parseDate, combineRange, formatDateRange, formatDateShort, type ParseDateResult } from './model/dates.js';
export { safeUrl } from './model/url.js';
export { assignCategoryStyles, BUILTIN_CATEGORIES, type CategoryStyle, type MarkerShape } from './model/categories.js';
export { assignLanes, type Extent, type LaneAssignment } from './layout/lanes.js';
export { layoutHorizontal, type HorizontalLayout, type PlacedEvent } from './layout/horizontal.js';
export { createTimeScale, fitDomain, polylinearScale, type AxisGap, type TimeScale, type TimeScaleFn } from './scales/time.js';
export { computeTicks, type Tick } from './scales/ticks.js';
