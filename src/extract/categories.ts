// The documented keyword list that gives a draft event its category (README: "Draft a timeline from an article").
// Each keyword is matched as the start of a word, case-insensitively ("refugee" matches "refugees"); the category
// with most matches wins, ties going to the earlier row. A sentence that matches none is not a reportable
// happening unless the text dates it outright (then it is kept, without a category).

export const CATEGORY_KEYWORDS: ReadonlyArray<readonly [category: string, keywords: readonly string[]]> = [
  ['diplomacy', ['talks', 'ceasefire', 'negotiat', 'treaty', 'summit', 'general assembly', 'security council', 'voted', 'vote', 'resolution', 'international criminal court', 'icj', 'envoy', 'diplomat', 'peace deal', 'sanction']],
  ['humanitarian', ['refugee', 'fled', 'flee', 'shelter', 'border', 'queue', 'aid', 'hospital', 'medical', 'electricity', 'water', 'fuel', 'evacuat', 'displaced', 'food', 'homeless', 'rescue']],
  ['civilian-harm', ['civilian', 'killed', 'dead', 'death', 'casualt', 'missile', 'struck', 'strike', 'explosion', 'rubble', 'injured', 'wounded', 'lives', 'devastat', 'destroyed', 'damaged', 'earthquake', 'quake', 'flood']],
  ['military', ['troops', 'invasion', 'invade', 'tank', 'soldier', 'army', 'forces', 'shelling', 'bombard', 'paratrooper', 'encircl', 'offensive', 'artillery', 'war broke', 'broke out', 'took up arms', 'taken up arms', 'roadblock', 'military', 'fight']],
  ['political', ['prime minister', 'president', 'minister', 'secretary', 'government said', 'parliament', 'election', 'condemned', 'visa', 'policy', 'law', 'resigned', 'announced']],
];

const PATTERNS = CATEGORY_KEYWORDS.map(([category, words]) => [category, words.map((w) => new RegExp(`\\b${w.replace(/ /g, '\\s+')}`, 'gi'))] as const);

/** The category with most keyword matches in the text, or undefined when none matches. */
export function categorize(text: string): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const [category, patterns] of PATTERNS) {
    const score = patterns.reduce((n, p) => n + (text.match(p)?.length ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [category, score];
  }
  return best;
}
