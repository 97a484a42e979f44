import { combineRange, parseDate, type ParseDateOptions } from './dates.js';
import { UNCATEGORISED } from './categories.js';
import { read } from './read.js';
import { IdMap } from './id-map.js';
import { clip, isArray, isObject, long, parseCitations, parseEras, parseFigures, parseMedia, parsePlace, parseSources, show, text } from './parse-fields.js';
import { fromTimelineJS, isTimelineJS } from './timelinejs.js';
import { fromVisTimeline, isVisTimeline } from './vis.js';
import { orderByKeys, runToEnd, type Progress, type Steps } from './incremental.js';
import type { DateRange, EventColumns, EventsById, ParsedEvent, ParsedTimeline, ResolvedCitation, Source, TimelineEvent, ValidationIssue } from './types.js';

export interface ParseResult {
  timeline: ParsedTimeline;
  issues: ValidationIssue[];
}

/** A parse with the id map it built on the way (the element keeps it instead of building a second one). */
export interface ParseOutput extends ParseResult {
  byId: EventsById;
  /** Events per category, in the order the categories were first used. */
  categoryCounts: Map<string, number>;
  /** The sorted events' times as typed arrays, for indexing a large input (dropped once used). */
  columns?: EventColumns;
}

/** Fields of an event the element knows; anything else is reported once per field name. */
const EVENT_FIELDS = new Set([
  'id', 'date', 'end', 'title', 'summary', 'category', 'place', 'figures', 'citations', 'dateBasis', 'dateNote',
  'displayDate', 'media',
]);
const DATE_BASES = new Set(['explicit', 'relative', 'inferred']);
/** Problems kept one by one; past this many they are counted (a million bad rows must not make a million messages). */
export const MAX_ISSUES = 1000;
/**
 * Events parsed between two chances to yield: FIRST_STEP, then twice as many each time up to SLICE. The first events
 * run code not yet compiled (on a throttled phone, the built-in 32 took 60–100 ms), so a small input can be read in
 * more than one slice too; a large one still yields only every SLICE events.
 */
const FIRST_STEP = 8;
const SLICE = 2048;
/** One shared empty list: 100,000 events without citations need no 100,000 arrays. */
const NO_CITATIONS: ResolvedCitation[] = Object.freeze([]) as unknown as ResolvedCitation[];


/** A stable kebab-case id from date and title, for data that brings none. */
export function deriveId(date: string, title: string): string {
  const slug = `${date}-${title}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'event';
}

/** "event 3", "event 3 (kyiv-1)", or with its title, "event 3 (kyiv-1, "Shelling")". */
function describeEvent(index: number, id?: string, title?: string): string {
  const names = [id ? clip(id) : '', title ? show(title) : ''].filter(Boolean);
  return `event ${index + 1}${names.length ? ` (${names.join(', ')})` : ''}`;
}

/**
 * Parses and validates timeline data. Accepts a dataset object (`{title, sources, events, eras}`), a bare array
 * of events, or JSON text of either. Never throws: whatever is wrong becomes an issue, and invalid events are
 * left out of `timeline.events` with an issue that names them.
 */
export function parseTimeline(input: unknown): ParseResult {
  const { timeline, issues } = runToEnd(parseTimelineSteps(input));
  return { timeline, issues };
}

/**
 * `parseTimeline` in steps that yield every few thousand events (with how many are read), for a caller that
 * gives the main thread a turn between slices (see `runSliced`): a million events then never make one long task.
 */
export function* parseTimelineSteps(input: unknown): Steps<ParseOutput> {
  const issues = cappedIssues(MAX_ISSUES);
  const empty: ParsedTimeline = {
    title: '', description: '', sources: [], events: [], categories: [], eras: [], inputCount: 0,
  };
  let output: ParseOutput;
  try {
    output = yield* parseUnsafe(input, issues);
  } catch (error) {
    issues.push({ severity: 'error', message: `The data could not be read: ${String((error as Error)?.message ?? error)}` });
    output = { timeline: empty, issues, byId: new IdMap(), categoryCounts: new Map() };
  }
  return { ...output, issues: Array.from(issues) };
}

type IssueList = ValidationIssue[] & {
  /** Problems past the cap, counted only. */
  dropped: number;
  /** Adds a problem even past the cap (the summaries at the end). */
  keep(issue: ValidationIssue): void;
};

/** A list of problems that keeps the first `cap` and counts the rest. */
function cappedIssues(cap: number): IssueList {
  const list = [] as unknown as IssueList;
  const push = Array.prototype.push;
  list.dropped = 0;
  list.keep = (issue) => void push.call(list, issue);
  list.push = (...items: ValidationIssue[]) => {
    for (const item of items) {
      if (list.length < cap) push.call(list, item);
      else list.dropped++;
    }
    return list.length;
  };
  return list;
}

/** The length of a list, or null when it is not one (or a hostile proxy throws when asked). */
function lengthOf(value: unknown): number | null {
  if (!isArray(value)) return null;
  try {
    return value.length;
  } catch {
    return null;
  }
}

/** Whether a list has an item at `i` (not a hole of a sparse array). */
function has(list: unknown[], i: number): boolean {
  try {
    return i in list;
  } catch {
    return true; // a proxy that throws: let `read` report the item
  }
}

function* parseUnsafe(input: unknown, issues: IssueList): Generator<Progress | undefined, ParseOutput, void> {
  let data: unknown = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      issues.push({ severity: 'error', message: `The data is not valid JSON: ${(error as Error).message}` });
      data = undefined;
    }
  }
  // A TimelineJS3 file is imported as it stands, so a newsroom can switch without rewriting its data.
  let timelineJS = false;
  try {
    timelineJS = isTimelineJS(data);
  } catch {
    // Its events list has an item that throws when read: not a TimelineJS file; read it item by item below.
  }
  if (timelineJS) data = fromTimelineJS(data);
  // vis-timeline DataSet items ({id, content, start, end, group, type, title}): a vis page switches by its tag.
  let vis = false;
  try {
    vis = !timelineJS && isVisTimeline(data);
  } catch {
    // an unreadable item: not a vis-timeline list
  }
  if (vis) data = fromVisTimeline(data as unknown[]);
  // Imported files keep their authors' order for events at the same time, as TimelineJS3 and vis-timeline do,
  // and their dates are read as those tools read them (long years, wall-clock times).
  const imported = timelineJS || vis;
  const list = (isArray(data) ? data : read(data, 'events')) as unknown[];
  const length = lengthOf(list);
  if (length === null) {
    if (data !== undefined) {
      issues.push({
        severity: 'error',
        message: isObject(data)
          ? 'The data has no "events" list.'
          : `The data should be an object with an "events" list, not ${data === null ? 'null' : typeof data}.`,
        field: 'events',
      });
    }
  }
  const dataset = isObject(data) ? data : {};
  const cutShort = (field: string) => (n: number) => issues.push({ severity: 'warning', field, message: `The ${field} ${long(n)}` });
  const title = text(read(dataset, 'title'), cutShort('title')) ?? '';
  const description = text(read(dataset, 'description'), cutShort('description')) ?? '';
  const sources = parseSources(read(dataset, 'sources'), issues);
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const events: ParsedEvent[] = [];
  const reader = new EventReader(issues, sourceById, imported);
  const { usedIds: byId, unknownFields } = reader;
  const categoryCounts = new Map<string, number>();
  const total = length ?? 0;
  // The times, kept apart as the events are read: the sort compares them a million times.
  const starts: number[] = [];
  const ends: number[] = [];
  const inputIndex: number[] = [];
  let dateOnly = true;
  // Holes of a sparse array are one problem with a count, not one per index (a 10,000,000-long list of two).
  let holes = 0;
  let firstHole = -1;
  for (let index = 0, step = FIRST_STEP, next = FIRST_STEP; index < total; index++) {
    if (index === next) {
      yield { done: index, total };
      step = Math.min(SLICE, step * 2);
      next += step;
    }
    if (!has(list, index)) {
      if (holes++ === 0) firstHole = index;
      continue;
    }
    const parsed = parseEvent(read(list, index), index, reader);
    if (parsed) {
      events.push(parsed);
      starts.push(parsed.when.start);
      ends.push(parsed.when.end);
      inputIndex.push(index);
      if (parsed.when.offsetMinutes !== null) dateOnly = false;
      categoryCounts.set(parsed.category, (categoryCounts.get(parsed.category) ?? 0) + 1);
    }
  }
  if (holes) {
    issues.push({
      severity: 'error',
      index: firstHole,
      message: holes === 1 ? `${describeEvent(firstHole)} is missing (a hole in the list).` : `${holes.toLocaleString('en-GB')} places in the events list are empty (holes in a sparse list), the first at event ${firstHole + 1}.`,
    });
  }
  yield { done: total, total };
  for (const [field, count] of unknownFields) {
    issues.push({
      severity: 'warning',
      field,
      message: `The field "${clip(field)}" is not used by the timeline (${count} event${count === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} it).`,
    });
  }
  // Categories in the order the author first used them (the counts' keys are in first-use order).
  const categories = [...categoryCounts.keys()];
  // In time order (start, then end, then input order; imported files as their tools order them: start, then input
  // order), in steps: a radix sort of the times, without a comparator (a million events in about 0.2 s).
  const startKey = Float64Array.from(starts);
  const endKey = Float64Array.from(ends);
  const order = yield* orderByKeys(imported ? [startKey] : [startKey, endKey]);
  const n = order.length;
  const sorted: ParsedEvent[] = new Array(n);
  const columns: EventColumns = { starts: new Float64Array(n), ends: new Float64Array(n), inputIndex: new Int32Array(n), dateOnly };
  for (let i = 0; i < n; i++) {
    if ((i & 65535) === 65535) yield;
    const k = order[i];
    sorted[i] = events[k];
    columns.starts[i] = startKey[k];
    columns.ends[i] = endKey[k];
    columns.inputIndex[i] = inputIndex[k];
  }
  const eras = parseEras(read(dataset, 'eras'), issues, imported);
  if (issues.dropped) {
    issues.keep({ severity: 'warning', message: `${issues.dropped.toLocaleString('en-GB')} more problems were found; only the first ${MAX_ISSUES.toLocaleString('en-GB')} are listed.` });
  }
  const invalid = total - events.length;
  if (total > 0 && events.length === 0) {
    issues.keep({ severity: 'error', message: `None of the ${total} events could be shown.` });
  } else if (length !== null && total === 0) {
    issues.keep({ severity: 'error', message: 'The data has no events.', field: 'events' });
  } else if (invalid > 0) {
    issues.keep({ severity: 'warning', message: `${invalid} of ${total} events could not be shown.` });
  }
  return {
    timeline: { title, description, sources, events: sorted, categories, eras, inputCount: total },
    issues,
    byId,
    categoryCounts,
    columns,
  };
}

/**
 * What reading events shares: the maps it fills, and the problem reports of the event being read. One per parse,
 * its fields set per event, so a million events make no closures and no option objects of their own.
 */
class EventReader {
  readonly usedIds = new IdMap<ParsedEvent>();
  readonly unknownFields = new Map<string, number>();
  readonly dateOptions: ParseDateOptions;
  index = 0;
  /** The event's id as it stands (derived or renamed as reading goes on), for the issue's `id`. */
  id: string | undefined;
  /** The id the author gave, for the message: events are named as their authors named them. */
  named: string | undefined;

  constructor(
    readonly issues: ValidationIssue[],
    readonly sourceById: Map<string, Source>,
    imported: boolean,
  ) {
    this.dateOptions = { imported };
  }

  readonly warn = (field: string, message: string): void => {
    this.issues.push({ severity: 'warning', index: this.index, id: this.id, field, message: `${describeEvent(this.index, this.named)}: ${message}` });
  };

  fail(field: string, message: string): null {
    this.issues.push({ severity: 'error', index: this.index, id: this.id, field, message: `${describeEvent(this.index, this.named)}: ${message}` });
    return null;
  }

  /** `text`'s report of a field cut short, made once per field name. */
  readonly cutShort = {
    title: (n: number) => this.warn('title', `the title ${long(n)}`),
    summary: (n: number) => this.warn('summary', `the summary ${long(n)}`),
    category: (n: number) => this.warn('category', `the category ${long(n)}`),
    dateNote: (n: number) => this.warn('dateNote', `the dateNote ${long(n)}`),
    displayDate: (n: number) => this.warn('displayDate', `the displayDate ${long(n)}`),
  };
}

/** Blank is missing: " " would otherwise read "date the date is empty" (and a blank `end` lose the event). */
function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

/** Absent: an optional field that was not given (its reader is not even called). */
function absent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function parseEvent(raw: unknown, index: number, reader: EventReader): ParsedEvent | null {
  const { issues, usedIds, unknownFields, cutShort, warn, dateOptions } = reader;
  reader.index = index;
  reader.id = reader.named = undefined;
  if (!isObject(raw)) {
    issues.push({ severity: 'error', index, message: `${describeEvent(index)} is not an object (got ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}).` });
    return null;
  }
  let keys: string[] = [];
  try {
    keys = Object.keys(raw);
  } catch {
    /* a hostile proxy: treat as having no extra keys */
  }
  for (const key of keys) {
    if (!EVENT_FIELDS.has(key)) unknownFields.set(key, (unknownFields.get(key) ?? 0) + 1);
  }
  const givenId = read(raw, 'id');
  const trimmedId = typeof givenId === 'string' ? givenId.trim() : '';
  let id = trimmedId || (typeof givenId === 'number' ? String(givenId) : undefined);
  // Messages name the event as the author did; the label is built only when there is something to say.
  reader.id = reader.named = id;

  const rawTitle = read(raw, 'title');
  const title = text(rawTitle, cutShort.title)?.trim();
  if (!title) return reader.fail('title', rawTitle === undefined ? 'has no title.' : `title ${show(rawTitle)} is not usable text.`);

  const rawDate = read(raw, 'date');
  // An event with no date cannot be found on the page by its place: its title says which one it is.
  if (blank(rawDate)) {
    issues.push({ severity: 'error', index, id, field: 'date', message: `${describeEvent(index, id, title)}: has no date.` });
    return null;
  }
  if (typeof rawDate !== 'string') return reader.fail('date', `date ${show(rawDate)} should be text such as "2022-02-24".`);
  const start = parseDate(rawDate, dateOptions);
  if (!start.range) return reader.fail('date', `date ${start.error}`);
  let when: DateRange = start.range;
  const rawEnd = read(raw, 'end');
  let end: string | undefined;
  if (!blank(rawEnd)) {
    if (typeof rawEnd !== 'string') return reader.fail('end', `end ${show(rawEnd)} should be text such as "2022-03-01".`);
    const parsedEnd = parseDate(rawEnd, dateOptions);
    if (!parsedEnd.range) return reader.fail('end', `end ${parsedEnd.error}`);
    const combined = combineRange(start.range, parsedEnd.range);
    if (typeof combined === 'string') return reader.fail('end', combined);
    when = combined;
    end = rawEnd.trim();
  }

  if (!id) reader.id = id = deriveId(rawDate, title);
  if (usedIds.has(id)) {
    let n = 2;
    while (usedIds.has(`${id}-${n}`)) n++;
    const renamed = `${id}-${n}`;
    if (typeof givenId === 'string' || typeof givenId === 'number') warn('id', `the id "${clip(id)}" is used by an earlier event; this one is called "${clip(id)}-${n}".`);
    reader.id = id = renamed;
  }

  const summary = text(read(raw, 'summary'), cutShort.summary);
  const rawCategory = read(raw, 'category');
  let category = text(rawCategory, cutShort.category)?.trim();
  if (!absent(rawCategory) && !category) warn('category', `category ${show(rawCategory)} is not usable text; shown as uncategorised.`);
  if (!category) category = UNCATEGORISED;
  // Made whole from a literal (keys in the order below): a key added to a literal's object afterwards goes to a
  // property array of its own, 20 bytes an event, 2 MB at 100,000. (One literal spreading the optional keys in
  // costs 0.8 MB more at 100,000 than these four.)
  const date = rawDate.trim();
  const event: TimelineEvent & { id: string } = end
    ? (summary ? { id, date, title, end, summary, category } : { id, date, title, end, category })
    : (summary ? { id, date, title, summary, category } : { id, date, title, category });

  // The optional fields, read only when given: most events of a large dataset have none of them.
  const rawPlace = read(raw, 'place');
  const place = absent(rawPlace) ? undefined : parsePlace(rawPlace, warn);
  if (place) event.place = place;
  const rawFigures = read(raw, 'figures');
  const figures = absent(rawFigures) ? undefined : parseFigures(rawFigures, warn);
  if (figures?.length) event.figures = figures;
  const rawCitations = read(raw, 'citations');
  const citations = absent(rawCitations) ? undefined : parseCitations(rawCitations, warn);
  if (citations?.length) event.citations = citations;

  const basis = read(raw, 'dateBasis');
  if (typeof basis === 'string' && DATE_BASES.has(basis)) event.dateBasis = basis as TimelineEvent['dateBasis'];
  else if (!absent(basis)) warn('dateBasis', `dateBasis ${show(basis)} should be "explicit", "relative" or "inferred"; it was ignored.`);
  const note = text(read(raw, 'dateNote'), cutShort.dateNote);
  if (note) event.dateNote = note;
  const displayDate = text(read(raw, 'displayDate'), cutShort.displayDate)?.trim();
  if (displayDate) event.displayDate = displayDate;
  const rawMedia = read(raw, 'media');
  const media = absent(rawMedia) ? undefined : parseMedia(rawMedia, warn);
  if (media) event.media = media;

  const resolved: ResolvedCitation[] = !citations?.length ? NO_CITATIONS : citations.map((c, i) => {
    const source = c.source ? reader.sourceById.get(c.source) : undefined;
    if (c.source && !source && reader.sourceById.size > 0) warn(`citations[${i}].source`, `citation ${i + 1} names the source "${clip(c.source)}", which is not in the sources list.`);
    return {
      quote: c.quote,
      url: c.url ?? source?.url,
      title: c.title ?? source?.title ?? (source ? undefined : c.source),
      publisher: c.publisher !== undefined ? c.publisher : source?.publisher,
      sourceId: c.source,
    };
  });
  const parsed: ParsedEvent = { id, index, event, when, category, citations: resolved };
  usedIds.add(parsed);
  return parsed;
}
