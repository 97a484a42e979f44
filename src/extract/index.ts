// Drafts a timeline from news articles: `extractEvents(text, options)` returns a dataset in the element's format
// (data/schema.json) for an editor to correct. Titles and summaries are drafts cut from the article's sentences;
// every quote is a verbatim slice of it; every date that the text does not give outright carries a dateNote.
import { findDates, type DateFinding } from './dates.js';
import { draftEvents, figuresOf, placeOf, type Draft } from './draft.js';
import type { GazetteerEntry } from './gazetteer.js';
import { headlineOf, publicationOf } from './publication.js';
import { splitSentences } from './sentences.js';

export { CATEGORY_KEYWORDS, categorize } from './categories.js';
export { GAZETTEER, type GazetteerEntry } from './gazetteer.js';
export { findDates } from './dates.js';
export { findFigures } from './figures.js';
export { splitSentences } from './sentences.js';

export interface ExtractOptions {
  /** Publication day as YYYY-MM-DD; without it, it is inferred where the text allows. */
  published?: string;
  /** The source's kebab-case id (default: from the title). */
  sourceId?: string;
  /** The headline (default: the article's first line). */
  title?: string;
  /** `en-GB` (default: 3/1 is 3 January) or `en-US` (3/1 is 1 March). */
  locale?: string;
  /** Places to know besides the built-in gazetteer. */
  places?: readonly GazetteerEntry[];
}

/** The element's data format, as far as drafts use it (see data/schema.json). */
export interface DraftSource { id: string; title: string; publisher: null; published?: string; publishedBasis: string }
export interface DraftEvent {
  id: string;
  date: string;
  title: string;
  summary: string;
  category?: string;
  place?: { name: string; lat?: number; lon?: number };
  figures?: Array<{ label: string; value: number; unit?: string; qualifier?: string; attribution?: string }>;
  citations: Array<{ source: string; quote: string }>;
  dateBasis: 'explicit' | 'relative' | 'inferred';
  dateNote?: string;
}
export interface DraftDataset { title: string; description: string; sources: DraftSource[]; events: DraftEvent[] }

const DRAFT_NOTE = 'Drafted by conflict-timeline-extract: every title and summary is a draft cut from the article’s own sentence, for an editor to rewrite; every quote is verbatim; dates not given outright say how they were worked out.';

/** One article's draft timeline. */
export function extractEvents(text: string, options: ExtractOptions = {}): DraftDataset {
  return extractArticles([{ text, options }]);
}

/** Several articles as one dataset, one source each. */
export function extractArticles(articles: ReadonlyArray<{ text: string; options?: ExtractOptions }>): DraftDataset {
  const sources: DraftSource[] = [];
  const events: DraftEvent[] = [];
  const ids = new Set<string>();
  for (const { text, options = {} } of articles) {
    const { source, drafts } = draftArticle(text, options, new Set(sources.map((s) => s.id)));
    sources.push(source);
    for (const draft of drafts) events.push(toEvent(draft, source.id, text, ids, options));
  }
  events.sort((a, b) => a.date.localeCompare(b.date));
  const title = articles.length === 1 ? `Draft timeline: ${sources[0].title}` : `Draft timeline from ${articles.length} articles`;
  return { title, description: DRAFT_NOTE, sources, events };
}

function draftArticle(text: string, options: ExtractOptions, takenIds: Set<string>): { source: DraftSource; drafts: Draft[] } {
  const sentences = splitSentences(text);
  // No short first line: the first sentence stands in, cut at a word (an editor gives the real headline).
  const opening = sentences[0]?.text ?? '';
  const title = options.title?.trim() || headlineOf(text) || (opening.length > 120 ? opening.slice(0, opening.lastIndexOf(' ', 119)) + '…' : opening) || 'Untitled article';
  const publication = publicationOf(sentences, options.published, options.locale);
  const id = unique(options.sourceId ? slug(options.sourceId) : slug(title, 6) || 'article', takenIds);
  const source: DraftSource = { id, title, publisher: null, ...(publication.published ? { published: publication.published } : {}), publishedBasis: publication.publishedBasis };
  const ctx = { published: publication.published, publishedLabel: publication.given ? 'publication' : 'inferred publication', locale: options.locale };
  // The earliest day the article gives outright: the start of its story, which bounds what it tells without a day.
  let anchor: DateFinding | undefined;
  for (const s of sentences) {
    for (const f of findDates(s.text, ctx)) if (f.basis === 'explicit' && /^\d{4}-\d{2}-\d{2}$/.test(f.date) && (!anchor || f.date < anchor.date)) anchor = f;
  }
  return { source, drafts: draftEvents(sentences, { ...ctx, anchor }) };
}

function toEvent(draft: Draft, sourceId: string, article: string, ids: Set<string>, options: ExtractOptions): DraftEvent {
  const lead = draft.quotes[0].text;
  const title = draftTitle(lead);
  const event: DraftEvent = {
    id: unique(slug(`${draft.date.slice(0, 10)} ${title}`, 8), ids),
    date: draft.date,
    title,
    summary: `Draft: ${draft.sentence.text === lead ? lead : lead.replace(/[,;:]?$/, '.')}`.replace(/\s*\([^()]*\)\s*$/, ''),
    citations: draft.quotes.map((q) => ({ source: sourceId, quote: q.text })),
    dateBasis: draft.basis,
  };
  if (draft.category) event.category = draft.category;
  const place = placeOf(draft, article, options.places);
  if (place) event.place = place.lat === undefined ? { name: place.name } : place;
  const figures = figuresOf(draft);
  if (figures.length) event.figures = figures;
  if (draft.note) event.dateNote = draft.note;
  return event;
}

// Openings that a title does without.
const LEAD_IN = /^(?:(?:but|and|so far|so|meanwhile|however|still|despite|now|then)\b[\s,]*)+/i;

/** The first clause, without its lead-in words, cut at a word to at most 60 characters. */
export function draftTitle(text: string): string {
  let t = text.replace(LEAD_IN, '').replace(/^["“]|["”.]+$/g, '').trim();
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length <= 60) return t;
  const cut = t.slice(0, 59);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 30)).replace(/[\s,;:–-]+$/, '') + '…';
}

/** A kebab-case id of at most `words` words, ASCII only. */
function slug(text: string, words = 12): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, words).join('-');
}

function unique(id: string, taken: Set<string>): string {
  let candidate = id || 'event';
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
