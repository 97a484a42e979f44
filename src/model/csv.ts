import type { Citation, TimelineEvent } from './types.js';

/**
 * RFC 4180 CSV to rows of fields: quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF or CR end
 * rows. Written here rather than taken from d3-dsv, whose one bundle file carries its formatters and type
 * guessing too (about 0.6 KB gzipped the reader would download for nothing); d3-dsv stays in the tests as the
 * oracle this parser is checked against.
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\n' || c === '\r') {
      endField();
      rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length || quoted) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row (d3-dsv's csvParse shape). */
function csvParse(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsvRows(text);
  return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

/**
 * Turns CSV text (one event per row; columns documented in data/README.md) into events. A row that repeats an
 * earlier row's `id` and has no `date` or `title` adds a citation to that event, so an event can cite several
 * sentences. Empty cells are left out, so validation reports what is missing in the row's own terms.
 */
export function csvToEvents(text: string): TimelineEvent[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
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
