import { combineRange, parseDate } from './dates.js';
import { read } from './read.js';
import { safeUrl } from './url.js';
import type { Citation, Figure, Media, ParsedEra, Place, Source, ValidationIssue } from './types.js';

/**
 * The parts of a dataset and an event that `parseTimeline` reads field by field (sources, eras, media, place,
 * figures, citations), and the guarded reads and message helpers they share with it. Nothing here throws: a
 * hostile getter or proxy reads as missing, and whatever is dropped is said in a warning.
 */

/** Longest text kept from any field; longer is cut, and the cut reported. */
export const MAX_TEXT = 100_000;

export type Bag = Record<string, unknown>;

/** `Array.isArray` throws for a revoked proxy: such a value is not a list. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

export function isObject(value: unknown): value is Bag {
  return value !== null && typeof value === 'object' && !isArray(value);
}

/** A copy of a list, read item by item: an item whose getter throws becomes `undefined` (reported by index), not the loss of the whole list. */
export function toArray(value: unknown): unknown[] | null {
  if (!isArray(value)) return null;
  let length: number;
  try {
    length = value.length;
  } catch {
    return null;
  }
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) items.push(read(value, String(i)));
  return items;
}

/** The end of a message about text cut to `MAX_TEXT` characters. */
export function long(length: number): string {
  return `is ${length.toLocaleString('en-GB')} characters long; only the first ${MAX_TEXT.toLocaleString('en-GB')} are shown.`;
}

/** Cuts a name (an id, a title, a field) short for a message, so a 1 MB value does not make a 1 MB message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Quotes a value for a message, shortened so a 1 MB title does not make a 1 MB message. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    try {
      text = Object.prototype.toString.call(value); // reads Symbol.toStringTag: a proxy's trap may throw
    } catch {
      text = typeof value;
    }
  }
  return `"${clip(text)}"`;
}

/**
 * Text from a string or finite number. Longer than `MAX_TEXT`, it is cut short, and never silently: `long`
 * hears about it (every caller that shows the text turns that into a warning).
 */
export function text(value: unknown, long?: (length: number) => void): string | undefined {
  if (typeof value === 'string') {
    if (value.length <= MAX_TEXT) return value;
    long?.(value.length);
    return `${value.slice(0, MAX_TEXT)}…`;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The items of a list field: none when it is absent, and none, with `notList` told, when it is not a list. */
function listOf(value: unknown, notList: () => void): unknown[] {
  if (value === undefined || value === null) return [];
  const list = toArray(value);
  if (!list) notList();
  return list ?? [];
}

/** A link field: absent, an http(s) link, or removed, with `removed` told the value as a message quotes it. */
function linkOf(raw: unknown, removed: (shown: string) => void): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const url = safeUrl(raw);
  if (!url) removed(show(raw));
  return url || undefined;
}

const HTTP_ONLY = 'only http: and https: links are allowed.';

export function parseSources(value: unknown, issues: ValidationIssue[]): Source[] {
  const list = listOf(value, () => issues.push({ severity: 'warning', field: 'sources', message: 'The "sources" field should be a list; it was ignored.' }));
  const sources: Source[] = [];
  list.forEach((raw, i) => {
    const id = text(read(raw, 'id'));
    const title = text(read(raw, 'title'), (n) => issues.push({ severity: 'warning', field: `sources[${i}].title`, message: `Source ${i + 1}: its title ${long(n)}` }));
    if (!id || !title) {
      issues.push({ severity: 'warning', field: `sources[${i}]`, message: `Source ${i + 1} needs an "id" and a "title"; it was ignored.` });
      return;
    }
    const source: Source = { id, title };
    const publisher = read(raw, 'publisher');
    if (typeof publisher === 'string' || publisher === null) source.publisher = publisher;
    const url = linkOf(read(raw, 'url'), (link) => issues.push({ severity: 'warning', field: `sources[${i}].url`, message: `Source ${i + 1} (${clip(id)}): the link ${link} was removed: ${HTTP_ONLY}` }));
    if (url) source.url = url;
    const published = text(read(raw, 'published'));
    if (published) source.published = published;
    const basis = text(read(raw, 'publishedBasis'));
    if (basis) source.publishedBasis = basis;
    sources.push(source);
  });
  return sources;
}

export function parseEras(value: unknown, issues: ValidationIssue[], imported = false): ParsedEra[] {
  const list = listOf(value, () => issues.push({ severity: 'warning', field: 'eras', message: 'The "eras" field should be a list; it was ignored.' }));
  const eras: ParsedEra[] = [];
  list.forEach((raw, i) => {
    const title = text(read(raw, 'title'), (n) => issues.push({ severity: 'warning', field: `eras[${i}].title`, message: `Era ${i + 1}: its title ${long(n)}` })) ?? '';
    const start = parseDate(read(raw, 'start') as string, { imported });
    const end = parseDate(read(raw, 'end') as string, { imported });
    const when = start.range && end.range ? combineRange(start.range, end.range) : (start.error ?? end.error ?? 'is missing');
    if (typeof when === 'string') {
      issues.push({ severity: 'warning', field: `eras[${i}]`, message: `Era ${i + 1}${title ? ` (${clip(title)})` : ''} was ignored: ${when}` });
    } else {
      eras.push({ title, when });
    }
  });
  return eras;
}

export type Warn = (field: string, message: string) => void;

/** Media: its links http(s) only (others removed with a warning), its texts as text. */
export function parseMedia(value: unknown, warn: Warn): Media | undefined {
  if (!isObject(value)) return undefined;
  const media: Media = {};
  for (const key of ['url', 'thumbnail'] as const) {
    const url = linkOf(read(value, key), (link) => warn(`media.${key}`, `the media ${key === 'url' ? 'link' : 'thumbnail'} ${link} was removed: ${HTTP_ONLY}`));
    if (url) media[key] = url;
  }
  for (const key of ['caption', 'credit', 'alt'] as const) {
    const t = text(read(value, key), (n) => warn(`media.${key}`, `the media ${key} ${long(n)}`))?.trim();
    if (t) media[key] = t;
  }
  return Object.keys(media).length ? media : undefined;
}

export function parsePlace(value: unknown, warn: Warn): Place | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() ? { name: value.trim() } : undefined;
  const name = text(read(value, 'name'), (n) => warn('place', `the place name ${long(n)}`));
  if (!name) {
    warn('place', 'place has no "name"; it was ignored.');
    return undefined;
  }
  const place: Place = { name };
  const lat = read(value, 'lat');
  const lon = read(value, 'lon');
  if (lat !== undefined || lon !== undefined) {
    if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      place.lat = lat;
      place.lon = lon;
    } else {
      warn('place', `place "${clip(name)}" has coordinates that are not a valid lat/lon pair; they were ignored.`);
    }
  }
  return place;
}

export function parseFigures(value: unknown, warn: Warn): Figure[] {
  const list = listOf(value, () => warn('figures', 'figures should be a list; they were ignored.'));
  const figures: Figure[] = [];
  list.forEach((raw, i) => {
    const label = text(read(raw, 'label'), (n) => warn(`figures[${i}].label`, `figure ${i + 1}: its label ${long(n)}`));
    const rawValue = read(raw, 'value');
    const number = typeof rawValue === 'string' && rawValue.trim() !== '' ? Number(rawValue) : rawValue;
    if (!label || typeof number !== 'number' || !Number.isFinite(number)) {
      warn(`figures[${i}]`, `figure ${i + 1} needs a "label" and a numeric "value"; it was ignored.`);
      return;
    }
    const figure: Figure = { label, value: number };
    for (const key of ['unit', 'qualifier', 'attribution'] as const) {
      const t = text(read(raw, key), (n) => warn(`figures[${i}].${key}`, `figure ${i + 1}: its ${key} ${long(n)}`));
      if (t) figure[key] = t;
    }
    figures.push(figure);
  });
  return figures;
}

export function parseCitations(value: unknown, warn: Warn): Citation[] {
  const list = listOf(value, () => warn('citations', 'citations should be a list; they were ignored.'));
  const citations: Citation[] = [];
  list.forEach((raw, i) => {
    if (typeof raw === 'string') {
      citations.push({ quote: raw });
      return;
    }
    if (!isObject(raw)) {
      warn(`citations[${i}]`, `citation ${i + 1} is not an object; it was ignored.`);
      return;
    }
    const citation: Citation = {};
    for (const key of ['source', 'quote', 'title'] as const) {
      const t = text(read(raw, key), (n) => warn(`citations[${i}].${key}`, `citation ${i + 1}: its ${key} ${long(n)}`));
      if (t) citation[key] = t;
    }
    const publisher = read(raw, 'publisher');
    if (typeof publisher === 'string' || publisher === null) citation.publisher = publisher;
    const url = linkOf(read(raw, 'url'), (link) => warn(`citations[${i}].url`, `citation ${i + 1}: the link ${link} was removed: ${HTTP_ONLY}`));
    if (url) citation.url = url;
    if (!citation.source && !citation.quote && !citation.title && !citation.url) {
      warn(`citations[${i}]`, `citation ${i + 1} has no source, quote, title or link; it was ignored.`);
      return;
    }
    citations.push(citation);
  });
  return citations;
}
