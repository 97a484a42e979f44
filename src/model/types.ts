/**
 * The data model of conflict-timeline.
 *
 * Input types (`TimelineData`, `TimelineEvent`, `Source`, …) are what authors write: the JSON schema in
 * `data/schema.json` describes the same shapes. Parsed types (`ParsedTimeline`, `ParsedEvent`, `DateRange`)
 * are what the pipeline derives from them; they are never mutated after parsing.
 */

/** How an event's date was established from its source. */
export type DateBasis = 'explicit' | 'relative' | 'inferred';

/** The precision a date was written with. `time` means a date-time with hours and minutes (or finer). */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface Place {
  name: string;
  lat?: number;
  lon?: number;
}

export interface Figure {
  label: string;
  value: number;
  unit?: string;
  /** e.g. "more than", "almost", "up to" */
  qualifier?: string;
  /** Who claims the figure, e.g. "Ukrainian government". */
  attribution?: string;
}

export interface Citation {
  /** Id of an entry in the dataset's `sources`. */
  source?: string;
  /** A short verbatim sentence or clause from the source that supports the event. */
  quote?: string;
  /** A link to the cited passage or article (`http:`/`https:` only; anything else is dropped with an issue). */
  url?: string;
  /** For data without `sources`: the article's title, publisher and URL may sit on the citation itself. */
  title?: string;
  publisher?: string | null;
}

export interface Source {
  id: string;
  /** The article's headline. */
  title: string;
  publisher?: string | null;
  url?: string;
  /** The date the article was published (YYYY-MM-DD). */
  published?: string;
  /** How the publication date was inferred from the article's own words. */
  publishedBasis?: string;
}

/**
 * A picture or other media of an event (TimelineJS3's `media`). Images (http/https) are shown with their caption
 * and credit; anything else is a captioned link. Nothing is embedded or run.
 */
export interface Media {
  /** `http:`/`https:` only; anything else is dropped with an issue. */
  url?: string;
  caption?: string;
  credit?: string;
  /** A smaller image to show in its place (`http:`/`https:` only). */
  thumbnail?: string;
  /** Text for readers who cannot see the image. */
  alt?: string;
}

/** One dated event as an author writes it. */
export interface TimelineEvent {
  /** Stable kebab-case id. Derived from date and title when missing. */
  id?: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time with offset or `Z`, with EDTF `~`/`?` qualifiers, or an interval `start/end`. */
  date: string;
  /** Optional end of a span, in the same forms as `date`. */
  end?: string;
  title: string;
  summary?: string;
  category?: string;
  place?: Place;
  figures?: Figure[];
  citations?: Citation[];
  dateBasis?: DateBasis;
  /** How the date was worked out, when it is not explicit. */
  dateNote?: string;
  /**
   * The date as readers should see it ("c. 1677", "1720s", "13 сентября"), shown instead of the formatted date;
   * `date` still places the event (TimelineJS3's `display_date`).
   */
  displayDate?: string;
  media?: Media;
}

/** A background band. */
export interface Era {
  title: string;
  start: string;
  end: string;
}

/** A whole dataset, as loaded from `src`, inline JSON or the `data` property. */
export interface TimelineData {
  title?: string;
  description?: string;
  sources?: Source[];
  events: TimelineEvent[];
  eras?: Era[];
}

/**
 * A parsed date or interval: a half-open range of UTC instants `[start, end)` that covers everything the
 * written value could mean at its precision. `2022-02-24` is the calendar day, as a UTC day, so it never shifts
 * with the reader's time zone.
 */
export interface DateRange {
  /** First instant, in ms since the epoch (UTC). */
  start: number;
  /** First instant after the range (exclusive), in ms. Equal to `start` only for an exact instant. */
  end: number;
  /** Precision of the written start (for intervals, the coarser of the two ends). */
  precision: DatePrecision;
  /** EDTF `~`: the date is approximate ("around"). */
  approximate: boolean;
  /** EDTF `?`: the date is uncertain. */
  uncertain: boolean;
  /** True for `start/end` intervals and for events with an `end`. */
  interval: boolean;
  /**
   * For date-times: the UTC offset as written, in minutes (e.g. +120 for `+02:00`, 0 for `Z`); null for date-only values.
   */
  offsetMinutes: number | null;
  /** Precision of the end of an interval (same as `precision` for a single date). */
  endPrecision: DatePrecision;
  /** For intervals, the instant the written end begins (so "28 Feb/1 Mar" can be shown as two days). */
  endStart: number;
  /**
   * A wall-clock time from an imported file (TimelineJS3, vis-timeline), which has no zone: placed as if UTC and
   * always shown as written, with no zone named.
   */
  floating?: boolean;
  /** For imported times: the finest unit written with a value, so ten seconds apart never read the same. */
  timeUnit?: 'second' | 'millisecond';
}

export type IssueSeverity = 'error' | 'warning';

/** Something wrong with the data or the element's configuration, in words a journalist understands. */
export interface ValidationIssue {
  severity: IssueSeverity;
  /** A full sentence, e.g. `event 7 (kharkiv-strike): date "2022-02-30" is not a real day`. */
  message: string;
  /** Index of the event in the input, when the issue is about an event. */
  index?: number;
  /** Id of the event, when known. */
  id?: string;
  /** The field, e.g. `date`, `citations[0].url`, or an attribute name like `layout`. */
  field?: string;
}

/** A citation with its source resolved. */
export interface ResolvedCitation {
  quote?: string;
  url?: string;
  title?: string;
  publisher?: string | null;
  sourceId?: string;
}

/** An event after parsing and validation. */
export interface ParsedEvent {
  id: string;
  /** Position in the input events array. */
  index: number;
  /** The author's event, with unsafe URLs removed and the derived id filled in. */
  event: TimelineEvent & { id: string };
  when: DateRange;
  category: string;
  citations: ResolvedCitation[];
}

/**
 * The sorted events' times and input positions as typed arrays (`starts[i]` is `events[i].when.start`): what
 * indexing needs, made while the events are sorted, so a million events are not read again object by object.
 */
export interface EventColumns {
  starts: Float64Array;
  ends: Float64Array;
  /** Each event's `index` (its position in the input). */
  inputIndex: Int32Array;
  /** True when no event has a time of day. */
  dateOnly: boolean;
}

/** Events by id: the reading half of a `ReadonlyMap` (a `Map` is one; the parser's is an `IdMap`). */
export interface EventsById extends Iterable<[string, ParsedEvent]> {
  readonly size: number;
  get(id: string): ParsedEvent | undefined;
  has(id: string): boolean;
  keys(): IterableIterator<string>;
  values(): IterableIterator<ParsedEvent>;
  entries(): IterableIterator<[string, ParsedEvent]>;
}

export interface ParsedEra {
  title: string;
  when: DateRange;
}

export interface ParsedTimeline {
  title: string;
  description: string;
  sources: Source[];
  /** Valid events sorted by start, then end, then input order. */
  events: ParsedEvent[];
  /** Category names in order of first appearance. */
  categories: string[];
  eras: ParsedEra[];
  /** How many events the input held, valid or not. */
  inputCount: number;
}
