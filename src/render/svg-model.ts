import { AXIS_HEIGHT, LABEL_FONT_SIZE } from '../layout/metrics.js';
import { gapLabels } from '../layout/axis-labels.js';
import { UNCATEGORISED, type CategoryStyle, type MarkerShape } from '../model/categories.js';
import { DARK, LIGHT } from '../styles/palette.js';
import { shapePath } from './shapes.js';
import type { SvgModel } from './export.js';

/** What the SVG export reads of the chart's geometry (the element's `Geometry` has all of it). */
export interface SvgGeometry {
  width: number;
  height: number;
  laneHeight: number;
  ticks: readonly { x: number; labelX: number; label: string; major: boolean }[];
  gaps: readonly { start: number; end: number; x0: number; x1: number }[];
  /** Events drawn one by one, in time order; each has an entry in `placed`. */
  inView: readonly { id: string; category: string; when: { approximate: boolean; uncertain: boolean }; event: { title: string } }[];
  placed: { get(id: string): SvgPlacedEvent | undefined };
  clusters: readonly { x0: number; x1: number; count: number }[];
}

export interface SvgPlacedEvent {
  lane: number;
  markerX: number;
  barX0: number;
  barX1: number;
  labelWidth: number;
  labelSide: 'right' | 'left';
}

/** The picture's own colours, as literals. */
export interface SvgColours {
  background: string;
  color: string;
  muted: string;
  grid: string;
}

export interface SvgModelInput {
  /** The chart to draw; null gives an empty picture of 1000 × 100. */
  geometry: SvgGeometry | null;
  title: string;
  /** The font family (the label size is `LABEL_FONT_SIZE`). */
  font: string;
  colours: SvgColours;
  /** A category's marker and bar colour, as a literal. */
  colourOf: (category: string) => string;
  /** A category's marker shape (a circle when it has none). */
  shapeOf: (category: string) => MarkerShape | undefined;
  markerRadius: number;
  /** Width of a label's text in px, at `labelFont(font)`. */
  measure: (text: string) => number;
  /** The axis's gap labels ("3 days") and cluster counts, as the chart words them. */
  gapLabel: (gap: { start: number; end: number }) => string;
  number: (n: number) => string;
  /** Mirror the picture for a right-to-left page (text stays the right way round). */
  rtl: boolean;
}

/** The CSS font labels are measured and drawn in. */
export function labelFont(family: string): string {
  return `${LABEL_FONT_SIZE}px ${family}`;
}

/**
 * `text` as it fits in `width` px: whole, or cut with an ellipsis to the longest prefix that fits (at least one
 * character). Bisects the prefix length: about log2(n) measurements where the element's search from the end took
 * up to n, with the same answer as long as a longer prefix is never narrower (true of text widths).
 */
export function fitLabel(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/**
 * The chart as a standalone SVG model: ticks, gaps, bars, markers, labels (shortened to the widths the layout
 * gave them) and clusters, mirrored for right-to-left pages.
 */
export function buildSvgModel(input: SvgModelInput): SvgModel {
  const { geometry: g, title, colourOf, markerRadius: r, measure } = input;
  const model: SvgModel = {
    width: g?.width ?? 1000,
    height: g?.height ?? 100,
    font: input.font,
    background: input.colours.background,
    color: input.colours.color,
    muted: input.colours.muted,
    grid: input.colours.grid,
    title,
    top: title ? 32 : 0,
    ticks: [], gaps: [], bars: [], markers: [], labels: [], clusters: [],
  };
  if (!g) return model;
  const laneY = (lane: number) => AXIS_HEIGHT + lane * g.laneHeight;
  const gaps = gapLabels(g.gaps, input.gapLabel, (text) => (measure(text) * 11) / LABEL_FONT_SIZE);
  for (const t of g.ticks) model.ticks.push({ x: t.x, labelX: t.labelX === t.x ? t.x + 4 : t.labelX, label: t.label, anchor: t.labelX === t.x ? 'start' : 'middle', major: t.major });
  for (const gap of g.gaps) model.gaps.push({ x0: gap.x0, x1: gap.x1, label: gaps.find((s) => s.gap === gap)?.label ?? '' });
  for (const e of g.inView) {
    const p = g.placed.get(e.id)!;
    const color = colourOf(e.category);
    const y = laneY(p.lane);
    if (p.barX1 - p.barX0 > 1) model.bars.push({ x: p.barX0, y: y + 3, width: p.barX1 - p.barX0, height: g.laneHeight - 10, color, opacity: 0.16 });
    model.markers.push({ x: p.markerX, y: y + g.laneHeight / 2 - 1, path: shapePath(input.shapeOf(e.category) ?? 'circle', r - 0.5), color, dashed: e.when.approximate || e.when.uncertain });
    if (p.labelWidth > 0) {
      const right = p.labelSide === 'right';
      model.labels.push({ x: right ? p.markerX + r + 6 : p.markerX - r - 6, y: y + g.laneHeight / 2 + 3.5, text: fitLabel(e.event.title, p.labelWidth, measure), anchor: right ? 'start' : 'end' });
    }
  }
  for (const c of g.clusters) {
    const x0 = Math.max(0, c.x0) + 2;
    const x1 = Math.min(g.width, c.x1) - 2;
    model.clusters.push({ x: x0, y: AXIS_HEIGHT + 6, width: Math.max(24, x1 - x0), height: 40, text: input.number(c.count) });
  }
  if (input.rtl) {
    // Mirror the picture for right-to-left pages, keeping text the right way round.
    const w = model.width;
    const flip = (a: 'start' | 'middle' | 'end') => (a === 'start' ? 'end' : a === 'end' ? 'start' : 'middle');
    model.ticks = model.ticks.map((t) => ({ ...t, x: w - t.x, labelX: w - t.labelX, anchor: flip(t.anchor) }));
    model.gaps = model.gaps.map((gap) => ({ ...gap, x0: w - gap.x1, x1: w - gap.x0 }));
    model.bars = model.bars.map((b) => ({ ...b, x: w - b.x - b.width }));
    model.markers = model.markers.map((mk) => ({ ...mk, x: w - mk.x }));
    model.labels = model.labels.map((l) => ({ ...l, x: w - l.x, anchor: flip(l.anchor) as 'start' | 'end' }));
    model.clusters = model.clusters.map((c) => ({ ...c, x: w - c.x - c.width }));
  }
  return model;
}

/** How the export reads the page's styles: raw computed values (custom properties are trimmed here). */
export interface SvgStyleSource {
  /** A custom property as computed on the host (`--conflict-timeline-*`, the author's). */
  host: (name: string) => string;
  /** A custom property as computed on the element's root (`--_*`, the theme's); the host's when not rendered. */
  root: (name: string) => string;
  /** The root's computed `background-color` and `color`. */
  backgroundColor: string;
  color: string;
  /** Whether the dark scheme is on show. */
  dark: boolean;
}

/**
 * The picture's colours as literals: the author's custom properties, else the theme's, else the palette; a
 * category's colour from its `--conflict-timeline-category-<key>[-dark]` property, else its style.
 */
export function resolveSvgColours(source: SvgStyleSource, styleOf: (category: string) => CategoryStyle | undefined): { colours: SvgColours; colourOf: (category: string) => string } {
  const { host, root, dark } = source;
  const palette = dark ? DARK : LIGHT;
  const prop = (name: string, fallback: string) => host(`--conflict-timeline-${name}`).trim() || root(`--_${name}`).trim() || fallback;
  const colours: SvgColours = {
    background: source.backgroundColor || palette.bg,
    color: source.color || palette.fg,
    muted: prop('axis-color', palette.axis),
    grid: prop('grid-color', palette.grid),
  };
  const colourOf = (category: string) => {
    const s = styleOf(category);
    if (!s || category === UNCATEGORISED) return prop('event-color', palette.event);
    return host(`--conflict-timeline-category-${s.key}${dark ? '-dark' : ''}`).trim() ||
      (dark ? host(`--conflict-timeline-category-${s.key}`).trim() : '') || (dark ? s.dark : s.light);
  };
  return { colours, colourOf };
}
