import { csvParse } from 'd3-dsv';
import type { Citation, TimelineEvent } from './types.js';

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
