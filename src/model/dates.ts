/**
 * Dates as authors write them (a subset of ISO 8601 / EDTF) and as readers see them.
 *
 * Date-only values are calendar dates, kept as UTC days and always formatted with `timeZone: 'UTC'`, so
 * `2022-02-24` is 24 February for every reader, whatever their time zone. Only date-times are instants.
 */
import type { DatePrecision, DateRange } from './types.js';
import { dtf, formatYear, isDeepTime, utcDay, yearOf } from './calendar.js';

export { DEEP_TIME, dtf, formatYear, formatYearsAgo, isDeepTime, unitFormat, utcDay, yearOf } from './calendar.js';

export type ParseDateResult = { range: DateRange; error?: undefined } | { range?: undefined; error: string };

/** Display phrases for EDTF qualifiers, with a `{date}` placeholder, so other languages can be added. */
export interface DateWords {
  approximate: string;
  uncertain: string;
  approximateUncertain: string;
}

export const EN_DATE_WORDS: DateWords = {
  approximate: 'around {date}',
  uncertain: '{date} (uncertain)',
  approximateUncertain: 'around {date} (uncertain)',
};

export interface FormatDateOptions {
  /** An IANA zone to show date-times in (with its name) instead of the offset they were written with. */
  timeZone?: string;
  words?: DateWords;
}

/** Index = how fine; intervals keep the coarser (smaller) one, as `DateRange.precision` documents. */
const PRECISIONS: DatePrecision[] = ['year', 'month', 'day', 'time'];
const DAY = 864e5;
const USE = ': use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-02-24)';
/** Anchored, every optional part opens with its own literal: no backtracking blow-up, linear in the input. */
const RE = /^(-?\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(?:(Z)|([+-])(\d\d):(\d\d))?)?)?)?([~?%]?)$/;

/** Imported files (TimelineJS3, vis-timeline) may write years of any length, as those tools read them. */
const RE_LONG = new RegExp(RE.source.replace('\\d{4}', '\\d{4,}'));
/**
 * The years an instant in ms can hold (ECMAScript dates reach ±8.64e15 ms, 20 April 271,821 BCE to 13 September
 * 275,760 CE): years past these are named in the message, not silently misplaced.
 */
export const YEAR_LIMITS = { min: -271_820, max: 275_759 } as const;

/**
 * Imported files may go past those years, as TimelineJS3 does for cosmological timelines (-13,800,000,000): such
 * years are placed on the same linear axis, in ms counted by calendar arithmetic (`utcDay`), as far as a year is
 * a whole number JavaScript holds exactly. Only dates inside `YEAR_LIMITS` are ever made into `Date`s.
 */
export const DEEP_YEAR_LIMIT = Number.MAX_SAFE_INTEGER;

export interface ParseDateOptions {
  /**
   * The value was converted from an imported file (TimelineJS3, vis-timeline): years may have more than four
   * digits, and times are wall-clock times as written (shown without a zone, down to the seconds and
   * milliseconds given).
   */
  imported?: boolean;
}

/** Quotes a value for a message, cut short so pasted paragraphs do not flood it. */
const quote = (t: string) => JSON.stringify(t.length > 40 ? t.slice(0, 40) + '…' : t);

/** Digits of t[i..j) as a number, or -1: the allocation-free fast path for plain YYYY-MM-DD. */
function digits(t: string, i: number, j: number): number {
  let v = 0;
  for (let c; i < j; i++) {
    c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function single(t: string, imported = false): DateRange | string {
  let y = digits(t, 0, 4),
    m = digits(t, 5, 7),
    d = digits(t, 8, 10),
    p = 2,
    ms = 0,
    o: number | null = null,
    x = '',
    r: RegExpExecArray | null = null,
    // The usual date-times, YYYY-MM-DDTHH:MMZ and YYYY-MM-DDTHH:MM:SSZ, read without the regex (a million of
    // them is a second less); h stays -1 for anything else.
    h = -1,
    n = 0,
    s = 0;
  const len = t.length;
  if (!imported && (len == 17 || (len == 20 && t[16] == ':')) && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[len - 1] == 'Z') {
    h = digits(t, 11, 13);
    n = digits(t, 14, 16);
    s = len == 20 ? digits(t, 17, 19) : 0;
    if (n < 0 || s < 0) h = -1;
  }
  if (y < 0 || m < 0 || d < 0) h = -1;
  if (h < 0 && (t.length != 10 || t[4] != '-' || t[7] != '-' || y < 0 || m < 0 || d < 0)) {
    r = (imported ? RE_LONG : RE).exec(t);
    if (!r || /^-0+$/.test(r[1])) return quote(t) + ' is not a date' + USE;
    y = +r[1];
    // Our own format stays within what a Date holds; imported years go as far as they are exact numbers.
    if (imported ? !Number.isSafeInteger(y) : y < YEAR_LIMITS.min || y > YEAR_LIMITS.max)
      return `${quote(t)} is beyond the years this timeline can place (${imported ? `whole years up to ${DEEP_YEAR_LIMIT} BCE or CE` : `${-YEAR_LIMITS.min + 1} BCE to ${YEAR_LIMITS.max} CE`})`;
    m = +(r[2] ?? 1);
    d = +(r[3] ?? 1);
    p = r[3] ? 2 : r[2] ? 1 : 0;
    x = r[12];
  }
  if (m < 1 || m > 12) return `${quote(t)} has no month ${m}`;
  // Days 1-28 exist in every month (the fast path); otherwise count the month's days, also for day 0, so the
  // message gives the right count ("December 2022 has 31 days", not 28).
  if (d < 1 || d > 28) {
    const n = (utcDay(y, m + 1, 1) - utcDay(y, m, 1)) / DAY;
    if (d < 1 || d > n)
      return `${quote(t)} is not a real day (${format({ start: utcDay(y, m, 1), precision: 'month' } as DateRange, 'en-GB')} has ${n} days)`;
  }
  if (h >= 0) {
    if (h > 23 || n > 59 || s > 59) return quote(t) + ' is not a real time of day';
    o = 0;
    ms = ((h * 60 + n) * 60 + s) * 1e3;
    p = 3;
  } else if (r?.[4]) {
    if (x) return quote(t) + ': ~, ? and % can only follow a date, not a time';
    if (!r[8] && !r[9]) return quote(t) + ' has no time zone offset; add Z or +02:00';
    o = r[9] ? (r[9] == '-' ? -1 : 1) * (+r[10] * 60 + +r[11]) : 0;
    if (+r[11] > 59 || o < -720 || o > 840 || (!o && r[9] == '-'))
      return quote(t) + ' has an impossible time zone offset (use Z or -12:00 to +14:00)';
    const h = +r[4],
      n = +r[5],
      s = +(r[6] ?? 0);
    if (h > 23 || n > 59 || s > 59) return quote(t) + ' is not a real time of day';
    // ISO fractions are decimal: .5 is 500 ms; finer digits are dropped
    ms = ((h * 60 + n - o) * 60 + s) * 1e3 + (r[7] ? +(r[7] + '00').slice(1, 4) : 0);
    p = 3;
  }
  const start = utcDay(y, m, d) + ms;
  const range: DateRange = {
    start,
    end: p > 2 ? start : utcDay(y + +!p, m + +(p == 1), d + +(p == 2)),
    precision: PRECISIONS[p],
    approximate: x == '~' || x == '%',
    uncertain: x == '?' || x == '%',
    interval: false,
    offsetMinutes: o,
    endPrecision: PRECISIONS[p],
    endStart: start,
  };
  if (imported && p > 2) {
    // Imported times carry no zone: wall-clock times, shown as written, as finely as written.
    range.floating = true;
    const fraction = r?.[7] ? +(r[7] + '00').slice(1, 4) : 0;
    if (fraction) range.timeUnit = 'millisecond';
    else if (+(r?.[6] ?? 0)) range.timeUnit = 'second';
  }
  return range;
}

const rank = (p: DatePrecision) => PRECISIONS.indexOf(p);

/** From the start of `a` to the end of `b`; callers check the order. */
const merge = (a: DateRange, b: DateRange): DateRange => ({
  start: a.start,
  end: b.end,
  precision: rank(a.precision) < rank(b.endPrecision) ? a.precision : b.endPrecision,
  approximate: a.approximate || b.approximate,
  uncertain: a.uncertain || b.uncertain,
  interval: true,
  offsetMinutes: a.offsetMinutes ?? b.offsetMinutes,
  ...(a.floating || b.floating ? { floating: true } : {}),
  ...(a.timeUnit === 'millisecond' || b.timeUnit === 'millisecond'
    ? { timeUnit: 'millisecond' as const }
    : a.timeUnit || b.timeUnit
      ? { timeUnit: 'second' as const }
      : {}),
  endPrecision: b.endPrecision,
  endStart: b.endStart,
});

/**
 * Parses a date as authors write it. Never throws, whatever it is given: data comes from JSON, CSV and
 * attributes, so bad values become messages a journalist can act on.
 */
export function parseDate(text: string, options?: ParseDateOptions): ParseDateResult {
  const imported = options?.imported === true;
  if (typeof text != 'string')
    return { error: `a date must be text such as "2022-02-24", not ${text === null ? 'null' : typeof text}` };
  const t = text.trim();
  if (!t) return { error: 'the date is empty' + USE };
  const i = t.indexOf('/');
  if (i < 0 || i != t.lastIndexOf('/')) {
    const a = single(t, imported);
    return typeof a == 'string' ? { error: a } : { range: a };
  }
  const l = t.slice(0, i).trim(),
    r = t.slice(i + 1).trim();
  if (!l || !r || l == '..' || r == '..')
    return { error: `interval ${quote(t)} has an open end; give both a start and an end date` };
  const a = single(l, imported),
    b = single(r, imported);
  return typeof a == 'string'
    ? { error: a }
    : typeof b == 'string'
      ? { error: b }
      : // EDTF's rule: the written end may not begin before the written start (so "2022/2022-02" is fine)
        b.start < a.start
        ? { error: `interval ${quote(t)} ends before it starts` }
        : b.end <= a.start
          ? { error: `interval ${quote(t)} ends when it starts` }
          : { range: merge(a, b) };
}

/** The span of an event's `date` and separate `end`, or the reason it has none. */
export function combineRange(start: DateRange, end: DateRange): DateRange | string {
  return end.start < start.start || end.end <= start.start
    ? `the end (${format(end, 'en-GB')}) is not after the start (${format(start, 'en-GB')})`
    : merge(start, end);
}

function format(r: DateRange, locale: string, short?: boolean, options?: FormatDateOptions): string {
  try {
    let zone = options?.timeZone,
      p1 = rank(r.precision);
    const p2 = rank(r.endPrecision),
      off = r.offsetMinutes ?? 0,
      first = new Date(r.start),
      a = r.approximate,
      u = r.uncertain;
    try {
      if (zone) dtf(locale, { timeZone: zone });
    } catch {
      zone = undefined; // unknown zone: show the offset as written
    }
    if (r.floating) zone = undefined; // a wall-clock time is the same time in every zone
    // An interval's `precision` is its coarser end; a finer start shows in how it is aligned.
    if (r.interval && p1 >= p2)
      p1 = Math.max(p1, r.offsetMinutes != null && r.start % DAY ? 3 : first.getUTCDate() > 1 ? 2 : first.getUTCMonth() ? 1 : 0);
    const tz = zone || 'UTC',
      // Years <= 0 need an era, else Intl prints year -44 as a bare "45".
      era = first.getUTCFullYear() < 1 ? 'short' : undefined,
      // A written offset is shown as written: shift the instant and format it as UTC.
      shift = (t: number, p: number) => (p > 2 && !zone ? t + off * 6e4 : t),
      days = (p: number) =>
        dtf(locale, {
          era,
          year: 'numeric',
          month: p ? (short ? 'short' : 'long') : undefined,
          day: p > 1 ? 'numeric' : undefined,
          timeZone: p > 2 ? tz : 'UTC',
        }),
      date = (t: number, p: number) => (isDeepTime(t) ? formatYear(yearOf(t), locale) : days(p).format(shift(t, p))),
      unit = r.floating ? r.timeUnit : undefined,
      time = dtf(locale, {
        hour: '2-digit',
        minute: '2-digit',
        second: unit ? '2-digit' : undefined,
        fractionalSecondDigits: unit == 'millisecond' ? 3 : undefined,
        timeZoneName: zone && !short && !r.floating ? 'short' : undefined,
        timeZone: r.floating ? 'UTC' : tz,
      }),
      label =
        zone || short || r.floating
          ? ''
          : ' UTC' + (off ? (off < 0 ? '-' : '+') + ((Math.abs(off) / 60) | 0) + (off % 60 ? ':' + String(Math.abs(off) % 60).padStart(2, '0') : '') : ''),
      one = (t: number, p: number) => date(t, p) + (p > 2 ? ', ' + time.format(shift(t, p)) + label : ''),
      s = !r.interval
        ? one(r.start, p1)
        : p1 != p2 || isDeepTime(r.start) || isDeepTime(r.endStart) || r.endStart < r.start || (p1 > 2 && date(r.start, 3) != date(r.endStart, 3))
          ? one(r.start, p1) + ' – ' + one(r.endStart, p2)
          : p1 > 2
            ? date(r.start, 3) + ', ' + time.formatRange(shift(r.start, 3), shift(r.endStart, 3)) + label
            : days(p1).formatRange(r.start, r.endStart),
      w = options?.words ?? EN_DATE_WORDS;
    if (short) return (a ? '~' : '') + s + (u ? '?' : '');
    return a || u ? (a && u ? w.approximateUncertain : a ? w.approximate : w.uncertain).replace('{date}', () => s) : s;
  } catch {
    return ''; // a corrupt range (NaN) must not break rendering
  }
}

/**
 * The full form for text and screen readers: "24 February 2022", "February 2022", "28 February – 1 March 2022",
 * "1 March 2022, 08:00 UTC+2", "around 2 March 2022".
 */
export const formatDateRange = (range: DateRange, locale: string, options?: FormatDateOptions): string =>
  format(range, locale, false, options);

/** The compact form for labels in tight spaces: "24 Feb 2022", "~2 Mar 2022", "28 Feb 2022?", "1 Mar 2022, 08:00". */
export const formatDateShort = (range: DateRange, locale: string, options?: FormatDateOptions): string =>
  format(range, locale, true, options);
