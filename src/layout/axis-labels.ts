interface Gap {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

/**
 * The gap labels to draw (issue 14, item 10): each compressed gap says how long it is ("154 years"), centred on
 * its break, the longest gaps first; one that would cover another, or a `reserved` span (px, e.g. the context
 * year), is left out. They have a row of their own under the tick labels, so no tick label is covered or lost.
 * `width` measures a label (px).
 */
export function gapLabels<G extends Gap>(gaps: readonly G[], gapLabel: (gap: G) => string, width: (text: string) => number, reserved: [number, number][] = []): { gap: G; label: string }[] {
  const boxes = [...reserved];
  const shown: { gap: G; label: string }[] = [];
  for (const gap of [...gaps].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const label = gapLabel(gap);
    const half = label ? width(label) / 2 + 3 : 0;
    const mid = (gap.x0 + gap.x1) / 2;
    if (half && boxes.every(([a, b]) => mid + half <= a || mid - half >= b)) boxes.push([mid - half, mid + half]), shown.push({ gap, label });
  }
  return shown;
}
