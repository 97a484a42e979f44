import { AXIS_HEIGHT, LABEL_FONT_SIZE } from '../layout/metrics.js';
import { UNCATEGORISED, type CategoryStyle } from '../model/categories.js';
import { DARK, LIGHT } from '../styles/palette.js';
import { measureText } from './text-measure.js';
import { shapePath } from './shapes.js';
import type { Geometry } from '../layout/chart-geometry.js';
import type { Formatter } from '../format.js';
import type { SvgModel } from './export.js';

export interface SvgExportInput {
  host: HTMLElement;
  /** The element's `.root` (its theme class and resolved colours), if rendered. */
  root: HTMLElement | null;
  geometry: Geometry | null;
  title: string;
  styles: ReadonlyMap<string, CategoryStyle>;
  markerRadius: number;
  rtl: boolean;
  format: Formatter;
}

/**
 * The chart as a standalone SVG model: colours resolved from the page (the author's custom properties, else the
 * palette), labels shortened to the widths the layout gave them, mirrored for right-to-left pages.
 */
export function svgModelOf({ host, root, geometry: g, title, styles, markerRadius, rtl, format }: SvgExportInput): SvgModel {
  const hostStyle = getComputedStyle(host);
  const style = root ? getComputedStyle(root) : hostStyle;
  const dark = !!root && (root.classList.contains('dark') || (root.classList.contains('auto') && matchMedia('(prefers-color-scheme: dark)').matches));
  const palette = dark ? DARK : LIGHT;
  const prop = (name: string, fallback: string) =>
    hostStyle.getPropertyValue(`--conflict-timeline-${name}`).trim() || style.getPropertyValue(`--_${name}`).trim() || fallback;
  const model: SvgModel = {
    width: g?.width ?? 1000,
    height: g?.height ?? 100,
    font: hostStyle.fontFamily || 'sans-serif',
    background: style.backgroundColor || palette.bg,
    color: style.color || palette.fg,
    muted: prop('axis-color', palette.axis),
    grid: prop('grid-color', palette.grid),
    title,
    top: title ? 32 : 0,
    ticks: [], gaps: [], bars: [], markers: [], labels: [], clusters: [],
  };
  if (!g) return model;
  const colorOf = (category: string) => {
    const s = styles.get(category);
    if (!s || category === UNCATEGORISED) return prop('event-color', palette.event);
    return hostStyle.getPropertyValue(`--conflict-timeline-category-${s.key}${dark ? '-dark' : ''}`).trim() ||
      (dark ? hostStyle.getPropertyValue(`--conflict-timeline-category-${s.key}`).trim() : '') || (dark ? s.dark : s.light);
  };
  const font = `${LABEL_FONT_SIZE}px ${hostStyle.fontFamily || 'sans-serif'}`;
  const fit = (text: string, width: number) => {
    if (measureText(text, font) <= width) return text;
    let n = text.length;
    while (n > 1 && measureText(`${text.slice(0, n)}…`, font) > width) n--;
    return `${text.slice(0, n)}…`;
  };
  const laneY = (lane: number) => AXIS_HEIGHT + lane * g.laneHeight;
  for (const t of g.ticks) model.ticks.push({ x: t.x, labelX: t.labelX === t.x ? t.x + 4 : t.labelX, label: t.label, anchor: t.labelX === t.x ? 'start' : 'middle', major: t.major });
  for (const gap of g.gaps) model.gaps.push({ x0: gap.x0, x1: gap.x1, label: format.gapLabel(gap) });
  for (const e of g.inView) {
    const p = g.placed.get(e.id)!;
    const color = colorOf(e.category);
    const y = laneY(p.lane);
    if (p.barX1 - p.barX0 > 1) model.bars.push({ x: p.barX0, y: y + 3, width: p.barX1 - p.barX0, height: g.laneHeight - 10, color, opacity: 0.16 });
    model.markers.push({ x: p.markerX, y: y + g.laneHeight / 2 - 1, path: shapePath(styles.get(e.category)?.shape ?? 'circle', markerRadius - 0.5), color, dashed: e.when.approximate || e.when.uncertain });
    if (p.labelWidth > 0) {
      const right = p.labelSide === 'right';
      model.labels.push({ x: right ? p.markerX + markerRadius + 6 : p.markerX - markerRadius - 6, y: y + g.laneHeight / 2 + 3.5, text: fit(e.event.title, p.labelWidth), anchor: right ? 'start' : 'end' });
    }
  }
  for (const c of g.clusters) {
    const x0 = Math.max(0, c.x0) + 2;
    const x1 = Math.min(g.width, c.x1) - 2;
    model.clusters.push({ x: x0, y: AXIS_HEIGHT + 6, width: Math.max(24, x1 - x0), height: 40, text: format.number(c.count) });
  }
  if (rtl) {
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
