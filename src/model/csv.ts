import { csvParseRows } from 'd3-dsv';
import type { Steps } from './incremental.js';
import type { Citation, TimelineEvent } from './types.js';

/**
 * A quoted field where a field begins (at the start, or after a comma or a line break): its content, its closing
 * quote if it has one, and whatever follows that quote up to the next comma or line break. The scan goes left to
 * right and consumes each quoted field whole, so the commas and line breaks inside one never start a field.
 */
const QUOTED_FIELD = /(^|[,\r\n])"((?:[^"]|"")*)("?)([^,\r\n]*)/g;

/**
 * RFC 4180 CSV to rows of fields: quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF or CR end
 * rows. d3-dsv's csvParseRows reads it (not csvParse, whose row objects are built with `new Function`, which a
 * strict Content Security Policy forbids). d3 drops characters of a malformed quoted field ("ab"c reads as `ab`
 * and an empty field; an unclosed quote loses its last character), so such a field is first rewritten as the one
 * its author meant: the text after the closing quote joins the field, and a missing closing quote is added.
 */
export function parseCsvRows(text: string): string[][] {
  const wellFormed = text.replace(QUOTED_FIELD, (field, before: string, content: string, closed: string, after: string) =>
    closed && !after ? field : `${before}"${content}${after.replaceAll('"', '""')}"`,
  );
  return csvParseRows(wellFormed);
}

/**
 * Turns CSV text (one event per row; columns documented in data/README.md) into events. A row that repeats an
 * earlier row's `id` and has no `date` or `title` adds a citation to that event, so an event can cite several
 * sentences. Empty cells are left out, so validation reports what is missing in the row's own terms.
 */
export function csvToEvents(text: string): TimelineEvent[] {
  // Not `runToEnd`: a value import from incremental.js would make the CSV chunk and the bundle share a third chunk.
  const steps = csvToEventsSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Characters of CSV read per step (about 3,700 rows of the bench's file). A step is not cut short, and the garbage
 * collector's marking runs inside the steps that allocate: with 1 MiB blocks a million-row load had one task of
 * 594-1,236 ms in each run; with 256 KiB, 94-143 ms.
 */
const BLOCK = 1 << 18;

/**
 * `csvToEvents` in steps: the text is cut into blocks of whole rows (at a line break outside quotes) of about a
 * quarter megabyte, each read on its own, so a 60 MB file of a million rows never makes one long task. Yields how
 * many characters are read.
 */
export function* csvToEventsSteps(input: string, block = BLOCK): Steps<TimelineEvent[]> {
  const text = input.replace(/^\uFEFF/, '');
  const events: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  let header: string[] | null = null;
  for (let start = 0; start < text.length; ) {
    const end = blockEnd(text, start, block);
    const rows = parseCsvRows(text.slice(start, end));
    if (!header) header = rows.shift() ?? [];
    for (const fields of rows) addRow(header, fields, events, byId);
    start = end;
    yield { done: start, total: text.length, unit: 'text' };
  }
  return events as unknown as TimelineEvent[];
}

/** Where the block from `start` ends: at the first line break outside quotes after `block` characters, else the end. */
function blockEnd(text: string, start: number, block: number): number {
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted; // "" inside a quoted field toggles twice
    else if (!quoted && i - start >= block && (c === 10 || c === 13)) {
      // CRLF stays whole: the block ends after the LF.
      return c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
  }
  return text.length;
}

function addRow(header: string[], fields: string[], events: Record<string, unknown>[], byId: Map<string, Record<string, unknown>>): void {
  const cell = (name: string) => {
    const i = header.lastIndexOf(name); // a repeated column: the last one, as in an object keyed by the header
    const value = i < 0 ? undefined : fields[i]?.trim();
    return value ? value : undefined;
  };
  const citation: Citation = {};
  for (const [column, key] of [['source', 'source'], ['quote', 'quote'], ['url', 'url'], ['source_title', 'title'], ['publisher', 'publisher']] as const) {
    const value = cell(column);
    if (value) citation[key] = value;
  }
  const id = cell('id');
  const previous = id ? byId.get(id) : undefined;
  if (previous && !cell('date') && !cell('title')) {
    if (Object.keys(citation).length) (previous.citations as Citation[] | undefined ?? (previous.citations = [])).push(citation);
    return;
  }
  const event: Record<string, unknown> = {};
  for (const key of ['id', 'date', 'end', 'title', 'summary', 'category', 'dateBasis', 'dateNote']) {
    const value = cell(key);
    if (value !== undefined) event[key] = value;
  }
  const place = cell('place');
  if (place) {
    const lat = Number(cell('lat'));
    const lon = Number(cell('lon'));
    event.place = cell('lat') && cell('lon') && Number.isFinite(lat) && Number.isFinite(lon) ? { name: place, lat, lon } : { name: place };
  }
  if (Object.keys(citation).length) event.citations = [citation];
  events.push(event);
  if (id && !byId.has(id)) byId.set(id, event);
}
