import { buildSvgModel, labelFont, resolveSvgColours } from './svg-model.js';
import { measureText } from './text-measure.js';
import type { CategoryStyle } from '../model/categories.js';
import type { Geometry } from '../layout/chart-geometry.js';
import type { Formatter } from '../format.js';
import type { SvgModel } from './export.js';
import type { ChartOptions, ChartView, TimelineState } from '../timeline-state.js';
import type { TimelineStrings } from '../strings.js';

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
 * The chart as a standalone SVG model: reads the page's styles (the author's custom properties, the theme) once,
 * then hands the pure model (render/svg-model.ts) literal colours and the label font's measurements.
 */
export function svgModelOf({ host, root, geometry, title, styles, markerRadius, rtl, format }: SvgExportInput): SvgModel {
  const hostStyle = getComputedStyle(host);
  const rootStyle = root ? getComputedStyle(root) : hostStyle;
  const dark = !!root && (root.classList.contains('dark') || (root.classList.contains('auto') && matchMedia('(prefers-color-scheme: dark)').matches));
  const { colours, colourOf } = resolveSvgColours(
    { host: (name) => hostStyle.getPropertyValue(name), root: (name) => rootStyle.getPropertyValue(name), backgroundColor: rootStyle.backgroundColor, color: rootStyle.color, dark },
    (category) => styles.get(category),
  );
  const family = hostStyle.fontFamily || 'sans-serif';
  const font = labelFont(family);
  return buildSvgModel({
    geometry,
    title,
    font: family,
    colours,
    colourOf,
    shapeOf: (category) => styles.get(category)?.shape,
    markerRadius,
    measure: (text) => measureText(text, font),
    gapLabel: format.gapLabel,
    number: format.number,
    rtl,
  });
}

/** The export's model of the chart on show, or (in the vertical or table view) of the horizontal chart at 1000 px. */
export function chartSvgModel(host: HTMLElement, s: TimelineState, strings: TimelineStrings, timeZone: string, inputs: [ChartView, ChartOptions]): SvgModel {
  const geometry = s.geometry ?? s.chartAt(1000, getComputedStyle(host), ...inputs);
  const root = host.shadowRoot?.querySelector<HTMLElement>('.root') ?? null;
  return svgModelOf({ host, root, geometry, title: s.parsed?.title ?? '', styles: s.styles, markerRadius: s.markerRadius, rtl: s.rtl, format: s.formatter(strings, timeZone) });
}
