// Splitting an article into sentences and clauses, keeping every piece's offsets in the original text so that a
// quote is always a slice of the article (verbatim, typographic quotes included), never a re-typed string.

export interface Sentence {
  /** The sentence as it stands in the article, without surrounding whitespace. */
  text: string;
  /** Offset of `text` in the article. */
  start: number;
  /** Index of its paragraph (a run of text between line breaks). */
  paragraph: number;
  /** Index of the sentence in the article. */
  index: number;
  /** The article's first line, when it reads as a headline or a standfirst. */
  headline: boolean;
  /** A photo caption: a one-sentence paragraph ending in a credit such as "(AP)" or "(via REUTERS)". */
  caption: boolean;
}

// Titles and initials whose full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Maj|Cpl|Pte|No|vs|[A-Z])\.$/;
// Photo credits as newspapers print them after a caption.
const CREDIT = /\s*\((?:[^()]*\b(?:AP|AFP|REUTERS|Reuters|Getty|Images|Photo|PA|EPA|via)\b[^()]*)\)\s*$/;

/**
 * The article's sentences. Intl.Segmenter (built into browsers and Node, so it costs no bytes) finds the
 * boundaries and keeps a closing quote with its sentence; the pieces it cuts at a title or an initial are joined
 * again. Paragraphs are split first, because headlines and captions often end without a full stop.
 */
export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const out: Sentence[] = [];
  const paragraphs = /[^\n]+/g;
  let paragraph = 0;
  for (let match = paragraphs.exec(text); match; match = paragraphs.exec(text)) {
    if (!match[0].trim()) continue;
    const base = match.index;
    const pieces = [...segmenter.segment(match[0])];
    const isCaption = pieces.length <= 2 && CREDIT.test(match[0]);
    for (const piece of pieces) {
      const lead = piece.segment.length - piece.segment.trimStart().length;
      const body = piece.segment.trim();
      if (!body) continue;
      const last = out.at(-1);
      // Intl.Segmenter ends a sentence at "Mr." or "Dr." or an initial: join the piece to the one before.
      if (last && last.paragraph === paragraph && ABBREVIATION.test(last.text)) {
        last.text = text.slice(last.start, base + piece.index + lead + body.length);
        continue;
      }
      out.push({ text: body, start: base + piece.index + lead, paragraph, index: out.length, headline: paragraph === 0, caption: isCaption });
    }
    paragraph++;
  }
  return mergeQuotedRuns(out, text);
}

/** Without its photo credit: "Local residents prepare Molotov cocktails (REUTERS)" → "…cocktails". */
export function withoutCredit(sentence: string): string {
  return sentence.replace(CREDIT, '');
}

/**
 * Rejoins a quotation that the segmenter cut at its inner full stops ("It's been hell. Literal hell. …," a woman
 * says.), so that the speaker stays with the words, as a reader would cite them.
 */
function mergeQuotedRuns(sentences: Sentence[], article: string): Sentence[] {
  const out: Sentence[] = [];
  let open: Sentence | undefined;
  for (const s of sentences) {
    if (open && open.paragraph === s.paragraph) {
      const joined: Sentence = { ...open, text: article.slice(open.start, s.start + s.text.length) };
      if (quoteBalance(joined.text) % 2 === 1) { open = joined; continue; }
      out.push(joined);
      open = undefined;
      continue;
    }
    if (open) out.push(open);
    open = undefined;
    if (quoteBalance(s.text) % 2 === 1 && /^["“]/.test(s.text)) open = s;
    else out.push(s);
  }
  if (open) out.push(open);
  return out.map((s, index) => ({ ...s, index }));
}

function quoteBalance(text: string): number {
  return (text.match(/["“”]/g) ?? []).length;
}

export interface Clause {
  text: string;
  start: number;
}

// Where one sentence changes the subject: "X, despite a brief ceasefire which …", "X; Y", "X, after Y".
const CLAUSE_BREAK = /(?:,\s+(?=(?:despite|after|while|although|whereas|but|before|as)\s)|;\s+|\s+(?=despite\s))/g;

const RELATIVE = /^([A-Z][^,]{0,60},\s+(?:which|who)\s[^,]+),\s+(?=(?:has|have|had|is|are|was|were)\s)/;

/** The sentence's clauses, each a slice of it (offsets in the article). */
export function splitClauses(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  // "The war, which broke out on 24 February, has already claimed…": the subject with its relative clause is one
  // fact, what follows the closing comma another.
  const relative = RELATIVE.exec(sentence.text);
  if (relative) {
    clauses.push(slice(sentence, 0, relative[1].length));
    from = relative[0].length;
  }
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    const end = m.index;
    if (end > from) clauses.push(slice(sentence, from, end));
    from = m.index + m[0].length;
  }
  clauses.push(slice(sentence, from, sentence.text.length));
  return clauses.filter((c) => c.text.length > 0);
}

function slice(sentence: Sentence, from: number, to: number): Clause {
  const raw = sentence.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: sentence.start + from + lead };
}
