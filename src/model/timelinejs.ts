import { read as get } from './read.js';
import { safeUrl } from './url.js';
import { firstSentence, readRichText, type HtmlText } from './html-text.js';
import type { Citation, Era, Media, TimelineData, TimelineEvent } from './types.js';

/** A TimelineJS3 date object: `{year, month?, day?, hour?, minute?, second?, millisecond?, display_date?}`. */
interface TjsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
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
 * A TimelineJS3 year as an ISO/EDTF year. TimelineJS3 shows `year: -5410` as "5410 BCE" (it has no year 0 in its
 * labels), while ISO 8601 and EDTF count year 0 as 1 BCE: so TimelineJS3's negative year y is ISO year y + 1.
 */
export const isoYearOfTimelineJS = (year: number): number => (year < 0 ? year + 1 : year);

/**
 * TimelineJS date object → our date string, keeping its precision: `{year: 2022, month: 3}` → `2022-03`.
 * Times have no zone in TimelineJS3 (they are the reader's wall-clock time there): they are written with `Z`
 * and read back as wall-clock times, shown as written. Seconds and milliseconds are kept. Anything unreadable
 * comes back as text so the parser reports it in the author's own terms.
 */
export function timelineJSDate(date: unknown): string | undefined {
  if (date === undefined || date === null) return undefined;
  // Read through `get` and describe without throwing: one event's cyclic, BigInt or hostile date object must
  // become that event's issue, not an exception that loses the whole file.
  const field = (key: keyof TjsDate) => get(date, key);
  const written = int(field('year'));
  if (written === undefined) {
    const raw = field('year');
    return typeof raw === 'string' ? raw : describe(date);
  }
  // Past what JavaScript holds exactly: the year as the author wrote it, so the message names their number and the limit.
  if (!Number.isSafeInteger(written)) return String(field('year'));
  const year = isoYearOfTimelineJS(written);
  const y = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
  const month = int(field('month'));
  if (month === undefined) return y;
  const day = int(field('day'));
  if (day === undefined) return `${y}-${pad(month)}`;
  const hour = int(field('hour'));
  if (hour === undefined) return `${y}-${pad(month)}-${pad(day)}`;
  const ms = int(field('millisecond'));
  const fraction = ms ? `.${pad(ms, 3)}` : '';
  return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(int(field('minute')) ?? 0)}:${pad(int(field('second')) ?? 0)}${fraction}Z`;
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
 * Reads HTML inertly, as text (no parser, no document: see html-text.ts), with Markdown links too.
 * Returns the plain text and the links (the parser keeps http(s) ones and reports the others).
 */
export function readHtml(html: unknown): HtmlText {
  return readRichText(html);
}

/** A string field, trimmed, or undefined. */
function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The media of a slide, when it names a URL or a caption. */
function mediaOf(raw: unknown): Media | undefined {
  // Only a link can be kept (http/https; `//host/…` as https): embed code and paths relative to the author's
  // own site are not links this page can follow, and are left out without a warning.
  const link = (value: unknown) => {
    const text = str(value);
    return text ? (safeUrl(text.startsWith('//') ? `https:${text}` : text) ?? undefined) : undefined;
  };
  const url = link(get(raw, 'url'));
  const caption = readHtml(get(raw, 'caption')).text;
  const credit = readHtml(get(raw, 'credit')).text;
  if (!url && !caption && !credit) return undefined;
  const media: Media = {};
  if (url) media.url = url;
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  const thumbnail = link(get(raw, 'thumbnail'));
  if (thumbnail) media.thumbnail = thumbnail;
  const alt = str(get(raw, 'alt'));
  if (alt) media.alt = readHtml(alt).text;
  return media;
}

/** A title slide may be given as a list of one (spreadsheet exports write it so). */
function titleSlideOf(data: unknown): unknown {
  const slide = get(data, 'title');
  return Array.isArray(slide) ? slide[0] : slide;
}

/**
 * Converts a TimelineJS3 JSON file to our dataset, so a newsroom can switch without rewriting its data:
 * `text.headline` → title (or, as TimelineJS3 shows slides without one, the text's first sentence or the media
 * caption), `text.text` → summary, `group` → category, `unique_id` → id, `display_date` → displayDate,
 * `media` → media (and its credit a citation), links in the text → citations, `eras` → eras, the title slide
 * → title and description.
 */
export function fromTimelineJS(data: unknown): TimelineData {
  const titleSlide = titleSlideOf(data);
  const titleText = readHtml(get(get(titleSlide, 'text'), 'headline')).text;
  const description = readHtml(get(get(titleSlide, 'text'), 'text')).text;
  const events: TimelineEvent[] = [];
  const list = get(data, 'events');
  for (const raw of Array.isArray(list) ? list : []) {
    const text = get(raw, 'text');
    const headline = readHtml(get(text, 'headline'));
    const body = readHtml(get(text, 'text'));
    const rawMedia = get(raw, 'media');
    const media = mediaOf(rawMedia);
    const title = headline.text || (body.text ? firstSentence(body.text) : '') || (media?.caption ? firstSentence(media.caption) : '');
    const event: Record<string, unknown> = {
      date: timelineJSDate(get(raw, 'start_date')),
      title: title || undefined,
    };
    const id = get(raw, 'unique_id');
    if (typeof id === 'string' && id.trim()) event.id = id.trim();
    const end = timelineJSDate(get(raw, 'end_date'));
    if (end) event.end = end;
    // TimelineJS3 shows the slide's display_date instead of the dates; the start date's own display_date stands
    // for the start only, so on a span (whose end it would hide) the computed dates are shown.
    const display = str(get(raw, 'display_date')) ?? (end ? undefined : str(get(get(raw, 'start_date'), 'display_date')));
    // A display_date with no letter or digit (".", "-") is a placeholder: the computed date is shown instead.
    const displayText = display ? readHtml(display).text : '';
    if (/[\p{L}\p{N}]/u.test(displayText)) event.displayDate = displayText;
    if (body.text) event.summary = body.text;
    const group = get(raw, 'group');
    if (typeof group === 'string' && group.trim()) event.category = group.trim();
    const citations: Citation[] = [...headline.links, ...body.links].map((l) => ({ url: l.url, title: l.text || safeUrl(l.url) || undefined }));
    const credit = readHtml(get(rawMedia, 'credit'));
    const caption = readHtml(get(rawMedia, 'caption'));
    if (credit.text || caption.text) {
      const citation: Citation = { title: credit.text || caption.text };
      if (caption.text && credit.text) citation.quote = caption.text;
      const link = credit.links[0]?.url ?? get(rawMedia, 'link');
      if (typeof link === 'string' && link) citation.url = link;
      citations.push(citation);
    }
    if (citations.length) event.citations = citations;
    if (media?.url) event.media = media;
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
