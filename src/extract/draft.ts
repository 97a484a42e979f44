// From sentences to draft events: which sentences carry a datable fact, which belong to one happening, and the
// date, category, place and figures each draft gets.
import { categorize } from './categories.js';
import { addDays, findDates, findSince, longDay, type DateBasis, type DateContext, type DateFinding } from './dates.js';
import { findFigures, type DraftFigure } from './figures.js';
import { findLandmark, findPlaces, type GazetteerEntry } from './gazetteer.js';
import { splitClauses, withoutCredit, type Clause, type Sentence } from './sentences.js';

export interface Draft {
  date: string;
  basis: DateBasis;
  note?: string;
  category?: string;
  /** Verbatim slices of the article: the first is the one the title and summary come from. */
  quotes: Clause[];
  /** The sentence the draft was started from. */
  sentence: Sentence;
  /** Set when the date comes from "N days since <this event>": such a draft joins the event the text dates itself. */
  sinceAnchor?: boolean;
}

// Words that tell a present-tense report is the day's news rather than something from earlier in the story.
const NEWS_OF_THE_DAY = /\b(?:now|today|latest|for the first time|already|so far|still|this week)\b/i;
// A sentence that opens with a name (two capitalised words, or a place) starts a happening of its own; one that
// opens with "They", "The mayor", "What's left" goes on with the one before.
const OWN_SUBJECT = /^(?:[A-Z][\p{L}’'-]+\s+){1,}(?:[A-Z][\p{L}’'-]+)|^\d/u;
const DIRECT_SPEECH = /^["“]/;
// "They chose to fight.": a short paragraph that goes on with the last one.
const PRONOUN_START = /^(?:They|He|She)\s/;
const RELATIVE_START = /^[A-Z][^,]{0,60},\s+(?:which|who)\s/;

export interface DraftContext extends DateContext {
  /** The earliest day the article gives itself, which bounds what it tells without a day. */
  anchor?: DateFinding;
}

/** The drafts of one article, merged and in reading order. */
export function draftEvents(sentences: Sentence[], ctx: DraftContext): Draft[] {
  const drafts: Draft[] = [];
  for (const sentence of sentences) {
    const last = drafts.at(-1);
    const text = withoutCredit(sentence.text);
    const clauses = splitClauses({ ...sentence, text });
    const dated: Draft[] = [];
    for (const clause of clauses) {
      const found = findDates(clause.text, ctx)[0];
      const since = ctx.published && found?.basis !== 'explicit' ? findSince(clause.text) : undefined;
      if (since && ctx.published) {
        dated.push({ ...sinceDate(since.days, since.words, ctx), category: categorize(clause.text) ?? 'military', quotes: [clause], sentence, sinceAnchor: true });
        continue;
      }
      if (found) dated.push({ date: found.date, basis: found.basis, note: found.note, category: categorize(clause.text), quotes: [clause], sentence });
    }
    // A headline sums the article up: it starts no event of its own.
    if (sentence.headline && !dated.length) continue;
    if (dated.length) {
      if (dated.length === 1 && clauses.length > 1 && !dated[0].sinceAnchor && !RELATIVE_START.test(text)) dated[0].quotes = [{ text, start: sentence.start }];
      // An undated clause beside a dated one that is told as the day's news ("…, has already claimed hundreds of lives").
      else if (ctx.published) {
        for (const clause of clauses) {
          const category = categorize(clause.text);
          if (dated.some((d) => d.quotes.includes(clause)) || !category || !NEWS_OF_THE_DAY.test(clause.text)) continue;
          dated.push({ ...undatedDate(clause.text, sentence, ctx), category, quotes: [clause], sentence });
        }
      }
      drafts.push(...dated);
      continue;
    }

    // No date of its own: a quotation or a continuation joins the happening before it, in the same or the last paragraph.
    const continues = last && !last.sinceAnchor && (DIRECT_SPEECH.test(text)
      ? sentence.paragraph - last.sentence.paragraph <= 1
      : (sentence.paragraph === last.sentence.paragraph && !OWN_SUBJECT.test(text)) || (PRONOUN_START.test(text) && sentence.paragraph - last.sentence.paragraph <= 1));
    if (continues) { last.quotes.push({ text, start: sentence.start }); continue; }
    if (DIRECT_SPEECH.test(text) || !ctx.published) continue;
    const category = categorize(text);
    if (!category) continue; // nothing reportable and no date: no event
    drafts.push({ ...undatedDate(text, sentence, ctx), category, quotes: [{ text, start: sentence.start }], sentence });
  }
  return joinSinceAnchors(drafts);
}

/** "Six days since X": publication minus six days, snapped to a day the article gives itself one day away. */
function sinceDate(days: number, words: string, ctx: DraftContext): Pick<Draft, 'date' | 'basis' | 'note'> {
  const counted = addDays(ctx.published!, -days);
  const label = ctx.publishedLabel ?? 'publication';
  const anchor = ctx.anchor;
  if (anchor && /^\d{4}-\d{2}-\d{2}$/.test(anchor.date) && Math.abs(Date.parse(anchor.date) - Date.parse(counted)) <= 86_400_000) {
    return { date: anchor.date, basis: 'relative', note: `“${words}” before the ${label} (${longDay(ctx.published!)}) gives ${longDay(counted)}; counting inclusively it is ${longDay(anchor.date)}, the day the article itself gives (“${anchor.words}”), which is taken.` };
  }
  return { date: counted, basis: 'relative', note: `“${words}”, counted back from the ${label} (${longDay(ctx.published!)}), gives ${longDay(counted)} (${longDay(addDays(counted, 1))} if the first day is counted as one).` };
}

/** A happening told without a day: the day's news, or only bounded by the story's start and the publication. */
function undatedDate(text: string, sentence: Sentence, ctx: DraftContext): Pick<Draft, 'date' | 'basis' | 'note'> {
  const label = ctx.publishedLabel ?? 'publication';
  const pub = longDay(ctx.published!);
  const anchor = ctx.anchor;
  if (anchor && /^\d{4}-\d{2}-\d{2}$/.test(anchor.date) && anchor.date < ctx.published! && !NEWS_OF_THE_DAY.test(text)) {
    return { date: `${anchor.date}/${ctx.published}`, basis: 'inferred',
      note: `${sentence.caption ? 'An undated photo caption' : 'Told with no day'}, so only the earliest day the article gives (“${anchor.words}”, ${longDay(anchor.date)}) and its ${label} (${pub}) bound it.` };
  }
  const cue = NEWS_OF_THE_DAY.exec(text)?.[0];
  return { date: ctx.published!, basis: 'inferred',
    note: `Told ${cue ? `as the day’s news (“${cue}”)` : 'in the present with no day'}, so dated to the article’s ${label} (${pub}).` };
}

/** "Six days since Russia ordered troops…" is the invasion the article dates elsewhere: one event, both quotes. */
function joinSinceAnchors(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find((o) => o.date === d.date && o.sinceAnchor !== d.sinceAnchor && (o.sinceAnchor ? d : o).basis === 'explicit');
    if (!twin) { out.push(d); continue; }
    // The explicit date and its wording lead; the counted one adds its quote and names what happened (its category).
    const [lead, other] = twin.sinceAnchor ? [d, twin] : [twin, d];
    Object.assign(twin, { ...lead, category: other.category ?? lead.category, quotes: [...lead.quotes, ...other.quotes], sinceAnchor: false });
  }
  return out;
}

/** The place: a landmark with its city, else the first city, else the first country; "the city" refers back. */
export function placeOf(draft: Draft, article: string, gazetteer?: readonly GazetteerEntry[]): { name: string; lat?: number; lon?: number } | undefined {
  const text = draft.quotes.map((q) => q.text).join(' ');
  let city = findPlaces(text, gazetteer).find((p) => p.entry.kind === 'city')?.entry;
  if (!city && /\bthe city(?:’s|'s)?\b/i.test(text)) {
    const before = findPlaces(article.slice(0, draft.quotes[0].start), gazetteer).filter((p) => p.entry.kind === 'city');
    city = before.sort((a, b) => b.index - a.index)[0]?.entry;
  }
  const landmark = findLandmark(text);
  if (city) return { name: landmark ? `${landmark}, ${city.name}` : city.name, lat: city.lat, lon: city.lon };
  const country = findPlaces(text, gazetteer).find((p) => p.entry.kind === 'country')?.entry;
  return country ? { name: country.name } : undefined;
}

/** The figures of every quote, each once. */
export function figuresOf(draft: Draft): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const q of draft.quotes) {
    for (const f of findFigures(q.text)) if (!out.some((o) => o.value === f.value && o.label === f.label)) out.push(f);
  }
  return out;
}
