import { read as get } from './read.js';
import { firstSentence, readHtmlText } from './html-text.js';
import type { Citation, Era, TimelineData, TimelineEvent } from './types.js';

/**
 * True for a vis-timeline DataSet as JSON: a list of items with `content` and `start` and none of our own
 * `date`/`title` fields.
 */
export function isVisTimeline(data: unknown): boolean {
  if (!Array.isArray(data) || data.length === 0) return false;
  return data.every((item) => item !== null && typeof item === 'object' && get(item, 'start') !== undefined && get(item, 'date') === undefined)
    && data.some((item) => get(item, 'content') !== undefined);
}

/**
 * A vis-timeline `start`/`end` as our date: vis-timeline reads `2014-04-20` as a day and `2014-01-01T01:00:00`
 * (no zone) as a wall-clock time; a number is ms since the epoch. Written with `Z`, read back as wall-clock time.
 */
export function visDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const iso = new Date(value).toISOString();
    return Math.abs(new Date(value).getUTCFullYear()) < 10000 ? iso : String(value);
  }
  if (typeof value !== 'string') return undefined;
  const t = value.trim().replace(' ', 'T');
  // A zone-less date-time: wall-clock time as written.
  if (/^-?\d{4,}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(t)) return `${t}Z`;
  return t;
}

/**
 * vis-timeline DataSet items → our dataset: `content` (HTML, read as text) → title (its first sentence when long,
 * the rest the summary), `title` (vis's tooltip) → summary, `start`/`end` → date/end, `group` → category, `id` → id.
 * `type` (box, point, range) is how vis draws an item; a range has an end, so it is drawn as a span. A
 * `background` item with an end is a shaded period: an era.
 */
export function fromVisTimeline(items: unknown[]): TimelineData {
  const events: TimelineEvent[] = [];
  const eras: Era[] = [];
  for (const item of items) {
    const content = readHtmlText(get(item, 'content'));
    const end = visDate(get(item, 'end'));
    if (get(item, 'type') === 'background' && end) {
      eras.push({ title: content.text, start: visDate(get(item, 'start')) ?? '', end });
      continue;
    }
    const tooltip = readHtmlText(get(item, 'title'));
    const title = content.text.length > 100 ? firstSentence(content.text) : content.text;
    const event: Record<string, unknown> = { date: visDate(get(item, 'start')), title: title || firstSentence(tooltip.text) || undefined };
    const id = get(item, 'id');
    if ((typeof id === 'string' && id.trim()) || typeof id === 'number') event.id = String(id).trim();
    if (end) event.end = end;
    const summary = [title !== content.text ? content.text : '', tooltip.text].filter(Boolean).join(' ');
    if (summary) event.summary = summary;
    const group = get(item, 'group');
    if ((typeof group === 'string' && group.trim()) || typeof group === 'number') event.category = String(group).trim();
    const citations: Citation[] = [...content.links, ...tooltip.links].map((l) => ({ url: l.url, title: l.text || undefined }));
    if (citations.length) event.citations = citations;
    events.push(event as unknown as TimelineEvent);
  }
  return { events, eras };
}
