import { csvParse } from 'd3-dsv';
import type { TimelineEvent } from './types.js';

/**
 * Turns CSV text (one event per row; columns documented in data/README.md) into events. Empty cells are left
 * out, so validation reports what is missing in the row's own terms.
 */
export function csvToEvents(text: string): TimelineEvent[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => {
    const cell = (name: string) => {
      const value = row[name]?.trim();
      return value ? value : undefined;
    };
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
    const citation: Record<string, string> = {};
    for (const [column, key] of [['source', 'source'], ['quote', 'quote'], ['url', 'url'], ['source_title', 'title'], ['publisher', 'publisher']]) {
      const value = cell(column);
      if (value) citation[key] = value;
    }
    if (Object.keys(citation).length) event.citations = [citation];
    return event as unknown as TimelineEvent;
  });
}
