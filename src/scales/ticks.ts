import { utcDay, utcHour, utcMinute, utcMonth, utcWeek, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { AxisGap, TimeScaleFn } from './time.js';
import { DEEP_TIME, dtf, formatYear, utcDay as dayStart, yearOf } from '../model/dates.js';

export interface Tick {
  /** The tick instant (ms). */
  value: number;
  /** x of the tick line. */
  x: number;
  /** Where the label is centred: the middle of the period for days, months and years. */
  labelX: number;
  label: string;
  /** First tick of a larger unit (a new month, a new year): drawn stronger. */
  major: boolean;
  /**
   * Whether the period from this tick to the next is shaded. It alternates by the tick's place in the calendar,
   * not in the window, so the stripes stay put while the view pans.
   */
  band: boolean;
}

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
interface Step {
  unit: Unit;
  /** Year steps have none: they are counted in years (`years`), also where no Date reaches. */
  interval?: TimeInterval;
  ms: number;
  years?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every `n`th boundary, counted within the larger unit (every 2 days: the 1st, 3rd, 5th… of the month). */
function every(interval: CountableTimeInterval, n: number): TimeInterval {
  return interval.every(n)!;
}

const STEPS: Step[] = [
  { unit: 'minute', interval: utcMinute, ms: MINUTE },
  { unit: 'minute', interval: every(utcMinute, 5), ms: 5 * MINUTE },
  { unit: 'minute', interval: every(utcMinute, 15), ms: 15 * MINUTE },
  { unit: 'minute', interval: every(utcMinute, 30), ms: 30 * MINUTE },
  { unit: 'hour', interval: utcHour, ms: HOUR },
  { unit: 'hour', interval: every(utcHour, 3), ms: 3 * HOUR },
  { unit: 'hour', interval: every(utcHour, 6), ms: 6 * HOUR },
  { unit: 'hour', interval: every(utcHour, 12), ms: 12 * HOUR },
  { unit: 'day', interval: utcDay, ms: DAY },
  { unit: 'day', interval: every(utcDay, 2), ms: 2 * DAY },
  { unit: 'week', interval: utcWeek, ms: 7 * DAY },
  { unit: 'month', interval: utcMonth, ms: 30 * DAY },
  { unit: 'month', interval: every(utcMonth, 3), ms: 91 * DAY },
  { unit: 'month', interval: every(utcMonth, 6), ms: 182 * DAY },
];
// Every 1, 5, 10, 50, 100, 500… years, up to billions (cosmological timelines).
for (let n = 1; n < 1e16; n *= 10) STEPS.push({ unit: 'year', ms: n * 365 * DAY, years: n }, { unit: 'year', ms: 5 * n * 365 * DAY, years: 5 * n });

/** Years as readers number them: ISO year -5399 is 5400 BCE, written -5400; there is no year 0. */
const shown = (year: number) => (year < 1 ? year - 1 : year);

/**
 * Year ticks between `e0` and `e1` every `n` years, on round years as readers count them: BCE ticks on round BCE
 * years ("5400 BC"), CE ticks on round CE years, the boundary between the eras on 1 CE. Calendar arithmetic, not
 * `Date`, so cosmological windows get ticks too; a compressed gap is skipped in one step (it can hold billions of
 * years of them). `whole`: start at the year holding `e0`.
 */
function yearValues(n: number, e0: number, e1: number, whole: boolean, gaps: readonly AxisGap[]): number[] {
  const values: number[] = [];
  let k = Math.ceil(shown(yearOf(e0)) / n) * n;
  for (let value; (value = dayStart(k < 0 ? k + 1 : Math.max(k, 1), 1, 1)) <= e1; k += n || 1) {
    const gap = gaps.find((g) => value > g.start && value < g.end);
    if (gap) k = Math.max(k, Math.ceil(shown(yearOf(gap.end)) / n) * n - n);
    else if (!(k === 0 && n === 1) && (whole || value >= e0)) values.push(value);
  }
  return values;
}

/** Which step since 1970 (in the step's own unit) a tick is: months and years by the calendar, the rest by time. */
function ordinal(step: Step, value: number): number {
  if (step.years) return Math.abs(Math.round(shown(yearOf(value)) / step.years));
  const date = new Date(value);
  if (step.unit === 'month') return Math.round((date.getUTCFullYear() * 12 + date.getUTCMonth()) / Math.round(step.ms / (30 * DAY)));
  return Math.round(value / step.ms);
}

/** The calendar period a centred label names: its own day, month or year, not the whole step (e.g. two days). */
const PERIODS: Partial<Record<Unit, TimeInterval>> = { day: utcDay, month: utcMonth };

/** Intl formatters are slow to create: the one cache of them (a malformed locale reads as English). */
export const dateFormat = dtf;

export interface TickOptions {
  locale: string;
  /** Compressed gaps: ticks inside them are dropped. */
  gaps?: readonly AxisGap[];
  /** Data with dates only: no ticks finer than a day. */
  dateOnly?: boolean;
  /** Minimum room per tick label, in px (default 84). */
  spacing?: number;
  /** IANA zone for labels of sub-day ticks (default UTC). */
  timeZone?: string;
  /** The visible window `[start, end]` when the scale's domain is wider (a zoomed view): only its ticks are made. */
  extent?: readonly [number, number];
}

/**
 * Ticks for a (possibly compressed) UTC scale: an interval chosen so labels get `spacing` px in the
 * uncompressed stretches, labels that name the larger unit where it changes ("28 Feb", "1 Mar"), and period
 * labels centred in their day, month or year, since date-only events occupy the whole period.
 */
export function computeTicks(x: TimeScaleFn, options: TickOptions): Tick[] {
  const domain = x.domain();
  const range = x.range();
  const d0 = domain[0];
  const d1 = domain[domain.length - 1];
  if (!(d1 > d0)) return [];
  const gaps = options.gaps ?? [];
  const gapTime = gaps.reduce((s, g) => s + g.end - g.start, 0);
  const gapPx = gaps.reduce((s, g) => s + g.x1 - g.x0, 0);
  const pxPerMs = (Math.abs(range[range.length - 1] - range[0]) - gapPx) / Math.max(1, d1 - d0 - gapTime);
  const [e0, e1] = options.extent ?? [d0, d1];
  // Cosmological labels ("13 billion years ago") need twice the room.
  const spacing = (options.spacing ?? 84) * (e0 < DEEP_TIME ? 2 : 1);
  const wanted = spacing / pxPerMs;
  let step = STEPS.find((s) => s.ms >= wanted && (!options.dateOnly || s.ms >= DAY)) ?? STEPS[STEPS.length - 1];
  // Weekly ticks read badly for date-only data with room for days; prefer 2 days when close.
  if (step.unit === 'week' && pxPerMs * 2 * DAY >= spacing * 0.8) step = STEPS[9];
  const x0 = x(e0);
  const x1 = x(e1);
  const period0 = PERIODS[step.unit];
  // Start at the period holding the window's first instant, so a zoomed-in day still names its day.
  const whole = pxPerMs * step.ms >= 120;
  const first = period0 && whole ? period0.floor(new Date(e0)) : new Date(e0);
  const valuesOf = (s: Step, from: Date) => (s.years ? yearValues(s.years, e0, e1, whole, gaps) : s.interval!.range(from, new Date(e1 + 1)).map(Number));
  let values = valuesOf(step, first);
  // A long window on a narrow axis can fall between two boundaries of the step (no 50-year mark in 2001–2036):
  // a finer step with a little less room per label beats an axis with no dates at all.
  for (let i = STEPS.indexOf(step) - 1; values.length < 2 && i >= 0 && STEPS[i].ms * pxPerMs >= spacing * 0.6 && (!options.dateOnly || STEPS[i].ms >= DAY); i--) {
    step = STEPS[i];
    values = valuesOf(step, new Date(e0));
  }
  const inGap = (t: number) => gaps.some((g) => t > g.start && t < g.end);
  const periodPx = step.ms * pxPerMs;
  const wide = periodPx >= 120;
  const zone = step.unit === 'minute' || step.unit === 'hour' ? options.timeZone ?? 'UTC' : 'UTC';
  const locale = options.locale;
  const zoneDay = (d: Date) => dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(d);
  const ticks: Tick[] = [];
  let previous: Date | null = null;
  const ordinal0 = values.length ? ordinal(step, values[0]) : 0;
  for (const [i, value] of values.entries()) {
    if (inGap(value)) continue;
    const date = new Date(value);
    let label: string;
    let major = false;
    const newYear = !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
    const newMonth = newYear || previous!.getUTCMonth() !== date.getUTCMonth();
    // Sub-day labels are shown in `zone`: the day changes at the zone's midnight, not at UTC's.
    const newDay = zone === 'UTC' ? newMonth || previous!.getUTCDate() !== date.getUTCDate() : !previous || zoneDay(previous) !== zoneDay(date);
    switch (step.unit) {
      case 'year':
        // Years before 1 CE carry their era ("5400 BC"): a bare number would read as a year of ours.
        // 1 CE, where BCE ticks meet CE ones, says so ("1 AD"), unless every year has a tick.
        label = formatYear(yearOf(value), locale, value === dayStart(1, 1, 1) && step.years! > 1);
        major = true;
        break;
      case 'month':
        label = dateFormat(locale, newYear ? { month: 'short', year: 'numeric', timeZone: 'UTC', era: date.getUTCFullYear() < 1 ? 'short' : undefined } : { month: 'short', timeZone: 'UTC' }).format(date);
        major = newYear;
        break;
      case 'day':
      case 'week':
        label = dateFormat(
          locale,
          wide
            ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
            : newMonth
              ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
              : { day: 'numeric', timeZone: 'UTC' },
        ).format(date);
        major = newMonth;
        break;
      default:
        label = dateFormat(
          locale,
          newDay
            ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }
            : { hour: '2-digit', minute: '2-digit', timeZone: zone },
        ).format(date);
        major = newDay;
    }
    previous = date;
    const xValue = x(value);
    const period = PERIODS[step.unit];
    const centred = period !== undefined || !!step.years;
    // The label names one day (month, year): centre it there, also when ticks come every 2 days (3 months, …).
    const fullNext = step.years ? dayStart(yearOf(value) + 1, 1, 1) : (period ?? step.interval!).offset(date, 1).getTime();
    const next = Math.min(fullNext, e1);
    // A centred label sits in the middle of the visible part of its period.
    const left = Math.max(xValue, x0);
    const right = Math.min(x(next), x1);
    const labelX = centred && wide ? (left + right) / 2 : xValue;
    // A period that lies inside a compressed gap keeps its boundary line but has no room for a label, and
    // one clipped by the window's edge to a sliver gets none either.
    const visible = right - left;
    // Only a period the edge cuts can be a sliver: a whole year under 5-year ticks keeps its label.
    const cut = visible < x(fullNext) - xValue - 0.5;
    const clipped = centred && wide ? cut && (visible < 56 || (visible < 200 && visible < 0.5 * (fullNext - value) * pxPerMs)) : xValue < x0 - 0.5;
    // A long year label ("in 500 million years") centred near an edge would be cut by it (about 7 px a character).
    const cutByEdge = !!step.years && wide && Math.abs(labelX - (labelX > (x0 + x1) / 2 ? x1 : x0)) < label.length * 3.5;
    const hidden = clipped || cutByEdge || (centred && gaps.some((g) => value >= g.start && next <= g.end));
    ticks.push({ value, x: xValue, labelX, label: hidden ? '' : label, major, band: (ordinal0 + i) % 2 !== 0 });
  }
  return ticks;
}

/**
 * The year (or years) of the window, for a context label beside the axis, when no tick label in view names one
 * (days, hours and minutes say no year): a reader zoomed into a ten-year dataset always knows which year it is.
 * Empty when a label already states it.
 */
export function contextYear(ticks: readonly Tick[], view: readonly [number, number], locale: string): string {
  // Year ticks name their years already ("5400 BC", "13 billion years ago").
  if (ticks.some((t) => /\d{4}/.test(t.label)) || view[1] - view[0] > 730 * DAY || view[0] < DEEP_TIME) return '';
  const format = dateFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const first = new Date(view[0]);
  const last = new Date(Math.max(view[0], view[1] - 1));
  return first.getUTCFullYear() === last.getUTCFullYear() ? format.format(first) : format.formatRange(first, last);
}
