import type { Progress } from './model/incremental.js';
import type { Bin, EventIndex } from './layout/event-index.js';
import type { Geometry } from './layout/chart-geometry.js';
import type { DayGroup } from './layout/day-groups.js';
import type { Row } from './layout/virtual-rows.js';
import type { View } from './scales/view.js';
import type { CategoryStyle } from './model/categories.js';
import type { Formatter } from './format.js';
import type { DownloadKind } from './controllers/download-controller.js';
import type { TimelineStrings } from './strings.js';
import type { ParsedEvent, ParsedTimeline, ValidationIssue } from './model/types.js';

/** The vertical list for one update: the events in the window, by day, and what the window hides. */
export interface ListFrame {
  hiddenBefore: readonly ParsedEvent[];
  hiddenAfter: readonly ParsedEvent[];
  /** Short lists: every event, grouped by day. */
  groups: readonly DayGroup[] | null;
  /** Long lists: only the rows near the scroll viewport, and the whole list's height. */
  rows: readonly Row[] | null;
  height: number;
  /** The event holding the roving tab stop. */
  tabStop: string | null;
  /** Events of a short list left for a later part of its first drawing (see FirstDrawController); usually 0. */
  more: number;
}

/** The table for one update: the rows drawn (all, or the slice near the scroll viewport). */
export interface TableFrame {
  virtual: boolean;
  first: number;
  last: number;
  rowHeight: number;
}

/**
 * Everything one update hands to the render functions, derived in `willUpdate` from the element's properties and
 * its controllers. Render functions read it and call actions; they write nothing.
 */
export interface Frame {
  readonly strings: TimelineStrings;
  readonly format: Formatter;
  /** The resolved locale (a valid tag). */
  readonly locale: string;
  readonly theme: 'auto' | 'light' | 'dark';
  /** The timeline's accessible name. */
  readonly name: string;
  readonly parsed: ParsedTimeline | null;
  readonly errorMessage: string;
  /** Problems in the data (errors listed under the message) and in the data and attributes (the notice). */
  readonly dataIssues: readonly ValidationIssue[];
  readonly issues: readonly ValidationIssue[];
  /** `src` is being fetched; `waiting`: the built-in dataset is on its way. */
  readonly loading: boolean;
  readonly waiting: boolean;
  /** How far reading a large input got (events read of all), while it is being read. */
  readonly progress: Progress | null;
  readonly events: readonly ParsedEvent[];
  readonly index: EventIndex | null;
  /** The fitted window of the filtered events: the widest view. */
  readonly fit: View | null;
  /** The categories on, or null for all. */
  readonly active: Set<string> | null;
  readonly categoryCounts: ReadonlyMap<string, number>;
  readonly styles: ReadonlyMap<string, CategoryStyle>;
  readonly layout: 'horizontal' | 'vertical';
  readonly view: 'chart' | 'table';
  readonly geometry: Geometry | null;
  /** The pan frame's offset from the screen (px): see PanFrame. */
  readonly shift: number;
  readonly rtl: boolean;
  readonly markerRadius: number;
  readonly selected: ParsedEvent | null;
  readonly focusId: string | null;
  /** The chart's roving tab stop: an event id (events mode) or a cluster's position (clusters mode). */
  readonly tabStop: string | null;
  readonly clusterStop: number;
  readonly list: ListFrame | null;
  readonly table: TableFrame | null;
  readonly downloads: boolean;
  readonly menuOpen: boolean;
  readonly hint: boolean;
  readonly printing: boolean;
  readonly announcement: string;
  /** Level (1–6) of the detail panel's heading: `heading-level`, else 2, which keeps heading order in any page. */
  readonly headingLevel: number;
}

/** What render functions may ask for: each is a reader's action, handled by a controller. */
export interface Actions {
  keyDown(e: KeyboardEvent): void;
  eventClick(e: MouseEvent): void;
  eventFocus(e: FocusEvent): void;
  clusterClick(bin: Bin): void;
  showEvent(event: ParsedEvent): void;
  closeDetail(event: ParsedEvent): void;
  toggleCategory(name: string): void;
  showAllCategories(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  setView(view: 'chart' | 'table'): void;
  toggleMenu(): void;
  menuKeyDown(e: KeyboardEvent): void;
  download(kind: DownloadKind): void;
  scroll(e: Event): void;
  overviewDown(e: PointerEvent): void;
  overviewMove(e: PointerEvent): void;
  overviewUp(e: PointerEvent): void;
}
