// The source entry: its title and publication day, given or inferred from the article's own words.
import { addDays, findDates, findSince, findSpanToNow, longDay, type DateFinding } from './dates.js';
import type { Sentence } from './sentences.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY_MONTH = new RegExp(`\\b(?:(\\d{1,2})\\s+(${MONTH_NAMES})|(${MONTH_NAMES})\\s+(\\d{1,2}))\\b(?!,?\\s+\\d{4})`);

export interface Publication {
  published?: string;
  publishedBasis: string;
  /** True when the user gave the day. */
  given: boolean;
}

/** The first line, when it reads as a headline or standfirst (a short first paragraph); else undefined. */
export function headlineOf(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0].trim();
  return first && first.length <= 200 ? first : undefined;
}

/**
 * The publication day. Given (`--published`), it is checked only for shape. Otherwise it is counted from a span the
 * text runs up to the time of writing ("six days since…", "in the last six days") and a day the text gives in full,
 * with its year; without both the text cannot date itself, and that is said.
 */
export function publicationOf(sentences: Sentence[], published: string | undefined, locale?: string): Publication {
  if (published) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published + 'T00:00:00Z')) || new Date(published + 'T00:00:00Z').toISOString().slice(0, 10) !== published) {
      throw new RangeError(`published must be a real calendar day as YYYY-MM-DD, not “${published}”`);
    }
    return { published, publishedBasis: 'Given by the editor when the draft was made (not read from the text).', given: true };
  }
  // Days the text gives in full (with a year) need no publication date to resolve.
  const fullDates: Array<DateFinding & { sentence: number }> = [];
  for (const s of sentences) {
    for (const f of findDates(s.text, { locale })) if (/^\d{4}-\d{2}-\d{2}$/.test(f.date)) fullDates.push({ ...f, sentence: s.index });
  }
  for (const s of sentences) {
    const since = findSince(s.text);
    const span = since ?? findSpanToNow(s.text);
    if (!span || !fullDates.length) continue;
    // The anchor: a full date in the same sentence, else the earliest one in the article (where a story starts).
    const anchor = fullDates.find((f) => f.sentence === s.index) ?? [...fullDates].sort((a, b) => a.date.localeCompare(b.date))[0];
    const day = addDays(anchor.date, span.days);
    return {
      published: day,
      given: false,
      publishedBasis: `Inferred: the text says “${span.words}” and dates ${anchor.sentence === s.index ? 'that starting point' : 'the earliest event it names'} “${anchor.words}”, ${longDay(anchor.date)}; ${span.days} days after it is ${longDay(day)} (counting ${longDay(anchor.date)} as day one would give ${longDay(addDays(day, -1))}).`,
    };
  }
  // A span and a day without its year ("Six days since…", "broke out on 24 February"): the day and month follow,
  // the year does not, so say what the text gives and set nothing.
  const span = sentences.map((s) => findSince(s.text) ?? findSpanToNow(s.text)).find(Boolean);
  const yearless = sentences.map((s) => DAY_MONTH.exec(s.text)).find(Boolean);
  if (span && yearless && !fullDates.length) {
    const [, d1, m1, m2, d2] = yearless;
    const month = MONTHS.indexOf((m1 ?? m2).slice(0, 3).toLowerCase());
    const day = Number(d1 ?? d2);
    const on = (n: number) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month, day + n));
    return {
      given: false,
      publishedBasis: `The text gives no publication date: it says “${span.words}” and dates “${yearless[0]}” without a year, which puts publication on ${on(span.days)} (${on(span.days - 1)} counting the first day as one) of a year the text does not give${month === 1 && day + span.days > 28 ? ' (a day earlier in a leap year)' : ''}, so none is set; give --published to date the rest.`,
    };
  }
  return {
    given: false,
    publishedBasis: fullDates.length
      ? 'The text gives no publication date and no span from a dated event (such as “six days since…”) to count one from, so none is inferred; only days the text states in full, with their year, are drafted.'
      : 'The text gives no publication date, and no day with its year to count one from, so none is inferred and only what the text dates outright (with a year) is drafted: give --published to resolve “on Monday” and the like.',
  };
}
