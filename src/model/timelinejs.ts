import { read as get } from './read.js';
import { safeUrl } from './url.js';
import type { Citation, Era, TimelineData, TimelineEvent } from './types.js';

/** A TimelineJS3 date object: `{year, month?, day?, hour?, minute?, second?, display_date?}`. */
interface TjsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
}

/** True for data shaped like a TimelineJS3 file: events with `start_date` objects. */
export function isTimelineJS(data: unknown): boolean {
  const events = get(data, 'events');
  if (!Array.isArray(events) || events.length === 0) return false;
  return events.some((e) => {
    const start = get(e, 'start_date');
    return start !== null && typeof start === 'object';
  });
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function int(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/**
 * TimelineJS date object → our date string, keeping its precision: `{year: 2022, month: 3}` → `2022-03`.
 * Times become UTC date-times (TimelineJS has no offsets). Anything unreadable comes back as text so the
 * parser reports it in the author's own terms.
 */
export function timelineJSDate(date: unknown): string | undefined {
  if (date === undefined || date === null) return undefined;
  // Read through `get` and describe without throwing: one event's cyclic, BigInt or hostile date object must
  // become that event's issue, not an exception that loses the whole file.
  const field = (key: keyof TjsDate) => get(date, key);
  const year = int(field('year'));
  if (year === undefined) {
    const raw = field('year');
    return typeof raw === 'string' ? raw : describe(date);
  }
  const y = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
  const month = int(field('month'));
  if (month === undefined) return y;
  const day = int(field('day'));
  if (day === undefined) return `${y}-${pad(month)}`;
  const hour = int(field('hour'));
  if (hour === undefined) return `${y}-${pad(month)}-${pad(day)}`;
  return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(int(field('minute')) ?? 0)}:${pad(int(field('second')) ?? 0)}Z`;
}

/** JSON for a message, or a plain description when the value cannot be serialised (a cycle, a BigInt, a trap). */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value === 'object' ? '(an unreadable date object)' : typeof value;
  }
}

/**
 * Reads HTML inertly: a DOMParser document has no browsing context, so nothing in it runs or loads.
 * Returns the plain text and the `http:`/`https:` links.
 */
export function readHtml(html: unknown): { text: string; links: { url: string; text: string }[] } {
  if (typeof html !== 'string' || !html) return { text: '', links: [] };
  if (typeof DOMParser === 'undefined') return { text: html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(), links: [] };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const links: { url: string; text: string }[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    // Raw hrefs go on: the parser keeps http(s) links and reports any other it removes.
    links.push({ url: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() });
  }
  // Script and style text is code, not prose: leave it out of the plain text.
  doc.querySelectorAll('script, style, template, noscript').forEach((n) => n.remove());
  for (const br of doc.querySelectorAll('br, p, li, div')) br.append(' ');
  return { text: (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim(), links };
}

/**
 * Converts a TimelineJS3 JSON file to our dataset, so a newsroom can switch without rewriting its data:
 * `text.headline` → title, `text.text` → summary, `group` → category, `unique_id` → id, `media.credit` and
 * links in the text → citations, `eras` → eras, the title slide → title and description.
 */
export function fromTimelineJS(data: unknown): TimelineData {
  const titleSlide = get(data, 'title');
  const titleText = readHtml(get(get(titleSlide, 'text'), 'headline')).text;
  const description = readHtml(get(get(titleSlide, 'text'), 'text')).text;
  const events: TimelineEvent[] = [];
  const list = get(data, 'events');
  for (const raw of Array.isArray(list) ? list : []) {
    const text = get(raw, 'text');
    const headline = readHtml(get(text, 'headline'));
    const body = readHtml(get(text, 'text'));
    const event: Record<string, unknown> = {
      date: timelineJSDate(get(raw, 'start_date')),
      title: headline.text || undefined,
    };
    const id = get(raw, 'unique_id');
    if (typeof id === 'string' && id.trim()) event.id = id.trim();
    const end = timelineJSDate(get(raw, 'end_date'));
    if (end) event.end = end;
    if (body.text) event.summary = body.text;
    const group = get(raw, 'group');
    if (typeof group === 'string' && group.trim()) event.category = group.trim();
    const citations: Citation[] = [...headline.links, ...body.links].map((l) => ({ url: l.url, title: l.text || safeUrl(l.url) || undefined }));
    const media = get(raw, 'media');
    const credit = readHtml(get(media, 'credit'));
    const caption = readHtml(get(media, 'caption'));
    if (credit.text || caption.text) {
      const citation: Citation = { title: credit.text || caption.text };
      if (caption.text && credit.text) citation.quote = caption.text;
      const link = credit.links[0]?.url ?? get(media, 'link');
      if (typeof link === 'string' && link) citation.url = link;
      citations.push(citation);
    }
    if (citations.length) event.citations = citations;
    events.push(event as unknown as TimelineEvent);
  }
  const eras: Era[] = [];
  const rawEras = get(data, 'eras');
  for (const era of Array.isArray(rawEras) ? rawEras : []) {
    eras.push({
      title: readHtml(get(get(era, 'text'), 'headline')).text,
      start: timelineJSDate(get(era, 'start_date')) ?? '',
      end: timelineJSDate(get(era, 'end_date')) ?? '',
    });
  }
  return { title: titleText, description, events, eras };
}
