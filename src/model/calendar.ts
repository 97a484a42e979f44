/**
 * Calendar arithmetic and year texts that need no `Date`: years past what a `Date` holds (cosmological years from
 * TimelineJS3 files) are placed and named with these. The one cache of Intl date formats lives here too.
 */
const DAY = 864e5;

/**
 * UTC midnight of a calendar day (month 1–12; months and days past the end roll over), in ms. Plain arithmetic
 * (H. Hinnant's days-from-civil, proleptic Gregorian): no `Date.UTC`, which reads years 0–99 as 1900–1999, and
 * several times faster than `setUTCFullYear`, which matters when parsing thousands of rows.
 */
export function utcDay(y: number, m: number, d: number): number {
  m -= 3; // count months from March, so a leap day is the last day of its year
  y += Math.floor(m / 12);
  m = ((m % 12) + 12) % 12;
  const era = Math.floor(y / 400),
    yoe = y - era * 400;
  return (era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + (((153 * m + 2) / 5) | 0) + d - 719469) * DAY;
}

/**
 * The first instant shown as a calendar date: earlier years (before 100,000 BCE, TimelineJS3's own bound) read
 * as "300 thousand years ago", "13.8 billion years ago".
 */
export const DEEP_TIME = utcDay(-99_998, 1, 1); // 1 January 99,999 BCE

/** The ISO year an instant falls in, by calendar arithmetic: also for years no `Date` can hold. */
export function yearOf(ms: number): number {
  let y = Math.floor(ms / (365.2425 * DAY)) + 1970;
  while (utcDay(y, 1, 1) > ms) y--;
  while (utcDay(y + 1, 1, 1) <= ms) y++;
  return y;
}

/**
 * An ISO year before `DEEP_TIME` as the locale says "13.8 billion years ago": TimelineJS3's count (its year
 * -13,800,000,000, ISO year -13,799,999,999, is 13.8 billion years ago), the locale's own words for "years ago"
 * (Intl.RelativeTimeFormat) around a compact number (two decimals for billions, one below, as TimelineJS3 shows).
 * Years past 275,760 CE read "in 500 million years", by the same count.
 */
export function formatYearsAgo(year: number, locale: string): string {
  const n = year < 1 ? 1 - year : year,
    number = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: n < 1e9 ? 1 : 2 }).format(n);
  return new Intl.RelativeTimeFormat(locale).formatToParts(year < 1 ? -n : n, 'year').map((p, i, all) => (p.type == 'literal' ? p.value : all[i - 1]?.type == 'literal' || !i ? number : '')).join('');
}

/** Past what a `Date` holds, or before 100,000 BCE: told in years ("540 million years ago"), not as a date. */
export const isDeepTime = (t: number): boolean => t < DEEP_TIME || t >= 8.64e15;

/**
 * A year alone: "1990", "5400 BC" (the era before 1 CE), "540 million years ago" before 100,000 BCE; `era`
 * names it after 1 CE too ("1 AD").
 */
export function formatYear(year: number, locale: string, era?: boolean): string {
  const start = utcDay(year, 1, 1);
  if (isDeepTime(start)) return formatYearsAgo(year, locale);
  return dtf(locale, { year: 'numeric', timeZone: 'UTC', era: era || year < 1 ? 'short' : undefined }).format(start);
}

/** Intl formatters are slow to build and a timeline formats hundreds of labels: keep them (one cache for all). */
const cache = new Map<string, Intl.DateTimeFormat>();
export function dtf(locale: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = locale + JSON.stringify(o);
  let f = cache.get(k);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, o);
    } catch {
      f = new Intl.DateTimeFormat('en', o); // a malformed locale tag; a bad zone still throws
    }
    cache.set(k, f);
  }
  return f;
}

/**
 * A count in a unit, worded ("31 days", "3.4 years", "4.1 billion years"), from a cache like the date formats': the
 * first unit format of a page costs 25–70 ms on a phone (4× CPU throttle), each later one a few ms.
 */
const units = new Map<string, Intl.NumberFormat>();
export function unitFormat(locale: string, unit: 'day' | 'month' | 'year', digits: number, compact: boolean): Intl.NumberFormat {
  const k = `${locale}|${unit}|${digits}|${compact}`;
  let f = units.get(k);
  if (!f) {
    const o: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: digits, notation: compact ? 'compact' : 'standard', compactDisplay: 'long' };
    try {
      f = new Intl.NumberFormat(locale, o);
    } catch {
      f = new Intl.NumberFormat('en', o); // a malformed locale tag
    }
    units.set(k, f);
  }
  return f;
}
