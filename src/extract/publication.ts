// The source entry: its title and publication day, given or inferred from the article's own words.
import { addDays, findDates, findSince, findSpanToNow, longDay, type DateFinding } from './dates.js';
import type { Sentence } from './sentences.js';

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
  return {
    given: false,
    publishedBasis: fullDates.length
      ? 'The text gives no publication date and no span from a dated event (such as “six days since…”) to count one from, so none is inferred; only days the text states in full, with their year, are drafted.'
      : 'The text gives no publication date, and no day with its year to count one from, so none is inferred and only what the text dates outright (with a year) is drafted: give --published to resolve “on Monday” and the like.',
  };
}
