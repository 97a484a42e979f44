import { parseCsvRows } from './csv.js';

/**
 * Knight Lab's TimelineJS3 Google Sheets template, exported as CSV: recognised by its header row and turned into
 * TimelineJS3 JSON (which `fromTimelineJS` then imports), so the usual newsroom path (edit the template, export
 * CSV) loads as TimelineJS3 shows it. The row whose Type is `title` is the title slide, rows of Type `era` are
 * eras, every other row is an event.
 */

/** Columns that only the template has: a header naming them all is the template's. */
const TEMPLATE_COLUMNS = ['year', 'month', 'day', 'headline', 'text', 'display date', 'end year', 'type', 'group'];

const norm = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** True when the first row of the CSV is the TimelineJS3 template's header. */
export function isTimelineJSCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = new Set(firstLine.split(',').map((c) => norm(c.replace(/^"|"$/g, ''))));
  return TEMPLATE_COLUMNS.every((c) => header.has(c));
}

/**
 * The template's Time cell ("13:45", "1:45 PM", "13:45:10.250") as TimelineJS3 date fields, or nothing when
 * it is not a time.
 */
export function timeFields(time: string): Record<string, string> {
  const m = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2})(?:\.(\d{1,3}))?)?\s*([ap])?\.?\s*m?\.?$/i.exec(time.trim());
  if (!m) return {};
  let hour = Number(m[1]);
  const meridiem = m[5]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const fields: Record<string, string> = { hour: String(hour), minute: m[2] ?? '0' };
  if (m[3]) fields.second = m[3];
  if (m[4]) fields.millisecond = m[4].padEnd(3, '0');
  return fields;
}

/** The template's rows as a TimelineJS3 JSON object: `{title, events, eras}`. */
export function timelineJSFromCsv(text: string): Record<string, unknown> {
  const [header = [], ...rows] = parseCsvRows(text.replace(/^\uFEFF/, ''));
  const index = new Map(header.map((name, i) => [norm(name), i]));
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  let title: Record<string, unknown> | undefined;
  for (const row of rows) {
    const cell = (name: string) => (row[index.get(name) ?? -1] ?? '').trim();
    if (row.every((c) => !c.trim())) continue;
    const date = (prefix: string) => {
      const d: Record<string, string> = {};
      for (const part of ['year', 'month', 'day'] as const) if (cell(prefix + part)) d[part] = cell(prefix + part);
      Object.assign(d, d.day ? timeFields(cell(`${prefix}time`)) : {});
      return d.year ? d : undefined;
    };
    const slide: Record<string, unknown> = {
      text: { headline: cell('headline'), text: cell('text') },
      media: { url: cell('media'), credit: cell('media credit'), caption: cell('media caption'), thumbnail: cell('media thumbnail') },
    };
    const start = date('');
    const end = date('end ');
    if (start) slide.start_date = start;
    if (end) slide.end_date = end;
    if (cell('display date')) slide.display_date = cell('display date');
    if (cell('group')) slide.group = cell('group');
    const type = cell('type').toLowerCase();
    if (type === 'title') title ??= slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  }
  return { ...(title ? { title } : {}), events, eras };
}
