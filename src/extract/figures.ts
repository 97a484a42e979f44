// Numbers a sentence reports: "more than 2000 men, women and children", "up to 60 hours", "close to 836,000
// refugees", "up to four million people", with the qualifier before them and who says so.
import { countWord } from './dates.js';

export interface DraftFigure {
  label: string;
  value: number;
  unit?: string;
  qualifier?: string;
  attribution?: string;
}

const QUALIFIERS = ['more than', 'over', 'almost', 'nearly', 'up to', 'close to', 'about', 'around', 'at least', 'roughly', 'some', 'fewer than', 'less than', 'as many as'];
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const UNITS = ['km', 'kilometres', 'kilometers', 'miles', 'hours', 'days', 'weeks', '%', 'per cent', 'percent'];
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)`;
const FIGURE = new RegExp(
  String.raw`(?:\b(${QUALIFIERS.join('|')})\s+)?(?<![\d,.:])\b${NUMBER}(?:\s+(thousand|million|billion))?\s*(${UNITS.join('|')})?(?![\d:]|,\d|-[A-Za-z0-9])`,
  'gi',
);
// Words that end a figure's label: verbs and linking words.
const LABEL_STOP = /^(?:have|has|had|were|was|are|is|to|in|at|from|on|who|which|that|since|after|before|for|by|of|may|might|will|would|could|said|say|says|according|long|wide|away|mostly|now|already|so|but|although|with)$/i;
// Numbers that are not figures: days of the month, years, times, ordinals.
const NOT_A_FIGURE = /^(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:1[89]|20)\d\d\b(?![\s\p{L}]+\p{L}))/u;
// A year after a preposition ("in 2014", "since 2000 troops…" is rare enough to lose).
const YEAR_LEAD = /\b(?:in|since|by|of|during|until|from)\s+$/i;

/** The figures in a clause; `sentence` (the whole sentence) is searched for who claims them. */
export function findFigures(clause: string, sentence = clause): DraftFigure[] {
  const attribution = findAttribution(sentence);
  const out: DraftFigure[] = [];
  for (const m of clause.matchAll(FIGURE)) {
    const [whole, qualifier, number, scale, unit] = m;
    const numberAt = m.index + whole.indexOf(number);
    if (NOT_A_FIGURE.test(clause.slice(numberAt))) continue;
    if (/^(?:1[89]|20)\d\d$/.test(number) && !qualifier && YEAR_LEAD.test(clause.slice(0, numberAt))) continue;
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/.test(clause.slice(Math.max(0, numberAt - 10), numberAt).replace(/^.*?\b(?=[A-Z])/, ''))) continue;
    let value = countWord(number);
    if (value === undefined || (/^[a-z]+$/i.test(number) && !scale && !qualifier && !unit)) continue; // "one of the worst-hit"
    if (scale) value *= SCALE[scale.toLowerCase()];
    const measure = /\b(magnitude|aged|number)\s+$/i.exec(clause.slice(0, numberAt))?.[1];
    const label = measure ?? labelAfter(clause.slice(m.index + whole.length)) ?? (unit ? labelBefore(clause.slice(0, m.index)) : undefined);
    if (!label && !unit) continue; // a bare number ("141") with nothing counted
    if (unit && /^(?:days|weeks)$/i.test(unit) && !qualifier) continue; // "six days since": a span, dated elsewhere
    const figure: DraftFigure = { label: label ?? unit!, value };
    if (unit) figure.unit = unit.replace(/^(kilomet(?:re|er)s)$/i, 'km').replace(/^(?:per cent|percent)$/i, '%');
    if (qualifier) figure.qualifier = qualifier.toLowerCase() === 'over' ? 'more than' : qualifier.toLowerCase();
    if (attribution) figure.attribution = attribution;
    out.push(figure);
  }
  return out;
}

/** "men, women and children" from " men, women and children have lost their lives". */
function labelAfter(rest: string): string | undefined {
  const words: string[] = [];
  let list = false;
  for (const token of rest.trimStart().split(/\s+/)) {
    const word = token.replace(/[.,;:!?”"’)]+$/, '');
    if (list && /^(?:and|or)$/i.test(word)) { words.push(word); continue; }
    if (!word || LABEL_STOP.test(word) || /^(?:and|or|times)$/i.test(word) || !/^[\p{L}-]+$/u.test(word)) break;
    words.push(word);
    if (words.length >= 5) break;
    // A comma ends the label unless a list goes on ("men, women and children").
    if (/,$/.test(token)) {
      if (!/^\s*[\p{L}]+(?:,\s*[\p{L}]+)*\s+(?:and|or)\s+/u.test(rest.slice(rest.indexOf(token) + token.length))) break;
      list = true;
      words[words.length - 1] += ','; // "men, women and children"
    }
    if (/[.;:!?]$/.test(token)) break;
  }
  return words.length ? words.join(' ').replace(/,$/, '') : undefined;
}

/** For a measure with nothing after it: "waiting for up to 60 hours" → "waiting for". */
function labelBefore(head: string): string | undefined {
  const words = head.trim().split(/\s+/).slice(-3).filter((w) => /^[\p{L}-]+$/u.test(w));
  return words.length ? words.join(' ') : undefined;
}

/** Who claims the sentence's numbers: "The Ukraine government says", "…, the UN refugee agency said", "according to X". */
export function findAttribution(sentence: string): string | undefined {
  const patterns = [
    /\baccording to ((?:the\s+)?[^,.;]+)/i,
    /,\s+((?:the\s+)?[A-Z][^,.;"“”]*?)\s+(?:said|says|reported|reports|estimated|estimates)\b/,
    /^([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)*),\s[^.]*?\btold\b/u,
    /^(?:The\s+)?([A-Z][^,.;"“”]*?)\s+(?:said|says|estimated|estimates|reported|reports|conceded|admitted)\b/,
    /^([A-Z][\p{L}]+)(?:’s|'s)\s+(?:conceded|admitted|said)\b/u,
    /\b((?:the\s+)?[A-Z][^,.;"“”]*?)(?:’s|'s)?\s+(?:latest\s+)?figures\s+show\b/,
  ];
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (m && m[1].split(/\s+/).length <= 10) return m[1].replace(/^the\s+/i, '').trim();
  }
  return undefined;
}
