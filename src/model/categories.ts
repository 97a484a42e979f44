/**
 * Categories: the built-in list is designed (a colour and a shape each, light and dark); other category names
 * take colours and shapes from a cycle, in order of first appearance. Every colour meets 4.5:1 against the
 * element's own background in its scheme, and no two categories share a shape before the cycle wraps,
 * so colour is never the only difference.
 */
export type MarkerShape = 'circle' | 'triangle' | 'square' | 'diamond' | 'hexagon' | 'star' | 'pentagon' | 'cross';

export interface CategoryStyle {
  /** The category name as in the data. */
  name: string;
  /** A CSS-safe key used for custom properties: `--conflict-timeline-category-<key>`. */
  key: string;
  /** Human-readable label. */
  label: string;
  shape: MarkerShape;
  light: string;
  dark: string;
}

export const BUILTIN_CATEGORIES: readonly CategoryStyle[] = [
  { name: 'military', key: 'military', label: 'Military', shape: 'circle', light: '#b3261e', dark: '#ff8a80' },
  { name: 'civilian-harm', key: 'civilian-harm', label: 'Civilian harm', shape: 'triangle', light: '#a35200', dark: '#ffb74d' },
  { name: 'humanitarian', key: 'humanitarian', label: 'Humanitarian', shape: 'square', light: '#00796b', dark: '#4db6ac' },
  { name: 'diplomacy', key: 'diplomacy', label: 'Diplomacy', shape: 'diamond', light: '#1f5fbf', dark: '#8ab4ff' },
  { name: 'political', key: 'political', label: 'Political', shape: 'hexagon', light: '#6a3d9a', dark: '#d0a8f0' },
];

/** The cycle for other category names: shapes first differ, then colours. */
const CYCLE: readonly Omit<CategoryStyle, 'name' | 'key' | 'label'>[] = [
  { shape: 'circle', light: '#1f5fbf', dark: '#8ab4ff' },
  { shape: 'square', light: '#b3261e', dark: '#ff8a80' },
  { shape: 'triangle', light: '#00796b', dark: '#4db6ac' },
  { shape: 'diamond', light: '#a35200', dark: '#ffb74d' },
  { shape: 'hexagon', light: '#6a3d9a', dark: '#d0a8f0' },
  { shape: 'star', light: '#37474f', dark: '#cfd8dc' },
  { shape: 'pentagon', light: '#8a1c5c', dark: '#f48fb1' },
  { shape: 'cross', light: '#4e6b00', dark: '#c5e1a5' },
];

export const UNCATEGORISED = 'uncategorised';

/** Makes a string safe to use inside a custom property name. */
export function categoryKey(name: string): string {
  const key = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // the accents NFKD splits off: "Émigré" is "emigre", not "e-migre"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return key || 'other';
}

function labelFor(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Styles for the given category names, in the given order. Built-in names keep their designed style;
 * others take the next unused entry of the cycle.
 */
export function assignCategoryStyles(names: readonly string[]): Map<string, CategoryStyle> {
  const styles = new Map<string, CategoryStyle>();
  let next = 0;
  // Built-in categories keep their documented key (`--conflict-timeline-category-military`) even when another
  // name that comes first slugs to it ("Military"): reserve their keys before handing out the others.
  const present = new Set(names);
  const usedKeys = new Set<string>(BUILTIN_CATEGORIES.filter((c) => present.has(c.name)).map((c) => c.key));
  const builtins = new Map(BUILTIN_CATEGORIES.map((c) => [c.name, c]));
  // For each slug, the suffix to try next: names that all slug alike (20,000 names in a script the slug drops)
  // take -2, -3, … in one step each instead of re-trying every suffix taken so far (which was quadratic).
  const nextSuffix = new Map<string, number>();
  for (const name of names) {
    if (styles.has(name)) continue;
    const builtin = builtins.get(name);
    if (builtin) {
      styles.set(name, { ...builtin });
      continue;
    }
    const base = categoryKey(name);
    let key = base;
    let n = nextSuffix.get(base) ?? 2;
    while (usedKeys.has(key)) key = `${base}-${n++}`;
    nextSuffix.set(base, n);
    usedKeys.add(key);
    const style = CYCLE[next++ % CYCLE.length];
    styles.set(name, { ...style, name, key, label: labelFor(name) });
  }
  return styles;
}
