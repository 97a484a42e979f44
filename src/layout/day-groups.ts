import { fill, type TimelineStrings } from '../strings.js';
import { dateFormat } from '../scales/ticks.js';
import { unitFormat } from '../model/calendar.js';
import type { ParsedEvent } from '../model/types.js';

const DAY = 86_400_000;

/** A heading of the vertical list and the events under it. */
export interface DayGroup {
  /** `d<ms>` for a calendar day (its UTC midnight), `r<start>-<end>-<approximate>-<uncertain>` for any other period. */
  key: string;
  /** "Thursday, February 24, 2022" for a day; the period in words otherwise. */
  label: string;
  /** "3 days later", "154 years later": the gap since the previous group ended; '' when under a day. */
  later: string;
  /** The group's events, in the order given. */
  events: ParsedEvent[];
}

export interface DayGroupOptions {
  locale: string;
  /** The `time-zone` attribute ('' when unset). */
  timeZone: string;
  /** False when `time-zone` was reported as not an IANA zone: date-times then keep the day they were written in. */
  timeZoneValid?: boolean;
  strings: TimelineStrings;
  /** The label of a group that is not a single day (the formatter's `formatDate`). */
  formatDate: (event: ParsedEvent) => string;
  /**
   * A gap's length in words, in the largest unit that reads well, as the chart's gap labels say it ("154 years",
   * "7 months", "3 days": the formatter's `gapLabel`). Without it, whole days.
   */
  duration?: (gap: { start: number; end: number }) => string;
}

/** The calendar day (as a UTC midnight, in ms) an instant falls on in an IANA zone. */
export function dayIn(ms: number, zone: string): number {
  const parts = dateFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: zone }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'));
}

/** The format of a day's heading ("Thursday, 24 February 2022"). */
export const dayHeadingFormat = (locale: string): Intl.DateTimeFormat =>
  dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Day groups of the vertical list: a heading per calendar day (or per period/interval), with the gap before
 * it. A date-time belongs to its day in `timeZone` when one is set, else to the day it was written in (its own
 * offset); groups are in calendar order even when offsets differ.
 */
export function groupByDay(events: readonly ParsedEvent[], options: DayGroupOptions): DayGroup[] {
  const { locale, strings, formatDate } = options;
  const zone = options.timeZone && options.timeZoneValid !== false ? options.timeZone : '';
  const dayFormat = dayHeadingFormat(locale);
  const byKey = new Map<string, DayGroup & { sort: number; start: number; end: number }>();
  for (const e of events) {
    const w = e.when;
    const dayLevel = (w.precision === 'day' || w.precision === 'time') && !w.interval;
    const day = !dayLevel ? 0
      : w.offsetMinutes === null ? Math.floor(w.start / DAY) * DAY
        : zone ? dayIn(w.start, zone)
          : Math.floor((w.start + w.offsetMinutes * 60_000) / DAY) * DAY;
    const key = dayLevel ? `d${day}` : `r${w.start}-${w.end}-${w.approximate}-${w.uncertain}`;
    const group = byKey.get(key);
    if (group) {
      group.events.push(e);
      group.end = Math.max(group.end, w.end);
      continue;
    }
    byKey.set(key, {
      key,
      label: dayLevel ? dayFormat.format(new Date(day)) : formatDate(e),
      later: '',
      sort: dayLevel ? day : w.start,
      start: dayLevel ? day : w.start,
      end: dayLevel ? Math.max(day + DAY, w.end) : w.end,
      events: [e],
    });
  }
  const groups = [...byKey.values()].sort((a, b) => a.sort - b.sort);
  let previousEnd = -Infinity;
  for (const group of groups) {
    const gapDays = Math.round((group.start - previousEnd) / DAY);
    if (Number.isFinite(gapDays) && gapDays >= 1) group.later = fill(strings.gapLater, { duration: options.duration?.({ start: previousEnd, end: group.start }) ?? unitFormat(locale, 'day', 0, false).format(gapDays) });
    previousEnd = Math.max(previousEnd, group.end);
  }
  return groups;
}

/** A date line under the title where the day heading does not already say it all. */
export function showDate(group: { key: string }, e: ParsedEvent): boolean {
  return group.key.startsWith('d') && (e.when.precision === 'time' || e.when.approximate || e.when.uncertain);
}
