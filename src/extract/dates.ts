// Date expressions in a clause, resolved against the article's publication date. chrono-node finds the expressions;
// this module decides what they mean in news prose, where chrono-node's defaults are wrong (measured on the seed
// articles): "ordered troops to march" is not the month of March, "in just six days" and "in the last six days"
// are spans, not dates, "now" is not a dated fact, and "on Monday" in a report means the Monday before publication.
// The English locale only: the package's root module brings fifteen languages into the demo chunk.
import { casual, GB } from 'chrono-node/en';
import type { Component, ParsedResult } from 'chrono-node';

export type DateBasis = 'explicit' | 'relative' | 'inferred';

export interface DateFinding {
  /** EDTF: YYYY, YYYY-MM or YYYY-MM-DD, with `~` when the words are vague. */
  date: string;
  basis: DateBasis;
  /** How the date was worked out, from the words used; absent only when the text gives the full date. */
  note?: string;
  /** The words the date comes from, as written. */
  words: string;
  /** Offset of `words` in the clause. */
  index: number;
}

export interface DateContext {
  /** Publication day, YYYY-MM-DD, when known. */
  published?: string;
  /** How the publication day is known, for notes ("publication", "inferred publication"). */
  publishedLabel?: string;
  locale?: string;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

export const dayMs = (day: string): number => Date.parse(day + 'T00:00:00Z');
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number): string => isoDay(dayMs(day) + n * DAY_MS);
/** "Tuesday 1 March 2022" */
export const longDay = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayMs(day));
const shortDay = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayMs(day));

export function countWord(word: string): number | undefined {
  const n = Number(word.replace(/,/g, ''));
  return Number.isFinite(n) && word.trim() !== '' ? n : NUMBER_WORDS[word.toLowerCase()];
}

// Phrases chrono-node reads as dates that are not dated facts in a report.
const NOT_A_DATE = /^(?:now|right now|so far|currently)$/i;
// Spans: "in just six days", "in the last six days", "over the past week". They measure, they do not date.
const SPAN = /^(?:(?:in|within|over|for|during)\s+)?(?:just\s+|only\s+)?(?:the\s+)?(?:last|past|next|coming)?\s*(?:just\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?|hours?)$/i;
// Before a bare month name, words that make it a date ("in March", "since May", "early June").
const MONTH_LEAD = /(?:\b(?:in|since|until|till|by|during|of|from|through|throughout|early|late|mid|end of|start of|beginning of)[\s-]+)$/i;
const VAGUE_LEAD = /(?:\b(?:around|about|approximately|roughly|circa|some time in|sometime in|early|late|mid)[\s-]+(?:on\s+|in\s+)?)$/i;
const HEDGED = /\b(?:reportedly|probably|believed to|thought to|may have|might have|unconfirmed|unverified)\b/i;
const CALENDAR_WORDS = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b/i;
const RELATIVE_WORDS = /\b(?:yesterday|today|tonight|tomorrow|ago|last (?:night|week|month|year)|this (?:morning|afternoon|evening|week))\b/i;
const FUTURE = /\b(?:will|shall|is due|are due|is set to|are set to|is expected to|are expected to|plans? to|scheduled|may resume|next)\b/i;

/** Every dated fact in the clause, in reading order. */
export function findDates(clause: string, ctx: DateContext): DateFinding[] {
  const parser = ctx.locale?.toLowerCase() === 'en-us' ? casual : GB;
  const reference = ctx.published ? new Date(ctx.published + 'T12:00:00Z') : new Date(Date.UTC(2000, 0, 1, 12));
  const found: DateFinding[] = [];
  for (const result of parser.parse(clause, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const finding = interpret(clause, result, ctx);
    if (!finding) continue;
    const mark = finding.date.slice(-1);
    const cue = mark === '~' ? VAGUE_LEAD.exec(clause.slice(0, finding.index))?.[0].trim() : mark === '?' ? HEDGED.exec(clause)?.[0] : undefined;
    if (cue) finding.note = `${finding.note ? finding.note + ' ' : ''}Marked ${mark === '~' ? 'approximate' : 'uncertain'} (EDTF “${mark}”) because the text says “${cue}”.`;
    found.push(finding);
  }
  found.push(...bareYears(clause, found));
  return found.sort((a, b) => a.index - b.index);
}

function interpret(clause: string, result: ParsedResult, ctx: DateContext): DateFinding | undefined {
  const words = result.text; // as written, for the note
  const before = clause.slice(0, result.index);
  const known = (c: Component) => result.start.isCertain(c);
  if (NOT_A_DATE.test(words.trim()) || SPAN.test(words.trim())) return undefined;
  // EDTF: "~" for approximate words before the date, "?" for a clause that hedges the fact itself.
  const vague = VAGUE_LEAD.test(before) ? '~' : HEDGED.test(clause) ? '?' : '';
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  const pad = (n: number | null) => String(n).padStart(2, '0');

  // chrono-node marks "yesterday" or "at 04:17" as certain days too: only words that name a month or a numeric
  // date are a calendar date; the rest are counted from the publication day below.
  const calendar = CALENDAR_WORDS.test(words);
  // A month name on its own: only when it reads as a date ("in March", "since May 2021").
  if (calendar && known('month') && !known('day') && !known('weekday')) {
    if (!/^[A-Z]/.test(words) || (!known('year') && !MONTH_LEAD.test(before))) return undefined;
    if (known('year')) return { date: `${year}-${pad(month)}${vague}`, basis: 'explicit', words, index: result.index };
    if (!ctx.published) return undefined;
    const y = yearFor(ctx.published, month!, 1, FUTURE.test(clause));
    return { date: `${y}-${pad(month)}${vague}`, basis: 'explicit', words, index: result.index,
      note: `The article says “${words}” without a year; ${y} is the year that puts it nearest, on the side the sentence looks to, to its ${ctx.publishedLabel ?? 'publication'} (${shortDay(ctx.published)}).` };
  }
  // A calendar day: "24 February", "on 24 February 2022", "March 3".
  if (calendar && known('month') && known('day')) {
    if (known('year')) return { date: `${year}-${pad(month)}-${pad(day)}${vague}`, basis: 'explicit', words, index: result.index };
    if (!ctx.published) return undefined;
    const y = yearFor(ctx.published, month!, day!, FUTURE.test(clause));
    return { date: `${y}-${pad(month)}-${pad(day)}${vague}`, basis: 'explicit', words, index: result.index,
      note: `The article gives the day (“${words.trim()}”) but no year; ${y} is the year that puts it nearest, on the side the sentence looks to, to its ${ctx.publishedLabel ?? 'publication'} (${shortDay(ctx.published)}).` };
  }
  if (!ctx.published) return undefined; // everything below is counted from the publication day
  const label = ctx.publishedLabel ?? 'publication';
  // A weekday: the latest such day on or before publication, unless the clause looks ahead ("will meet on Monday").
  if (known('weekday') && !known('day')) {
    const target = result.start.get('weekday')!;
    const pubWeekday = new Date(dayMs(ctx.published)).getUTCDay();
    const ahead = FUTURE.test(clause) || /\bnext\b/i.test(words);
    const shift = ahead ? ((target - pubWeekday + 7) % 7 || 7) : -((pubWeekday - target + 7) % 7);
    const date = addDays(ctx.published, shift);
    const how = shift === 0 ? `is the ${label} day itself` : ahead ? `counted forward from the ${label} (${longDay(ctx.published)}), is ${shortDay(date)}` : `counted back from the ${label} (${longDay(ctx.published)}), is ${shortDay(date)}`;
    return { date: date + vague, basis: 'relative', words, index: result.index,
      note: `“${words.trim()}” (${WEEKDAYS[target]}), ${shift === 0 ? `${how}, ${longDay(date)}` : how}${ahead ? '; the sentence looks ahead' : ''}.` };
  }
  // "yesterday", "last night", "three days ago", "today": chrono-node counts them from the reference day. A time
  // alone ("at 04:17", "at night") dates nothing.
  if (calendar || !RELATIVE_WORDS.test(words)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (Number.isNaN(dayMs(date))) return undefined;
  return { date: date + vague, basis: 'relative', words, index: result.index,
    note: `“${words.trim()}”, counted from the ${label} (${longDay(ctx.published)}), is ${shortDay(date)}.` };
}

/**
 * The year that puts month/day on or before the publication day (a report looks back), or, in a clause that looks
 * ahead ("talks may resume in May"), on or after it.
 */
function yearFor(published: string, month: number, day: number, ahead: boolean): number {
  const pub = new Date(dayMs(published));
  const y = pub.getUTCFullYear();
  if (ahead) return Date.UTC(y, month, 0) >= pub.getTime() ? y : y + 1;
  return Date.UTC(y, month - 1, day) <= pub.getTime() + 7 * DAY_MS ? y : y - 1;
}

/** "in 2014", "since 1991": years chrono-node leaves alone. */
function bareYears(clause: string, already: DateFinding[]): DateFinding[] {
  const out: DateFinding[] = [];
  for (const m of clause.matchAll(/\b(?:in|since|by|during|of)\s+((?:1[89]|20)\d\d)\b(?![-–\/]|\s*(?:km|people|troops|%))/g)) {
    const index = m.index + m[0].length - m[1].length;
    if (already.some((f) => index >= f.index && index < f.index + f.words.length)) continue;
    out.push({ date: m[1], basis: 'explicit', words: m[1], index });
  }
  return out;
}

export interface SinceFinding {
  /** The count of days (or weeks, as days). */
  days: number;
  words: string;
  /** Where the anchor event's words start in the clause ("Russian President ordered troops…"). */
  anchorIndex: number;
}

/** "Six days since Russia ordered…", "a week after the quake": a span from an event to the time of writing. */
export function findSince(clause: string): SinceFinding | undefined {
  const m = /\b(\w+|\d+)\s+(days?|weeks?)\s+(?:since|after)\s+/i.exec(clause);
  if (!m) return undefined;
  const n = countWord(m[1]);
  if (!n) return undefined;
  return { days: /week/i.test(m[2]) ? n * 7 : n, words: m[0].trim(), anchorIndex: m.index + m[0].length };
}

/** "in just six days", "in the last six days", "for three days": a span counted up to the time of writing. */
export function findSpanToNow(clause: string): { days: number; words: string } | undefined {
  const m = /\b(?:in|over|within)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:last|past)?\s*(\w+|\d+)\s+(days?|weeks?)\b/i.exec(clause);
  const n = m && countWord(m[1]);
  if (!m || !n) return undefined;
  return { days: /week/i.test(m[2]) ? n * 7 : n, words: m[0].trim() };
}
