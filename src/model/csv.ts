import { csvParseRows } from 'd3-dsv';
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

/** Rows as objects keyed by the header row (the shape of d3-dsv's csvParse, built without `new Function`). */
function records(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsvRows(text);
  return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

/**
 * Turns CSV text (one event per row; columns documented in data/README.md) into events. A row that repeats an
 * earlier row's `id` and has no `date` or `title` adds a citation to that event, so an event can cite several
 * sentences. Empty cells are left out, so validation reports what is missing in the row's own terms.
 */
export function csvToEvents(text: string): TimelineEvent[] {
  const rows = records(text.replace(/^\uFEFF/, ''));
  const events: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const cell = (name: string) => {
      const value = row[name]?.trim();
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
      continue;
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
  return events as unknown as TimelineEvent[];
}
