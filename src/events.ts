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

/** The visible window after a user gesture, as `start`/`end` strings (`YYYY-MM-DD`, or ISO date-times with `Z`). */
export interface ConflictTimelineRangeChangeDetail {
  start: string;
  end: string;
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
