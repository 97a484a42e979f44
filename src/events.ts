import type { TimelineEvent, ValidationIssue } from './model/types.js';

/** Where the data on show came from. */
export type DataOrigin = 'data' | 'events' | 'src' | 'inline' | 'builtin';

export interface ConflictTimelineLoadDetail {
  /** Events drawn (valid ones). */
  count: number;
  /** Events in the input, valid or not. */
  total: number;
  /** Problems with the data and with the element's attributes. */
  issues: ValidationIssue[];
  origin: DataOrigin;
  /** The dataset's title, if any. */
  title: string;
}

export interface ConflictTimelineErrorDetail {
  /** A sentence for people: what went wrong. */
  message: string;
  issues: ValidationIssue[];
  origin: DataOrigin;
}

/**
 * The visible window after a user gesture: `start`/`end` as the properties say it (for date-only data the first and
 * last day it shows, `YYYY-MM-DD`; else ISO date-times with `Z`), and its exact edges in ms since 1970.
 */
export interface ConflictTimelineRangeChangeDetail {
  start: string;
  end: string;
  /** The window's left edge, in whole ms (a date-only window may start inside its first day). */
  startMs: number;
  /** The window's right edge (exclusive), in whole ms. */
  endMs: number;
}

/** The selected event, or null when the selection was cleared. */
export type ConflictTimelineSelectDetail = TimelineEvent | null;

declare global {
  interface GlobalEventHandlersEventMap {
    'conflict-timeline-select': CustomEvent<ConflictTimelineSelectDetail>;
    'conflict-timeline-load': CustomEvent<ConflictTimelineLoadDetail>;
    'conflict-timeline-error': CustomEvent<ConflictTimelineErrorDetail>;
    'conflict-timeline-range-change': CustomEvent<ConflictTimelineRangeChangeDetail>;
  }
}

/** The element's events all bubble out of its shadow root. */
export function composedEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
