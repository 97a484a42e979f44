import { dtf, formatDateRange, formatYear, isDeepTime, parseDate, unitFormat, yearOf } from './model/dates.js';
import { UNCATEGORISED, type CategoryStyle } from './model/categories.js';
import { fill, type TimelineStrings } from './strings.js';
import type { ParsedEvent } from './model/types.js';

const DAY = 86_400_000;

export interface FormatterOptions {
  /** The resolved locale (a valid tag). */
  locale: string;
  /** The element's words, built-in and overridden merged. */
  strings: TimelineStrings;
  /** The `time-zone` attribute as written ('' when unset). */
  timeZone: string;
  /** False when `time-zone` was reported as not an IANA zone. */
  timeZoneValid: boolean;
  /** Whether every event in the filter is date-only (no offsets): windows are then worded in days. */
  dateOnly: boolean;
}

/** Category styles by name: the element's map, or anything that answers `get`. */
export interface CategoryStyles {
  get(name: string): CategoryStyle | undefined;
}

export interface Formatter {
  /** The event's date in words ("24 February 2022", "around 2 March 2022"); the date as written if that fails. */
  formatDate(event: ParsedEvent): string;
  /** In a compact list row under a day heading: just the time for date-times, else the date in words. */
  compactWhen(event: ParsedEvent): string;
  /** A date as written in the data (a source's `published`), in words; the text as written when it is not a date. */
  formatWritten(date: string): string;
  /** A count in the locale's digits and grouping. */
  number(n: number): string;
  /** A window in words at the precision the data need: days for dates, minutes for date-times. */
  formatRange(start: number, end: number): string;
  /** "3 days": how long a compressed stretch of the axis is ('' under half a day). */
  gapLabel(gap: { start: number; end: number }): string;
  /** A category's label: the author's, the built-in one, else the name; "Uncategorised" for none. */
  categoryLabel(name: string, styles: CategoryStyles): string;
  /** An event button's name: "date, category: title, index of count". `index` counts from 0. */
  accessibleName(event: ParsedEvent, index: number, count: number, styles: CategoryStyles): string;
}

/**
 * Dates, windows, counts and names as the element words them, for one locale, words and zone. Intl formatters
 * are slow to build and a render formats hundreds of labels, so date formats come from one shared cache (dates.ts);
 * make a new formatter when any option changes.
 */
export function createFormatter({ locale, strings, timeZone, timeZoneValid, dateOnly }: FormatterOptions): Formatter {
  const dateFormat = (options: Intl.DateTimeFormatOptions) => dtf(locale, options);
  let numbers: Intl.NumberFormat | undefined;

  // An event's date is written for its label, its name and its detail: worded once per formatter.
  const dates = new WeakMap<ParsedEvent, string>();
  const wordDate = (event: ParsedEvent): string => {
    // The author's own wording of the date ("c. 1677", "1720s"): shown as the date; `date` only places the event.
    if (event.event.displayDate) return event.event.displayDate;
    try {
      return formatDateRange(event.when, locale, { timeZone: timeZone || undefined, words: strings.dateWords });
    } catch {
      return event.event.date;
    }
  };
  const formatDate = (event: ParsedEvent): string => {
    let date = dates.get(event);
    if (date === undefined) dates.set(event, (date = wordDate(event)));
    return date;
  };

  const number = (n: number): string => (numbers ??= new Intl.NumberFormat(locale)).format(n);

  const categoryLabel = (name: string, styles: CategoryStyles): string => {
    if (name === UNCATEGORISED) return strings.uncategorised;
    const labels = strings.categoryLabels;
    return (Object.hasOwn(labels, name) ? labels[name] : undefined) ?? styles.get(name)?.label ?? name;
  };

  const formatWritten = (date: string): string => {
    const parsed = parseDate(date);
    return parsed.range ? formatDateRange(parsed.range, locale, { words: strings.dateWords }) || date : date;
  };

  return {
    formatDate,
    formatWritten,
    number,
    categoryLabel,

    compactWhen(event) {
      const w = event.when;
      if (w.precision !== 'time' || w.interval || event.event.displayDate) return formatDate(event);
      if (w.floating) {
        // A wall-clock time from an imported file: as written, to the second or millisecond given.
        const unit = w.timeUnit;
        const clock = dateFormat({ hour: '2-digit', minute: '2-digit', second: unit ? '2-digit' : undefined, fractionalSecondDigits: unit === 'millisecond' ? 3 : undefined, timeZone: 'UTC' });
        return clock.format(new Date(w.start));
      }
      const zone = timeZone && timeZoneValid ? timeZone : 'UTC';
      // Without a zone, a date-time shows the clock time it was written with (its own offset).
      const shift = zone === 'UTC' ? (w.offsetMinutes ?? 0) * 60_000 : 0;
      const time = dateFormat({ hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(w.start + shift));
      return w.approximate || w.uncertain ? `${time}?` : time;
    },

    formatRange(start, end) {
      // Cosmological windows are told in years: "13.8 billion years ago – 4.6 billion years ago".
      if (isDeepTime(start) || isDeepTime(end)) return `${formatYear(yearOf(start), locale)} – ${formatYear(yearOf(Math.max(start, end - 1)), locale)}`;
      // As the element always has: an invalid `time-zone` is not filtered out here, so the formatter throws.
      const options: Intl.DateTimeFormatOptions = dateOnly
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: timeZone || 'UTC' };
      const format = dateFormat(options);
      // Date windows end at an exclusive midnight: the last day shown is the one before.
      const last = dateOnly ? Math.max(start, end - 1) : end;
      try {
        return format.formatRange(new Date(start), new Date(last));
      } catch {
        return `${format.format(new Date(start))} – ${format.format(new Date(last))}`;
      }
    },

    gapLabel(gap) {
      // The largest unit that reads well: "154 years" (not "56,248 days"), "3.4 years", "7 months", "31 days",
      // "4.1 billion years" across a cosmological gap.
      const days = (gap.end - gap.start) / DAY,
        years = days / 365.2425,
        [unit, n, digits] = (years >= 2 ? ['year', years, years < 10 || years >= 1e5 ? 1 : 0] : days >= 60 ? ['month', days / 30.436875, 0] : ['day', days, 0]) as ['day' | 'month' | 'year', number, number];
      return days < 0.5 ? '' : unitFormat(locale, unit, +digits, n >= 1e5).format(+n);
    },

    accessibleName(event, index, count, styles) {
      return `${formatDate(event)}, ${categoryLabel(event.category, styles)}: ${event.event.title}, ${fill(strings.position, { index: number(index + 1), count: number(count) })}`;
    },
  };
}
