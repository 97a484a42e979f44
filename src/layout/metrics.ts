/**
 * Numbers the TypeScript layout and the CSS both use: one source, so the chart's geometry and its styles
 * cannot drift apart. The styles read them through `unsafeCSS` (they are numbers written here, never data).
 */

/** Height of the axis band above the lanes (ticks, labels, gap marks). */
export const AXIS_HEIGHT = 44;
/** Height of the overview strip under the chart. */
export const OVERVIEW_HEIGHT = 36;
/** Font size of event labels, in px: the layout measures titles at this size. */
export const LABEL_FONT_SIZE = 13;
/** Default height of one lane (`--conflict-timeline-lane-height`). */
export const LANE_HEIGHT = 28;
/** Default marker diameter (`--conflict-timeline-marker-size`), and the range it is clamped to. */
export const MARKER_SIZE = 13;
export const MARKER_SIZE_MIN = 6;
export const MARKER_SIZE_MAX = 24;
/** Rows of the virtualised vertical list: a day heading, and an event. */
export const ROW_DAY = 34;
export const ROW_EVENT = 40;
/** Height of the virtualised list's scroll viewport (the CSS caps it at 70vh). */
export const LIST_VIEWPORT = 640;
/** Below this width, `layout="auto"` switches to the vertical list. */
export const VERTICAL_BELOW = 600;
/** The element's own padding on each side (the chart is this much narrower than the host). */
export const PADDING = 16;
/** Height of one cluster box (a count of hidden events) in the chart's clusters mode. */
export const CLUSTER_HEIGHT = 40;
/** Height of one row of the virtualised table: the table skips whole rows of this height. */
export const TABLE_ROW = 72;
/** Font size of the axis's tick, gap and era labels, in px (the SVG export writes tick labels at this size). */
export const TICK_LABEL_FONT_SIZE = 12.5;
