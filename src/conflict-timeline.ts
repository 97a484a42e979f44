import { LitElement, adoptStyles, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styles } from './conflict-timeline.styles.js';
import { ResizeController } from './controllers/resize-controller.js';
import { DataSourceController, type Input } from './controllers/data-source-controller.js';
import { ZoomController, type ZoomHost } from './controllers/zoom-controller.js';
import { DeepLinkController, type DeepLinkHost, type DeepLinkState } from './controllers/deep-link-controller.js';
import { binEvents, countStarts, eventsInView, indexEvents, type Bin, type EventIndex } from './layout/event-index.js';
import { bisectLeft, clampView, isoEdge, panView, rescale, sameZoom, zoomView, type View, type ViewLimits } from './scales/view.js';
import { parseTimeline, type ParseResult } from './model/parse.js';
import { formatDateRange, parseDate } from './model/dates.js';
import { assignCategoryStyles, UNCATEGORISED, type CategoryStyle } from './model/categories.js';
import { layoutHorizontal, type PlacedEvent } from './layout/horizontal.js';
import { createTimeScale, fitDomain, type AxisGap, type TimeScale, type TimeScaleFn } from './scales/time.js';
import { computeTicks, dateFormat, type Tick } from './scales/ticks.js';
import { shapePath } from './render/shapes.js';
import { measureText } from './render/text-measure.js';
import { buildSvg, eventsToCsv, eventsToJson, svgToPng, type SvgModel } from './render/export.js';
import { fill, stringsFor, type TimelineStrings } from './strings.js';
import type {
  ConflictTimelineErrorDetail,
  ConflictTimelineLoadDetail,
  ConflictTimelineRangeChangeDetail,
  ConflictTimelineSelectDetail,
  DataOrigin,
} from './events.js';
import type { ParsedEvent, ParsedTimeline, TimelineData, TimelineEvent, ValidationIssue } from './model/types.js';

export type TimelineLayout = 'auto' | 'horizontal' | 'vertical';
export type TimelineTheme = 'auto' | 'light' | 'dark';
export type TimelineScale = 'compressed' | 'linear';
export type TimelineView = 'chart' | 'table';

const LAYOUTS = ['auto', 'horizontal', 'vertical'];
const VIEWS = ['chart', 'table'];
const THEMES = ['auto', 'light', 'dark'];
const SCALES = ['compressed', 'linear'];
/** Below this width, `layout="auto"` switches to the vertical list. */
const VERTICAL_BELOW = 600;
const AXIS_HEIGHT = 44;
const DAY = 86_400_000;
/** How far (px) the pan frame may drift from the screen before it is renewed; far below where floats blur. */
const PAN_FRAME_LIMIT = 20_000;
/** More events than this in view are drawn as clusters (counts per period) instead of one by one. */
const MAX_INDIVIDUAL = 200;
/** Lanes available before the chart prefers clusters to overlapping markers. */
const MAX_LANES = 30;
/** Above this many events in view, markers that find no lane make the chart switch to clusters. */
const CROWDED = 60;
const OVERVIEW_HEIGHT = 36;
/** Longer lists than this are virtualised in the vertical layout: only the rows in view are in the DOM. */
const VIRTUAL_ABOVE = 300;
const ROW_DAY = 34;
const ROW_EVENT = 40;

interface Row {
  top: number;
  day?: { label: string; later: string };
  event?: ParsedEvent;
}
const LABEL_FONT_SIZE = 13;

interface Geometry {
  x: TimeScaleFn;
  /** Which base scale (width, fitted domain, compression, data) `x` was derived from. */
  baseKey: string;
  view: View;
  gaps: AxisGap[];
  ticks: Tick[];
  /** `events`: each event drawn with its label; `clusters`: too many in view, drawn as counts per period. */
  mode: 'events' | 'clusters';
  placed: Map<string, PlacedEvent>;
  laneHeight: number;
  height: number;
  width: number;
  /** Events drawn one by one (events mode), in time order. */
  inView: ParsedEvent[];
  /** Clusters (clusters mode): periods with at least one event starting in them. */
  clusters: Bin[];
  /** Event density across the view, for the clusters mode: one bar per few px. */
  density: Bin[];
  before: { count: number; nearest?: ParsedEvent };
  after: { count: number; nearest?: ParsedEvent };
  overview: { x: TimeScaleFn; density: Bin[]; brush: [number, number] } | null;
}

/** Grid lines at the ticks as one path: one element to update per pan or zoom step instead of one per tick. */
function gridPath(ticks: readonly Tick[], at: (px: number) => number, height: number): string {
  return ticks.map((t) => `M${at(t.x)},${AXIS_HEIGHT - 26}V${height}`).join('');
}

/** A window edge from a date string, Date or ms; `end` dates are inclusive (the end of that day). */
function toInstant(value: string | Date | number, end: boolean): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const range = typeof value === 'string' ? parseDate(value).range : undefined;
  // An instant as the end is included: the window runs to just after it.
  return range ? (end ? (range.end > range.start ? range.end : range.end + 1) : range.start) : null;
}


/**
 * An interactive, accessible, time-proportional timeline of dated events, each traceable to the sentence of
 * the article it came from.
 *
 * Data, first match wins: the `data` or `events` property (whichever was set last; `null` falls through),
 * the `src` attribute, inline JSON in a child `<script type="application/json">`, else the built-in dataset
 * (the first week of Russia's 2022 invasion of Ukraine, from two news articles).
 *
 * @summary A time-proportional, accessible timeline of sourced events.
 * @tagname conflict-timeline
 *
 * @fires {CustomEvent<TimelineEvent | null>} conflict-timeline-select - The reader selected an event (detail: the event) or cleared the selection (detail: null). Fired on user action only, never for property changes or method calls.
 * @fires {CustomEvent<ConflictTimelineLoadDetail>} conflict-timeline-load - Data arrived and was drawn. Detail: `{count, total, issues, origin, title}`; `issues` lists data problems and invalid attributes.
 * @fires {CustomEvent<ConflictTimelineRangeChangeDetail>} conflict-timeline-range-change - The reader changed the visible window (zoom, pan, overview brush, keys, buttons). Detail: `{start, end}`. Fired at the end of each gesture, never for `zoomTo()`, `fit()` or property changes.
 * @fires {CustomEvent<ConflictTimelineErrorDetail>} conflict-timeline-error - Data could not be loaded or had no valid event. Detail: `{message, issues, origin}`.
 *
 * @csspart base - The element's box (background, padding).
 * @csspart header - Title and description of the dataset.
 * @csspart legend - The category legend (also a filter).
 * @csspart chart - The chart area (horizontal axis and lanes, or the vertical list).
 * @csspart axis - The SVG with the time axis, ticks, gaps and bars.
 * @csspart tick - A tick label on the axis.
 * @csspart toolbar - The zoom buttons.
 * @csspart view-switch - The Chart / Table switch.
 * @csspart downloads - The Download menu (with the `downloads` attribute).
 * @csspart print - The table of events printed under the chart.
 * @csspart table - The table view (a scrollable region holding the table).
 * @csspart overview - The overview strip with the brush.
 * @csspart brush - The overview's brush (the visible window).
 * @csspart cluster - A cluster of events (when too many are in view to draw one by one); a button.
 * @csspart event - An event (marker and label); a button.
 * @csspart event--selected - The selected event.
 * @csspart marker - An event's marker shape.
 * @csspart label - An event's label.
 * @csspart detail - The detail panel of the selected event.
 * @csspart notice - The note about events that could not be shown.
 * @csspart error - The error message.
 *
 * @cssprop [--conflict-timeline-font-family=system-ui, sans-serif] - Font of the whole element.
 * @cssprop [--conflict-timeline-font-size=15px] - Base font size.
 * @cssprop [--conflict-timeline-background=#fff / #16181b] - Background (the element paints its own).
 * @cssprop [--conflict-timeline-color=#1b1c1e / #eceef1] - Text colour.
 * @cssprop [--conflict-timeline-muted-color=#55595f / #b2b7be] - Secondary text.
 * @cssprop [--conflict-timeline-axis-color=#3d4147 / #c4c8ce] - Axis, tick labels and gap marks.
 * @cssprop [--conflict-timeline-grid-color=#e3e5e8 / #33373d] - Tick lines and borders.
 * @cssprop [--conflict-timeline-band-color=#f4f5f7 / #1e2125] - Alternate day bands.
 * @cssprop [--conflict-timeline-event-color=#444950 / #c4c8ce] - Marker colour of events without a styled category.
 * @cssprop [--conflict-timeline-category-NAME] - Colour of category NAME (kebab-case), e.g. `--conflict-timeline-category-military`.
 * @cssprop [--conflict-timeline-category-NAME-dark] - Colour of category NAME in the dark scheme.
 * @cssprop [--conflict-timeline-selected-color=#1b1c1e / #fff] - Outline of the selected marker.
 * @cssprop [--conflict-timeline-focus-color=#0b57d0 / #8ab4ff] - Focus ring (2px) and links.
 * @cssprop [--conflict-timeline-panel-color=#f7f7f8 / #1f2226] - Detail panel background.
 * @cssprop [--conflict-timeline-lane-height=28px] - Height of one lane of events.
 * @cssprop [--conflict-timeline-marker-size=13px] - Diameter of the event markers (6px to 24px).
 * @cssprop [--conflict-timeline-era-color=#f4f5f7 / #1e2125] - The band of an era under the axis.
 * @cssprop [--conflict-timeline-error-color=#b3261e] - Border of the error message.
 * @cssprop [--conflict-timeline-link-color=#0b57d0 / #8ab4ff] - Links in the detail panel and the table.
 * @cssprop [--conflict-timeline-border-radius=6px] - Corner radius of the element.
 *
 * @slot - Inline data, read once the element is defined and never shown by it: a `<script type="application/json">`
 *   child holding a dataset, or an `<ol>` of `<li>`s each with a `<time datetime>` (shown to readers until then).
 */
export class ConflictTimeline extends LitElement {
  static override styles = styles;

  // Declared without decorators: lowering standard decorators (and the private fields beside them) for browsers
  // cost about 4 KB gzipped in the bundle. `declare` fields leave Lit's accessors in place.
  static override properties = {
    // Setting the same src again retries after a failure (see willUpdate).
    src: { hasChanged: () => true },
    start: {},
    end: {},
    selected: { reflect: true },
    categories: {},
    locale: {},
    layout: {},
    label: {},
    theme: {},
    scale: {},
    timeZone: { attribute: 'time-zone' },
    fetchTimeout: { type: Number, attribute: 'fetch-timeout' },
    view: {},
    deepLink: { type: Boolean, attribute: 'deep-link' },
    downloads: { type: Boolean },
    hideOverview: { type: Boolean, attribute: 'hide-overview' },
    strings: { attribute: false },
    data: { attribute: false, noAccessor: true },
    events: { attribute: false, noAccessor: true },
  };

  constructor() {
    super();
    this.src = '';
    this.start = '';
    this.end = '';
    this.selected = null;
    this.categories = '';
    this.locale = '';
    this.layout = 'auto';
    this.label = '';
    this.theme = 'auto';
    this.scale = 'compressed';
    this.timeZone = '';
    this.fetchTimeout = 15_000;
    this.view = 'chart';
    this.deepLink = false;
    this.downloads = false;
    this.hideOverview = false;
    this.strings = {};
  }

  /** URL of a dataset (JSON). The last `src` set wins; a newer one aborts the older fetch. */
  declare src: string;

  /** First day of the initially visible window (`YYYY-MM-DD`, or an ISO date-time with `Z`). Default: fit all events. */
  declare start: string;

  /** Last day of the initially visible window (inclusive for dates). Default: fit all events. */
  declare end: string;

  /** Id of the selected event; reflects to the attribute. */
  declare selected: string | null;

  /** Comma-separated category filter; empty shows all. */
  declare categories: string;

  /** BCP 47 locale for dates and numbers. Default: the nearest `lang` in the page, else the browser's. */
  declare locale: string;

  /** `horizontal`, `vertical`, or `auto` (vertical when narrower than 600px). */
  declare layout: TimelineLayout;

  /** Accessible name of the timeline. Default: the dataset title. */
  declare label: string;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: TimelineTheme;

  /** `compressed` (default: long empty stretches are shrunk and marked) or `linear` (strictly proportional). */
  declare scale: TimelineScale;

  /** IANA time zone for showing date-times (default: each event's own offset as written). Dates never shift. */
  declare timeZone: string;

  /** Milliseconds before a `src` fetch is abandoned with an error. */
  declare fetchTimeout: number;

  /** `chart` (default) or `table`: the same events as a table (date, category, title, summary, sources). The reader can switch. */
  declare view: TimelineView;

  /**
   * Keeps the selected event and the visible window in the URL fragment (`#<id>=<selected>@<start>/<end>`), restores
   * them on load and on navigation, and lets the back button step through selections. Needs an `id`.
   */
  declare deepLink: boolean;

  /** Shows a Download menu (PNG, SVG, CSV, JSON of the events shown) beside the zoom buttons. */
  declare downloads: boolean;

  /** Hides the overview strip (the whole dataset's density and a brush for the visible window) under the chart. */
  declare hideOverview: boolean;

  /** Overrides for the element's own words (see `TimelineStrings`). */
  declare strings: Partial<TimelineStrings>;

  /** A whole dataset object: `{title, description, sources, events, eras}`. Beats `src`, inline and built-in data. */
  set data(value: TimelineData | null | undefined) {
    const old = this.#source.data;
    this.#source.data = value;
    this.requestUpdate('data', old);
  }
  get data(): TimelineData | null | undefined {
    return this.#source.data;
  }

  /** Just the events (`TimelineEvent[]`). Beats `src`, inline and built-in data. */
  set events(value: TimelineEvent[] | null | undefined) {
    const old = this.#source.events;
    this.#source.events = value;
    this.requestUpdate('events', old);
  }
  get events(): TimelineEvent[] | null | undefined {
    return this.#source.events;
  }

  /** Problems found in the data and the attributes, as last reported. */
  get issues(): ValidationIssue[] {
    return [...this.#dataIssues, ...this.#attributeIssues];
  }

  /** Events currently drawn (after the category filter), in time order. */
  get visibleEvents(): TimelineEvent[] {
    return this.#filtered.map((e) => e.event);
  }

  /** True while `src` is being fetched. */
  get loading(): boolean {
    return this.#source.loading;
  }

  readonly #resize = new ResizeController(this);
  readonly #source = new DataSourceController(this, { fetchTimeout: () => this.fetchTimeout });

  #input: Input | null = null;
  #parsed: ParsedTimeline | null = null;
  #dataIssues: ValidationIssue[] = [];
  #attributeIssues: ValidationIssue[] = [];
  #warned = new Set<string>();
  #styles = new Map<string, CategoryStyle>();
  #categoryCounts = new Map<string, number>();
  #filtered: ParsedEvent[] = [];
  #byId = new Map<string, ParsedEvent>();
  #activeCategories: Set<string> | null = null;
  #locale = 'en';
  #layout: 'horizontal' | 'vertical' = 'vertical';
  #geometry: Geometry | null = null;
  #laidOutView?: View;
  readonly #zoom = new ZoomController(this as unknown as ZoomHost);
  readonly #deepLinks = new DeepLinkController(this as unknown as DeepLinkHost);
  /** A deep link waiting for data to apply to. */
  #deepLinkPending = true;
  #index: EventIndex | null = null;
  /** The fitted window of the filtered events (their span plus a margin): the widest view. */
  #fit: View | null = null;
  #dateOnly = true;
  #dataVersion = 0;
  /** The window the author gave with `start`/`end`, if any: the chart's base instead of the fit. */
  #authorWindow: View | null = null;
  /** What this element last wrote into `start`/`end` as the view moved (so it is not taken for the author's). */
  #synced = { start: '', end: '' };
  #base: { key: string; scale: TimeScale } | null = null;
  #overviewBase: { key: string; scale: TimeScale; density: Bin[] } | null = null;
  /** The visible window after zooming and panning; null shows the base window. */
  #view: View | null = null;
  #animation = 0;
  #hint: 'none' | 'shown' | 'done' = 'none';
  #hintTimer = 0;
  #brushDrag: { mode: 'move' | 'start' | 'end'; x: number; view: View } | null = null;
  /** The virtualised list's rows (vertical layout, long lists), rebuilt when data, filter, window or locale change. */
  #rows: { key: string; rows: Row[]; tops: Float64Array; height: number } | null = null;
  #scrollTop = 0;
  #scrollFrame = 0;
  #hostStyle: CSSStyleDeclaration | null = null;
  /** Half of `--conflict-timeline-marker-size` (13px by default). */
  #markerRadius = 6.5;
  #menuOpen = false;
  /** While the page prints: the table of events with their citations is rendered for paper. */
  #printing = false;
  /** Right-to-left page: time runs from right to left; the layout is computed left-to-right and mirrored. */
  #rtl = false;
  #focusId: string | null = null;
  #restoreFocus = false;
  #focusBefore: HTMLElement | null = null;
  #announcement = '';
  #pending: { load?: ConflictTimelineLoadDetail; error?: ConflictTimelineErrorDetail } = {};
  #errorMessage = '';

  /**
   * A shadow root moved to another document and back loses its adopted style sheets (they belong to the
   * document that made them): adopt them again, or fall back to a <style> element where adopting is refused.
   */
  #ensureStyles(): void {
    const root = this.shadowRoot;
    if (!root || root.adoptedStyleSheets?.length || root.querySelector('style[data-styles]')) return;
    const styles = (this.constructor as typeof ConflictTimeline).elementStyles;
    try {
      adoptStyles(root, styles);
    } catch {
      /* a sheet from another document: use a <style> below */
    }
    if (root.adoptedStyleSheets?.length) return;
    const style = (this.ownerDocument ?? document).createElement('style');
    style.dataset.styles = '';
    style.textContent = styles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
    root.prepend(style);
  }

  #onBeforePrint = (): void => {
    this.#printing = true;
    this.requestUpdate();
  };

  #onAfterPrint = (): void => {
    this.#printing = false;
    this.requestUpdate();
  };

  /** Also waits for the built-in dataset when it is being loaded, so `await el.updateComplete` sees it drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (let pending = this.#source.pending; pending; pending = this.#source.pending) {
      await pending;
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ensureStyles();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#cancelAnimation();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#hintTimer);
  }

  /** Selects the event with this id (or clears the selection with null). Does not fire `conflict-timeline-select`. */
  select(id: string | null): TimelineEvent | null {
    const found = id == null ? null : this.#byId.get(id) ?? null;
    this.selected = found ? found.id : null;
    if (found) this.#focusId = found.id;
    return found?.event ?? null;
  }

  /** Selects the next event in time order (within the filter) and returns it; stays on the last one. */
  next(): TimelineEvent | null {
    return this.#step(1);
  }

  /** Selects the previous event in time order (within the filter) and returns it; stays on the first one. */
  previous(): TimelineEvent | null {
    return this.#step(-1);
  }

  /** Shows the window from `start` to `end` (dates, ISO date-times, Dates or ms). Does not fire range-change. */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const a = toInstant(start, false);
    const b = toInstant(end, true);
    if (a === null || b === null || !(b > a)) {
      console.warn(`<conflict-timeline>: zoomTo(${String(start)}, ${String(end)}) is not a window; ignored.`);
      return;
    }
    this.#setView(clampView([a, b], this.#limits()), false);
  }

  /** Zooms in by a factor of 2 around the middle of the view. */
  zoomIn(): void {
    this.#zoomStep(2, false);
  }

  /** Zooms out by a factor of 2 around the middle of the view. */
  zoomOut(): void {
    this.#zoomStep(0.5, false);
  }

  /** Shows every event (the fitted window). Does not fire range-change. */
  fit(): void {
    this.#cancelAnimation();
    this.#view = null;
    this.#authorWindow = null;
    this.#syncStartEnd(this.#fit);
    this.requestUpdate();
  }

  /**
   * The chart as it stands, as a standalone SVG document (styles inlined as attributes, colours resolved), so it
   * renders the same outside the page. In the vertical or table view, the horizontal chart at 1000 px wide.
   */
  exportSVG(): string {
    return buildSvg(this.#svgModel());
  }

  /** The chart as a PNG image, at the device pixel ratio (or `ratio`). */
  async exportPNG(ratio: number = globalThis.devicePixelRatio || 1): Promise<Blob> {
    const model = this.#svgModel();
    return svgToPng(buildSvg(model), model.width, model.height + model.top, ratio);
  }

  /** The events shown (after the category filter) as CSV, in the columns the CSV import reads. */
  exportCSV(): string {
    return eventsToCsv(this.#filtered);
  }

  /** The events shown (after the category filter) as a dataset in the element's JSON format. */
  exportJSON(): string {
    const parsed = this.#parsed;
    return eventsToJson(parsed?.title ?? '', parsed?.description ?? '', parsed?.sources ?? [], this.#filtered);
  }

  #svgModel(): SvgModel {
    const g = this.#geometry ?? (this.#parsed && this.#filtered.length ? this.#computeGeometry(1000) : null);
    const root = this.renderRoot?.querySelector<HTMLElement>('.root');
    const host = getComputedStyle(this);
    const style = root ? getComputedStyle(root) : host;
    const prop = (name: string, fallback: string) =>
      host.getPropertyValue(`--conflict-timeline-${name}`).trim() || style.getPropertyValue(`--_${name}`).trim() || fallback;
    const dark = !!root && (root.classList.contains('dark') || (root.classList.contains('auto') && matchMedia('(prefers-color-scheme: dark)').matches));
    const model: SvgModel = {
      width: g?.width ?? 1000,
      height: g?.height ?? 100,
      font: host.fontFamily || 'sans-serif',
      background: style.backgroundColor || (dark ? '#16181b' : '#ffffff'),
      color: style.color || (dark ? '#eceef1' : '#1b1c1e'),
      muted: prop('axis-color', dark ? '#c4c8ce' : '#3d4147'),
      grid: prop('grid-color', dark ? '#33373d' : '#e3e5e8'),
      title: this.#parsed?.title ?? '',
      top: this.#parsed?.title ? 32 : 0,
      ticks: [], gaps: [], bars: [], markers: [], labels: [], clusters: [],
    };
    if (!g) return model;
    const colorOf = (category: string) => {
      const s = this.#categoryStyle(category);
      if (!s || category === UNCATEGORISED) return prop('event-color', dark ? '#c4c8ce' : '#444950');
      return host.getPropertyValue(`--conflict-timeline-category-${s.key}${dark ? '-dark' : ''}`).trim() ||
        (dark ? host.getPropertyValue(`--conflict-timeline-category-${s.key}`).trim() : '') || (dark ? s.dark : s.light);
    };
    const font = `${LABEL_FONT_SIZE}px ${host.fontFamily || 'sans-serif'}`;
    const fit = (text: string, width: number) => {
      if (measureText(text, font) <= width) return text;
      let n = text.length;
      while (n > 1 && measureText(`${text.slice(0, n)}…`, font) > width) n--;
      return `${text.slice(0, n)}…`;
    };
    const laneY = (lane: number) => AXIS_HEIGHT + lane * g.laneHeight;
    for (const t of g.ticks) model.ticks.push({ x: t.x, labelX: t.labelX === t.x ? t.x + 4 : t.labelX, label: t.label, anchor: t.labelX === t.x ? 'start' : 'middle', major: t.major });
    for (const gap of g.gaps) model.gaps.push({ x0: gap.x0, x1: gap.x1, label: this.#gapLabel(gap) });
    for (const e of g.inView) {
      const p = g.placed.get(e.id)!;
      const color = colorOf(e.category);
      const y = laneY(p.lane);
      if (p.barX1 - p.barX0 > 1) model.bars.push({ x: p.barX0, y: y + 3, width: p.barX1 - p.barX0, height: g.laneHeight - 10, color, opacity: 0.16 });
      model.markers.push({ x: p.markerX, y: y + g.laneHeight / 2 - 1, path: shapePath(this.#categoryStyle(e.category)?.shape ?? 'circle', this.#markerRadius - 0.5), color, dashed: e.when.approximate || e.when.uncertain });
      if (p.labelWidth > 0) {
        const right = p.labelSide === 'right';
        model.labels.push({ x: right ? p.markerX + this.#markerRadius + 6 : p.markerX - this.#markerRadius - 6, y: y + g.laneHeight / 2 + 3.5, text: fit(e.event.title, p.labelWidth), anchor: right ? 'start' : 'end' });
      }
    }
    for (const c of g.clusters) {
      const x0 = Math.max(0, c.x0) + 2;
      const x1 = Math.min(g.width, c.x1) - 2;
      model.clusters.push({ x: x0, y: AXIS_HEIGHT + 6, width: Math.max(24, x1 - x0), height: 40, text: this.#number(c.count) });
    }
    if (this.#rtl) {
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

  async #download(kind: 'png' | 'svg' | 'csv' | 'json'): Promise<void> {
    this.#menuOpen = false;
    this.requestUpdate();
    // The menu item goes away with the menu: focus goes back to the Download button.
    (this.renderRoot.querySelector('.downloads > .tool') as HTMLElement | null)?.focus();
    const name = (this.#parsed?.title || 'timeline').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
    const blob =
      kind === 'png' ? await this.exportPNG()
        : new Blob([kind === 'svg' ? this.exportSVG() : kind === 'csv' ? this.exportCSV() : this.exportJSON()], {
          type: kind === 'svg' ? 'image/svg+xml' : kind === 'csv' ? 'text/csv' : 'application/json',
        });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** @internal Pans by `dx` px; used by the gesture controller. */
  panBy(dx: number): void {
    const base = this.#base?.scale.x;
    const g = this.#geometry;
    if (!base || !g || !dx) return;
    this.#cancelAnimation();
    // Start from the latest view, not the last drawn one: gestures and calls may chain within a frame.
    this.#setView(clampView(panView(base, this.#currentView() ?? g.view, g.width, this.#rtl ? -dx : dx), this.#limits()), false);
  }

  /** @internal Zooms by `factor` around `anchor` px; used by the gesture controller. */
  zoomBy(factor: number, anchor: number): void {
    const base = this.#base?.scale.x;
    const g = this.#geometry;
    if (!base || !g || !Number.isFinite(factor) || factor <= 0) return;
    this.#cancelAnimation();
    this.#setView(clampView(zoomView(base, this.#currentView() ?? g.view, g.width, factor, this.#rtl ? g.width - anchor : anchor), this.#limits()), false);
  }

  /** @internal Applies a state read from the URL fragment, programmatically (no select or range-change events). */
  applyDeepLink(state: DeepLinkState): void {
    if (!this.#parsed) {
      this.#deepLinkPending = true;
      return;
    }
    this.select(state.selected);
    if (state.start && state.end) this.zoomTo(state.start, state.end);
  }

  #writeDeepLink(push: boolean): void {
    if (!this.deepLink) return;
    const view = this.#currentView();
    this.#deepLinks.write({ selected: this.selected, start: view ? this.#synced.start || isoEdge(view[0]) : '', end: view ? this.#synced.end : '' }, push);
  }

  /** @internal A gesture ended: report the range. */
  gestureEnd(): void {
    this.#emitRange();
  }

  /** @internal A plain wheel over the chart scrolls the page; say once how to zoom. */
  wheelHint(): void {
    if (this.#hint !== 'none') return;
    this.#hint = 'shown';
    this.requestUpdate();
    this.#hintTimer = window.setTimeout(() => {
      this.#hint = 'done';
      this.requestUpdate();
    }, 1800);
  }

  #limits(): ViewLimits {
    const fit = this.#fit ?? [0, DAY];
    const author = this.#authorWindow;
    const outer: View = author ? [Math.min(fit[0], author[0]), Math.max(fit[1], author[1])] : fit;
    // Date-only data: a day is the finest thing they say. Date-times: a minute, enough to pull a burst apart.
    return { outer, minSpan: Math.min(this.#dateOnly ? DAY : 60_000, outer[1] - outer[0]) };
  }

  /** The window on show: the user's, else the base (the author's window, else the fit). */
  #currentView(): View | null {
    return this.#view ?? this.#authorWindow ?? this.#fit;
  }

  #setView(view: View, user: boolean): void {
    this.#view = view;
    this.#syncStartEnd(view);
    this.requestUpdate();
    if (user) this.#emitRange();
  }

  /** `start`/`end` follow the view; remember what was written so it is not taken for the author's window. */
  #syncStartEnd(view: View | null): void {
    if (!view) return;
    const start = isoEdge(view[0]);
    const endIso = isoEdge(view[1]);
    // `end` is inclusive for dates: a window ending at midnight ends on the day before.
    const end = endIso.length === 10 ? isoEdge(view[1] - DAY) : endIso;
    this.#synced = { start, end };
    this.start = start;
    this.end = end;
  }

  #emitRange(): void {
    const view = this.#currentView();
    if (!view) return;
    this.#syncStartEnd(view);
    const detail: ConflictTimelineRangeChangeDetail = { start: this.#synced.start, end: this.#synced.end };
    this.dispatchEvent(new CustomEvent('conflict-timeline-range-change', { detail, bubbles: true, composed: true }));
    this.#announceView();
    this.#writeDeepLink(false);
  }

  #announceTimer = 0;
  /** Tells screen-reader users what the view shows now, politely and at most once a second. */
  #announceView(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      const g = this.#geometry;
      if (!g) return;
      const count = g.mode === 'events' ? g.inView.length : g.clusters.reduce((sum, c) => sum + c.count, 0);
      this.#announcement = fill(this.#strings.viewAnnouncement, { range: this.#formatRange(g.view[0], g.view[1]), count: this.#number(count) });
      this.requestUpdate();
    }, 600);
  }

  #reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  #setViewMode(view: TimelineView): void {
    if (this.view === view) return;
    this.view = view;
    this.#announcement = view === 'table' ? this.#strings.tableShown : this.#strings.chartShown;
  }

  #cancelAnimation(): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
  }

  /** Moves to `target`, animated (in base px, so zooming feels even) unless the reader prefers reduced motion. */
  #animateTo(target: View, user: boolean): void {
    this.#cancelAnimation();
    const base = this.#base?.scale.x;
    const from = this.#currentView();
    if (!base || !from || this.#reducedMotion()) {
      this.#setView(target, user);
      return;
    }
    const p0 = [base(from[0]), base(from[1])];
    const p1 = [base(target[0]), base(target[1])];
    const t0 = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - t0) / 220);
      const e = t * (2 - t);
      const view: View = [base.invert(p0[0] + (p1[0] - p0[0]) * e), base.invert(p0[1] + (p1[1] - p0[1]) * e)];
      if (t < 1) {
        this.#view = view;
        this.#syncStartEnd(view);
        this.requestUpdate();
        this.#animation = requestAnimationFrame(frame);
      } else {
        this.#animation = 0;
        this.#setView(target, user);
      }
    };
    this.#animation = requestAnimationFrame(frame);
  }

  #zoomStep(factor: number, user: boolean, anchor?: number): void {
    const base = this.#base?.scale.x;
    const g = this.#geometry;
    if (!base || !g) return;
    const target = clampView(zoomView(base, this.#currentView() ?? g.view, g.width, factor, anchor), this.#limits());
    if (user) this.#animateTo(target, true);
    else this.#setView(target, false);
  }

  #panStep(windows: number): void {
    const g = this.#geometry;
    const base = this.#base?.scale.x;
    if (!g || !base) return;
    this.#animateTo(clampView(panView(base, this.#currentView() ?? g.view, g.width, -windows * g.width), this.#limits()), true);
  }

  #step(delta: number): TimelineEvent | null {
    const list = this.#filtered;
    if (!list.length) return null;
    const current = list.findIndex((e) => e.id === (this.selected ?? this.#focusId));
    const index = current < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, current + delta));
    const event = list[index];
    this.#follow(event);
    return this.select(event.id);
  }

  /** The element's words: the built-in ones for the locale's language, then the author's overrides. */
  get #strings(): TimelineStrings {
    // Read for every label and name a render draws: merge once per locale and `strings` object, not per read.
    const own = this.strings ?? {};
    const cached = this.#mergedStrings;
    if (cached && cached.locale === this.#locale && cached.own === own) return cached.value;
    const base = stringsFor(this.#locale);
    const value = { ...base, ...own, categoryLabels: { ...base.categoryLabels, ...own.categoryLabels }, dateWords: { ...base.dateWords, ...own.dateWords } };
    this.#mergedStrings = { locale: this.#locale, own, value };
    return value;
  }

  #mergedStrings: { locale: string; own: Partial<TimelineStrings>; value: TimelineStrings } | null = null;

  /** A removed attribute sets its property to null: fall back to the default instead. */
  #restoreDefaults(): void {
    const defaults = { src: '', start: '', end: '', categories: '', locale: '', layout: 'auto', label: '', theme: 'auto', scale: 'compressed', timeZone: '', fetchTimeout: 15_000, view: 'chart', strings: {} } as const;
    for (const [key, value] of Object.entries(defaults)) {
      if ((this as unknown as Record<string, unknown>)[key] == null) (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#restoreDefaults();
    const strings = this.#strings;
    this.#focusBefore = (this.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    if (changed.has('src')) this.#source.srcChanged(this.src);

    const input = this.#source.choose(this.src);
    const dataChanged = !this.#input || input.origin !== this.#input.origin || input.value !== this.#input.value;
    if (dataChanged) {
      this.#input = input;
      this.#view = null;
      this.#applyInput(input);
    }

    // start/end written by the view as it moves need no checking: only what the author set does.
    const windowByAuthor = (changed.has('start') || changed.has('end')) && (this.start !== this.#synced.start || this.end !== this.#synced.end);
    if (dataChanged || changed.has('locale') || changed.has('layout') || changed.has('theme') || changed.has('scale') ||
        windowByAuthor || changed.has('selected') || changed.has('categories') ||
        changed.has('timeZone') || changed.has('fetchTimeout') || changed.has('view') || changed.has('deepLink')) {
      this.#validateAttributes();
    }
    if (dataChanged || changed.has('categories')) this.#applyFilter();
    // start/end written by the author (not by the view following gestures) set a new base window.
    const authorWindow = (changed.has('start') || changed.has('end')) && (this.start !== this.#synced.start || this.end !== this.#synced.end);
    if (authorWindow || dataChanged) {
      if (authorWindow || this.#synced.start === '') this.#authorWindow = this.#window();
      this.#view = null;
      this.#cancelAnimation();
    }
    if (changed.has('scale')) this.#view = null;

    let width = this.#resize.width;
    if (!width && this.isConnected) {
      // Measured once before the observer's first report; seeding it avoids a second full render right after.
      width = Math.round(this.getBoundingClientRect().width);
      this.#resize.width = width;
    }
    // One style read per update (direction, font, lane height, marker size): each read can force a style pass.
    this.#hostStyle = this.isConnected ? getComputedStyle(this) : null;
    this.#rtl = this.#hostStyle?.direction === 'rtl';
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'auto';
    this.#layout = layout === 'auto' ? (width > 0 && width < VERTICAL_BELOW ? 'vertical' : width === 0 ? 'vertical' : 'horizontal') : layout;
    this.#geometry = this.#layout === 'horizontal' && this.#parsed && this.#filtered.length ? this.#computeGeometry(width - 32) : null;
    this.#shift = this.#geometry ? this.#panShift(this.#geometry) : 0;

    if (this.#focusId && !this.#byId.has(this.#focusId)) this.#focusId = null;
    void strings;
  }

  #applyInput(input: Input): void {
    const strings = this.#strings;
    this.#errorMessage = '';
    if (input.origin === 'builtin' && !input.value) return; // its chunk is on its way
    if (input.origin === 'src') {
      const load = this.#source.load;
      if (!load || load.status === 'loading') {
        // Keep what is drawn until the new data arrive, so nothing jumps.
        this.#input = { origin: 'src', value: null };
        return;
      }
      if (load.result?.error) {
        this.#parsed = null;
        this.#byId = new Map();
        this.#dataIssues = load.result.issues ?? [];
        this.#errorMessage = load.result.error;
        this.#pending.error = { message: load.result.error, issues: this.issues, origin: 'src' };
        return;
      }
    }
    const result: ParseResult = parseTimeline(input.origin === 'src' ? this.#source.load!.result!.data : input.value);
    this.#dataIssues = [...(input.origin === 'src' ? this.#source.load?.result?.issues ?? [] : []), ...result.issues];
    if (!result.timeline.events.length) {
      this.#parsed = null;
      this.#byId = new Map();
      const first = result.issues.find((i) => i.severity === 'error');
      this.#errorMessage = first && !first.index ? first.message : strings.noEvents;
      if (result.timeline.inputCount > 0) this.#errorMessage = fill(strings.notShown, { invalid: result.timeline.inputCount, total: result.timeline.inputCount });
      this.#pending.error = { message: this.#errorMessage, issues: this.#dataIssues, origin: input.origin };
      return;
    }
    this.#parsed = result.timeline;
    this.#byId = new Map(result.timeline.events.map((e) => [e.id, e]));
    // A deep link is restored whenever data arrive: the ids it names may only exist in these data.
    this.#deepLinkPending = true;
    this.#styles = assignCategoryStyles(result.timeline.categories);
    // Counted once per dataset: the legend is drawn on every view change.
    this.#categoryCounts = new Map();
    for (const e of result.timeline.events) this.#categoryCounts.set(e.category, (this.#categoryCounts.get(e.category) ?? 0) + 1);
    this.#pending.load = {
      count: result.timeline.events.length,
      total: result.timeline.inputCount,
      issues: [], // filled after attribute validation
      origin: input.origin,
      title: result.timeline.title,
    };
  }

  #validateAttributes(): void {
    const issues: ValidationIssue[] = [];
    const report = (field: string, message: string) => issues.push({ severity: 'warning', field, message });
    if (!LAYOUTS.includes(this.layout)) report('layout', `layout "${this.layout}" is not one of ${LAYOUTS.join(', ')}; using "auto".`);
    if (!THEMES.includes(this.theme)) report('theme', `theme "${this.theme}" is not one of ${THEMES.join(', ')}; using "auto".`);
    if (!VIEWS.includes(this.view)) report('view', `view "${this.view}" is not one of ${VIEWS.join(', ')}; using "chart".`);
    if (!SCALES.includes(this.scale)) report('scale', `scale "${this.scale}" is not one of ${SCALES.join(', ')}; using "compressed".`);
    for (const key of ['start', 'end'] as const) {
      const value = this[key];
      if (value && !parseDate(value).range) report(key, `${key} "${value}" is not a date (use YYYY-MM-DD or an ISO date-time with Z); fitting all events instead.`);
    }
    const s = this.#window();
    const bothDates = this.start && this.end && parseDate(this.start).range && parseDate(this.end).range;
    if (bothDates && !s) report('end', `end "${this.end}" is before start "${this.start}"; fitting all events instead.`);
    this.#locale = this.#resolveLocale(report);
    if (this.timeZone) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: this.timeZone });
      } catch {
        report('time-zone', `time-zone "${this.timeZone}" is not an IANA time zone; showing each date-time with its own offset.`);
      }
    }
    if (this.deepLink && !this.id) report('deep-link', 'deep-link needs the element to have an id (the key in the URL); deep links are off.');
    if (!(this.fetchTimeout > 0)) report('fetch-timeout', `fetch-timeout "${this.fetchTimeout}" should be a positive number of milliseconds; using 15000.`);
    if (this.#parsed) {
      if (this.selected && !this.#byId.has(this.selected)) report('selected', `selected "${this.selected}" is not the id of any event.`);
      const known = new Set(this.#parsed.categories);
      for (const name of this.#categoryList()) {
        if (!known.has(name)) report('categories', `category "${name}" in the filter is not used by any event.`);
      }
    }
    for (const issue of issues) {
      if (!this.#warned.has(issue.message)) {
        this.#warned.add(issue.message);
        console.warn(`<conflict-timeline>: ${issue.message}`);
      }
    }
    this.#attributeIssues = issues;
    if (this.#pending.load) this.#pending.load.issues = this.issues;
    if (this.#pending.error) this.#pending.error.issues = this.issues;
  }

  #resolveLocale(report: (field: string, message: string) => void): string {
    const candidates: string[] = [];
    if (this.locale) candidates.push(this.locale);
    const lang = (this.closest('[lang]') as HTMLElement | null)?.lang || this.ownerDocument?.documentElement?.lang;
    if (lang) candidates.push(lang);
    if (typeof navigator !== 'undefined' && navigator.language) candidates.push(navigator.language);
    for (const candidate of candidates) {
      try {
        if (Intl.DateTimeFormat.supportedLocalesOf([candidate]).length) return candidate;
      } catch {
        /* invalid tag: try the next */
      }
      if (candidate === this.locale) report('locale', `locale "${this.locale}" is not a valid language tag; using the page's language.`);
    }
    return 'en';
  }

  #categoryList(): string[] {
    return this.categories.split(',').map((c) => c.trim()).filter(Boolean);
  }

  #applyFilter(): void {
    const list = this.#categoryList();
    this.#activeCategories = list.length ? new Set(list) : null;
    const events = this.#parsed?.events ?? [];
    this.#filtered = this.#activeCategories ? events.filter((e) => this.#activeCategories!.has(e.category)) : events;
    // Sort and index once per data or filter change; every view change then costs O(log n + visible).
    this.#index = indexEvents(this.#filtered, (id) => this.#byId.get(id));
    this.#dataVersion++;
    let lo = Infinity;
    let hi = -Infinity;
    let dateOnly = true;
    for (const e of this.#filtered) {
      if (e.when.start < lo) lo = e.when.start;
      if (e.when.end > hi) hi = e.when.end;
      if (e.when.offsetMinutes !== null) dateOnly = false;
    }
    this.#dateOnly = dateOnly;
    this.#fit = this.#filtered.length ? fitDomain(lo, hi) : null;
  }

  /** The window given by `start`/`end`, or null (fit). */
  #window(): [number, number] | null {
    if (!this.start && !this.end) return null;
    const s = this.start ? parseDate(this.start).range : undefined;
    const e = this.end ? parseDate(this.end).range : undefined;
    if ((this.start && !s) || (this.end && !e)) return null;
    const all = this.#parsed?.events ?? [];
    // Events are sorted by start; the latest end needs a scan (no spread: 100,000 arguments overflow the stack).
    const startMs = s ? s.start : all[0]?.when.start ?? NaN;
    let endMs = e ? e.end : -Infinity;
    if (!e) for (const x of all) if (x.when.end > endMs) endMs = x.when.end;
    return endMs > startMs ? [startMs, endMs] : null;
  }

  /** Splits the filtered events by the window: in view, hidden before it, hidden after it. */
  #splitByWindow(domain: View | null): { inView: ParsedEvent[]; hiddenBefore: ParsedEvent[]; hiddenAfter: ParsedEvent[] } {
    const events = this.#filtered;
    if (!domain) return { inView: events, hiddenBefore: [], hiddenAfter: [] };
    const inView: ParsedEvent[] = [];
    const hiddenBefore: ParsedEvent[] = [];
    const hiddenAfter: ParsedEvent[] = [];
    for (const e of events) {
      if (e.when.end <= domain[0] && !(e.when.start === e.when.end && e.when.start === domain[0])) hiddenBefore.push(e);
      else if (e.when.start >= domain[1]) hiddenAfter.push(e);
      else inView.push(e);
    }
    return { inView, hiddenBefore, hiddenAfter };
  }

  /**
   * Event starts and ends, sorted: where the compressed axis must keep room. Made when a scale is built (data,
   * filter or width changed), not kept: at 100,000 events it is 1.6 MB.
   */
  #anchors(): Float64Array {
    const anchors = new Float64Array(this.#filtered.length * 2);
    this.#filtered.forEach((e, i) => {
      anchors[2 * i] = e.when.start;
      anchors[2 * i + 1] = e.when.end;
    });
    return anchors.sort();
  }

  #computeGeometry(width: number): Geometry | null {
    const index = this.#index;
    const fit = this.#fit;
    if (width < 120 || !index || !fit) return null;
    const baseDomain = this.#authorWindow ?? fit;
    const compress = !this.#authorWindow && this.scale !== 'linear';
    const key = `${width}|${baseDomain[0]}|${baseDomain[1]}|${compress}|${this.#dataVersion}`;
    let anchors: Float64Array | undefined;
    const getAnchors = () => (anchors ??= this.#anchors());
    if (this.#base?.key !== key) {
      this.#base = { key, scale: createTimeScale({ domain: baseDomain, range: [0, width], anchors: compress ? getAnchors() : undefined, compress }) };
    }
    const base = this.#base.scale;
    const view: View = this.#view ?? baseDomain;
    const x = this.#view ? rescale(base.x, view, width) : base.x;
    const allGaps = base.gaps.map((g) => ({ ...g, x0: x(g.start), x1: x(g.end) }));
    const gaps = allGaps.filter((g) => g.x1 > 0 && g.x0 < width);
    const ticks = computeTicks(x, { locale: this.#locale, gaps: allGaps, dateOnly: this.#dateOnly, timeZone: this.timeZone || undefined, extent: view });
    const host = this.#hostStyle ?? getComputedStyle(this);
    const laneHeight = parseFloat(host.getPropertyValue('--conflict-timeline-lane-height')) || 28;
    const markerSize = parseFloat(host.getPropertyValue('--conflict-timeline-marker-size'));
    this.#markerRadius = markerSize >= 6 && markerSize <= 24 ? markerSize / 2 : 6.5;
    // Two bisects say whether the view holds too many to draw one by one; only then is no list built at all.
    const dense = countStarts(index, view[0], view[1]) > MAX_INDIVIDUAL;
    const inView = dense ? [] : eventsInView(index, view[0], view[1]).map((i) => index.events[i]);

    let mode: Geometry['mode'] = dense ? 'clusters' : 'events';
    let placed = new Map<string, PlacedEvent>();
    let lanes = 1;
    if (mode === 'events') {
      const font = `${LABEL_FONT_SIZE}px ${host.fontFamily || 'sans-serif'}`;
      // A pan (same axis, same zoom) keeps each event in the lane it had, so labels do not jump while dragging.
      const before = this.#geometry;
      const panned = before?.mode === 'events' && before.baseKey === key && sameZoom(before.x, x, view[0], view[1]);
      const layout = layoutHorizontal(
        // An event that began before the window gets its marker at the window's edge, so it stays visible.
        inView.map((e) => ({ id: e.id, x0: Math.max(0, x(e.when.start)), x1: Math.min(width, x(e.when.end)), title: e.event.title })),
        {
          width,
          measure: (text) => measureText(text, font),
          markerRadius: this.#markerRadius,
          maxLanes: MAX_LANES,
          previousLanes: panned ? before.placed : undefined,
        },
      );
      // A few crowded markers are better than clusters; many are not legible.
      // At the narrowest zoom there is nothing more to zoom into: crowded markers it is.
      const atMinimum = view[1] - view[0] <= this.#limits().minSpan * 1.01;
      if (layout.events.some((p) => p.crowded) && inView.length > CROWDED && !atMinimum) mode = 'clusters';
      else {
        placed = new Map(layout.events.map((p) => [p.id, p]));
        lanes = layout.laneCount;
      }
    }
    let clusters: Bin[] = [];
    let density: Bin[] = [];
    if (mode === 'clusters') {
      // Clusters follow the axis's own periods, so they stay put while panning.
      const edges = [view[0], ...ticks.map((t) => t.value).filter((t) => t > view[0] && t < view[1]), view[1]];
      clusters = [];
      for (let i = 1; i < edges.length; i++) {
        const first = bisectLeft(index.starts, edges[i - 1]);
        const count = countStarts(index, edges[i - 1], edges[i]);
        if (count > 0) clusters.push({ start: edges[i - 1], end: edges[i], x0: x(edges[i - 1]), x1: x(edges[i]), count, first });
      }
      density = binEvents(index, (px) => x.invert(px), width, 4);
      lanes = 3;
    }
    const firstInView = bisectLeft(index.starts, view[0]);
    // Clusters count the events starting in view; drawn events include those begun before it.
    const beforeCount = mode === 'clusters' ? firstInView : firstInView - inView.filter((e) => e.when.start < view[0]).length;
    const afterIndex = bisectLeft(index.starts, view[1]);
    let nearestBefore: ParsedEvent | undefined;
    for (let i = firstInView - 1; i >= 0 && !nearestBefore; i--) if (index.events[i].when.end <= view[0]) nearestBefore = index.events[i];

    let overview: Geometry['overview'] = null;
    if (!this.hideOverview) {
      const okey = `${width}|${fit[0]}|${fit[1]}|${this.scale !== 'linear'}|${this.#dataVersion}`;
      if (this.#overviewBase?.key !== okey) {
        const scale = createTimeScale({ domain: fit, range: [0, width], anchors: this.scale !== 'linear' ? getAnchors() : undefined, compress: this.scale !== 'linear' });
        this.#overviewBase = { key: okey, scale, density: binEvents(index, (px) => scale.x.invert(px), width, 2) };
      }
      const ov = this.#overviewBase.scale.x;
      overview = { x: ov, density: this.#overviewBase.density, brush: [Math.max(0, ov(view[0])), Math.min(width, ov(view[1]))] };
    }
    return {
      x,
      baseKey: key,
      view,
      gaps,
      ticks,
      mode,
      placed,
      laneHeight,
      // Room under the lanes for the "N earlier / N later" buttons, so they never sit on a label.
      height: AXIS_HEIGHT + lanes * laneHeight + (mode === 'clusters' ? 40 : 12) + (beforeCount > 0 || afterIndex < index.events.length ? 28 : 0),
      width,
      inView: mode === 'events' ? inView : [],
      clusters,
      density,
      before: { count: Math.max(0, beforeCount), nearest: nearestBefore },
      after: { count: index.events.length - afterIndex, nearest: index.events[afterIndex] },
      overview,
    };
  }

  /**
   * The view follows focus: brings `event` into view, drawn on its own (not inside a cluster). A list grows to
   * take it in; a chart pans, and zooms in where too many events would share the window.
   */
  #follow(event: ParsedEvent, user = false): void {
    if (this.#layout === 'vertical') {
      const window = this.#view ?? this.#authorWindow;
      if (window && !(event.when.end > window[0] && event.when.start < window[1])) {
        this.#view = [Math.min(window[0], event.when.start), Math.max(window[1], event.when.end)];
      }
      this.#scrollToEvent(event);
      this.requestUpdate();
      return;
    }
    const g = this.#geometry;
    const index = this.#index;
    if (!g || !index) return;
    if (g.mode === 'events' && g.placed.has(event.id)) return;
    const span = g.view[1] - g.view[0];
    const mid = (event.when.start + Math.min(event.when.end, event.when.start + span / 2)) / 2;
    let target: View = clampView([mid - span / 2, mid + span / 2], this.#limits());
    if (eventsInView(index, target[0], target[1]).length > CROWDED) {
      // Too dense here: zoom to the 20 events either side of it (few enough never to be clustered).
      const i = index.position.get(event.id) ?? 0;
      const first = index.events[Math.max(0, i - 20)].when.start;
      const last = index.events[Math.min(index.events.length - 1, i + 20)].when.end;
      const pad = (last - first) * 0.05;
      target = clampView([Math.min(first, event.when.start) - pad, Math.max(last, event.when.end) + pad], this.#limits());
      // Still crowded (many events at one instant): the narrowest window, where markers may crowd but are drawn.
      if (eventsInView(index, target[0], target[1]).length > CROWDED) {
        const { minSpan } = this.#limits();
        target = clampView([event.when.start - minSpan / 2, event.when.start + minSpan / 2], this.#limits());
      }
    }
    this.#cancelAnimation();
    this.#setView(target, user);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('deepLink')) this.#deepLinks.enable(this.deepLink && !!this.id);
    if (this.deepLink && this.#parsed && this.#deepLinkPending && this.#geometry !== undefined) {
      this.#deepLinkPending = false;
      // Restoring is programmatic (no events); it sets properties, so it runs after this update, not inside it.
      queueMicrotask(() => this.#deepLinks.restore());
    }
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    this.#zoom.attach(plot);
    // A moved view is laid out now, in the slack before the next frame, so that frame only has to paint it:
    // a move between frames (zoomTo from a script, a key, a click) shows about 2 ms sooner. Inside a frame
    // (wheel and pointer input, animations) this is the layout that frame would do anyway.
    if (this.#geometry?.view !== this.#laidOutView) {
      this.#laidOutView = this.#geometry?.view;
      plot?.getBoundingClientRect();
    }
    const lost = this.#focusBefore && !this.#focusBefore.isConnected;
    if (this.#restoreFocus || lost) {
      this.#restoreFocus = false;
      const id = this.#focusId;
      // Focus never gets lost: if its event went into a cluster or out of view, the roving tab stop takes it.
      const button =
        (id ? this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) : null) ??
        this.renderRoot.querySelector<HTMLElement>('.event[tabindex="0"], .cluster[tabindex="0"]') ??
        this.renderRoot.querySelector<HTMLElement>('.plot .edge, .toolbar .tool, .status button, .table-wrap, .edge-inline') ??
        this.renderRoot.querySelector<HTMLElement>('.root');
      button?.focus({ preventScroll: this.#layout === 'horizontal' });
    }
    this.#focusBefore = null;
    const { load, error } = this.#pending;
    this.#pending = {};
    if (load) this.dispatchEvent(new CustomEvent('conflict-timeline-load', { detail: load, bubbles: true, composed: true }));
    if (error) this.dispatchEvent(new CustomEvent('conflict-timeline-error', { detail: error, bubbles: true, composed: true }));
  }

  // ——— user actions ———

  #selectByUser(id: string | null): void {
    const event = id ? this.#byId.get(id) ?? null : null;
    const changed = (event?.id ?? null) !== this.selected;
    this.selected = event?.id ?? null;
    if (event) this.#focusId = event.id;
    if (!changed) return;
    const strings = this.#strings;
    this.#announcement = event
      ? fill(strings.selected, { title: event.event.title, date: this.#formatDate(event) })
      : strings.cleared;
    const detail: ConflictTimelineSelectDetail = event ? event.event : null;
    this.dispatchEvent(new CustomEvent('conflict-timeline-select', { detail, bubbles: true, composed: true }));
    this.#writeDeepLink(true);
  }

  #onEventClick(e: MouseEvent): void {
    const id = (e.currentTarget as HTMLElement).dataset.id!;
    this.#focusId = id;
    this.#selectByUser(id);
  }

  #onEventFocus(e: FocusEvent): void {
    this.#focusId = (e.currentTarget as HTMLElement).dataset.id ?? null;
  }

  #onKeyDown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      if (this.selected) {
        const id = this.selected;
        this.#focusId = id;
        // Focus inside the detail (about to close) goes to the event; anywhere else it stays.
        if (target.closest?.('.detail') || target.dataset?.id) this.#restoreFocus = true;
        this.#selectByUser(null);
        e.preventDefault();
      }
      return;
    }
    const g = this.#layout === 'horizontal' ? this.#geometry : null;
    const inChart = !!target.closest?.('.plot, .overview, .toolbar');
    if (g && inChart && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const zoom = e.key === '+' || e.key === '=' ? 2 : e.key === '-' || e.key === '_' ? 0.5 : 0;
      if (zoom) {
        // From an event, zoom around that event, so it stays in view (and focused).
        const placed = target.dataset?.id ? g.placed.get(target.dataset.id) : undefined;
        this.#zoomStep(zoom, true, placed?.barX0);
      } else if (e.key === 'PageUp' || e.key === 'PageDown') {
        this.#panStep(e.key === 'PageDown' ? 1 : -1);
      } else if (target.classList.contains('brush') && this.#onBrushKey(e)) {
        // handled
      } else {
        return this.#onNavigationKey(e, target);
      }
      e.preventDefault();
      return;
    }
    this.#onNavigationKey(e, target);
  }

  /** Arrows, Home and End move focus through the events in time order (into and out of clusters). */
  #onNavigationKey(e: KeyboardEvent, target: HTMLElement): void {
    const index = this.#index;
    const id = target.dataset?.id;
    const clusterKey = target.dataset?.cluster;
    if (!index || !index.events.length || (!id && clusterKey === undefined)) return;
    const vertical = this.#layout === 'vertical';
    const rtl = this.#rtl;
    const cluster = clusterKey !== undefined ? this.#geometry?.clusters[Number(clusterKey)] : undefined;
    // On a cluster that holds the focused event, step on from that event; on another cluster, from its edge.
    const focused = this.#focusId ? index.position.get(this.#focusId) : undefined;
    const inCluster = cluster && focused !== undefined && focused >= cluster.first && focused < cluster.first + cluster.count;
    const current = id ? index.position.get(id) ?? 0 : inCluster ? focused : cluster?.first ?? 0;
    const forward = id || inCluster ? current + 1 : current;
    const backward = current - 1;
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
        next = rtl && !vertical ? backward : forward;
        break;
      case 'ArrowLeft':
        next = rtl && !vertical ? forward : backward;
        break;
      case 'ArrowDown':
        if (!vertical) return;
        next = forward;
        break;
      case 'ArrowUp':
        if (!vertical) return;
        next = backward;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = index.events.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    const event = index.events[Math.max(0, Math.min(index.events.length - 1, next))];
    this.#focusId = event.id;
    this.#follow(event, true);
    this.#restoreFocus = true;
    this.requestUpdate();
  }

  /** Keys on the overview brush: arrows move it (Shift: by a whole window), Home and End go to the ends. */
  #onBrushKey(e: KeyboardEvent): boolean {
    const g = this.#geometry;
    const base = this.#base?.scale.x;
    if (!g || !base) return false;
    const limits = this.#limits();
    const view = this.#currentView() ?? g.view;
    const span = view[1] - view[0];
    let target: View | null = null;
    const step = (e.shiftKey ? g.width : g.width / 10) * (this.#rtl ? -1 : 1);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') target = panView(base, view, g.width, step);
    else if (e.key === 'ArrowRight' || e.key === 'ArrowUp') target = panView(base, view, g.width, -step);
    else if (e.key === 'Home') target = [limits.outer[0], limits.outer[0] + span];
    else if (e.key === 'End') target = [limits.outer[1] - span, limits.outer[1]];
    if (!target) return false;
    this.#cancelAnimation();
    this.#setView(clampView(target, limits), true);
    return true;
  }

  #onClusterClick(bin: Bin): void {
    const index = this.#index;
    if (!index) return;
    this.#focusId = index.events[bin.first]?.id ?? null;
    this.#restoreFocus = true;
    const pad = (bin.end - bin.start) * 0.02;
    this.#animateTo(clampView([bin.start - pad, bin.end + pad], this.#limits()), true);
  }

  // Overview brush: drag it to pan, drag its edges to zoom, press elsewhere to move the window there.
  #onOverviewDown(e: PointerEvent): void {
    const g = this.#geometry;
    if (!g?.overview || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const el = e.currentTarget as HTMLElement;
    const x = this.#overviewX(e, el);
    const [b0, b1] = g.overview.brush;
    const edge = Math.max(6, Math.min(10, (b1 - b0) / 4));
    let mode: 'move' | 'start' | 'end' = 'move';
    if (Math.abs(x - b0) <= edge) mode = 'start';
    else if (Math.abs(x - b1) <= edge) mode = 'end';
    else if (x < b0 || x > b1) {
      const ov = g.overview.x;
      const half = (b1 - b0) / 2;
      this.#setView(clampView([ov.invert(x - half), ov.invert(x + half)], this.#limits()), false);
    }
    this.#brushDrag = { mode, x, view: this.#currentView()! };
    e.preventDefault();
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: dragging still works while it stays over the strip */
    }
  }

  #onOverviewMove(e: PointerEvent): void {
    const drag = this.#brushDrag;
    const g = this.#geometry;
    if (!drag || !g?.overview) return;
    const ov = g.overview.x;
    const x = this.#overviewX(e, e.currentTarget as HTMLElement);
    const dx = x - drag.x;
    const p0 = ov(drag.view[0]);
    const p1 = ov(drag.view[1]);
    const next: View =
      drag.mode === 'move' ? [ov.invert(p0 + dx), ov.invert(p1 + dx)]
        : drag.mode === 'start' ? [ov.invert(Math.min(p0 + dx, p1 - 4)), drag.view[1]]
          : [drag.view[0], ov.invert(Math.max(p1 + dx, p0 + 4))];
    this.#cancelAnimation();
    this.#setView(clampView(next, this.#limits()), false);
  }

  /** Pointer position along the overview in time order (mirrored on right-to-left pages). */
  #overviewX(e: PointerEvent, el: HTMLElement): number {
    const box = el.getBoundingClientRect();
    return this.#rtl ? box.right - e.clientX : e.clientX - box.left;
  }

  #onOverviewUp(): void {
    if (!this.#brushDrag) return;
    this.#brushDrag = null;
    this.#emitRange();
  }

  #onLegendClick(name: string): void {
    const all = this.#parsed?.categories ?? [];
    const active = new Set(this.#activeCategories ?? all);
    if (active.has(name)) {
      // The last category on stays on: an empty filter would mean "all" and surprise the reader.
      if (active.size === 1) return;
      active.delete(name);
    } else active.add(name);
    this.categories = active.size === all.length ? '' : all.filter((c) => active.has(c)).join(',');
  }

  #onEdgeClick(event: ParsedEvent): void {
    this.#focusId = event.id;
    this.#follow(event, true);
    this.#restoreFocus = true;
    this.requestUpdate();
  }

  // ——— rendering ———

  #formatDate(event: ParsedEvent): string {
    try {
      return formatDateRange(event.when, this.#locale, { timeZone: this.timeZone || undefined, words: this.#strings.dateWords });
    } catch {
      return event.event.date;
    }
  }

  /** In a compact list row under a day heading: just the time for date-times, else the date as written. */
  #compactWhen(event: ParsedEvent): string {
    const w = event.when;
    if (w.precision !== 'time' || w.interval) return this.#formatDate(event);
    const zone = this.timeZone && this.#attributeIssues.every((i) => i.field !== 'time-zone') ? this.timeZone : 'UTC';
    const shift = zone === 'UTC' ? (w.offsetMinutes ?? 0) * 60_000 : 0;
    const time = dateFormat(this.#locale, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(w.start + shift));
    return w.approximate || w.uncertain ? `${time}?` : time;
  }

  #categoryStyle(name: string): CategoryStyle | undefined {
    return this.#styles.get(name);
  }

  #categoryLabel(name: string): string {
    const strings = this.#strings;
    if (name === UNCATEGORISED) return strings.uncategorised;
    const labels = strings.categoryLabels;
    return (Object.hasOwn(labels, name) ? labels[name] : undefined) ?? this.#categoryStyle(name)?.label ?? name;
  }

  /** The category's colours as inline custom properties (keys are CSS-safe slugs, colours come from the palette). */
  #colorVars(name: string): string {
    const style = this.#categoryStyle(name);
    if (!style || name === UNCATEGORISED) return '';
    return `--_cl:var(--conflict-timeline-category-${style.key}, ${style.light});--_cd:var(--conflict-timeline-category-${style.key}-dark, var(--conflict-timeline-category-${style.key}, ${style.dark}))`;
  }

  #accessibleName(event: ParsedEvent, index: number, count: number): string {
    const strings = this.#strings;
    return `${this.#formatDate(event)}, ${this.#categoryLabel(event.category)}: ${event.event.title}, ${fill(strings.position, { index: this.#number(index + 1), count: this.#number(count) })}`;
  }

  #renderMarker(name: string, size = this.#markerRadius * 2 + 1): TemplateResult {
    const shape = this.#categoryStyle(name)?.shape ?? 'circle';
    const r = size / 2 - 1;
    return html`<svg class="marker" part="marker" aria-hidden="true" width=${size} height=${size} viewBox="${-size / 2} ${-size / 2} ${size} ${size}"><path d=${shapePath(shape, r)}></path></svg>`;
  }

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const parsed = this.#parsed;
    const theme = THEMES.includes(this.theme) ? this.theme : 'auto';
    const loading = this.loading;
    const title = parsed?.title ?? '';
    const name = this.label || title || strings.events;
    return html`
      <div class="root ${theme}" part="base" role="region" tabindex="-1" aria-label=${name} aria-busy=${loading ? 'true' : 'false'}
        @keydown=${this.#onKeyDown}>
        ${title || parsed?.description
          ? html`<div class="header" part="header">
              ${title ? html`<p class="title">${title}</p>` : nothing}
              ${parsed?.description ? html`<p class="description">${parsed.description}</p>` : nothing}
            </div>`
          : nothing}
        ${this.#errorMessage ? this.#renderError() : nothing}
        ${parsed ? this.#renderNotice() : nothing}
        ${parsed
          ? html`<div class="controls">
              ${this.#renderLegend()}
              <div class="tools">
                ${this.view !== 'table' && this.#layout === 'horizontal' && this.#geometry ? this.#renderToolbar() : nothing}
                ${this.#renderViewSwitch()}
                ${this.downloads ? this.#renderDownloads() : nothing}
              </div>
            </div>`
          : nothing}
        ${parsed
          ? html`<div class="chart" part="chart">
              ${this.#filtered.length === 0
                ? html`<p class="status">${strings.noEventsInFilter}&nbsp;<button class="close" @click=${() => (this.categories = '')}>${strings.showAll}</button></p>`
                : this.view === 'table'
                  ? this.#renderTable()
                  : this.#layout === 'horizontal' && this.#geometry
                    ? this.#renderHorizontal(this.#geometry)
                    : this.#renderVertical()}
            </div>`
          : !this.#errorMessage
            ? html`<div class="status" part="chart">${loading || (this.#input?.origin === 'builtin' && !this.#input.value) ? nothing : strings.noEvents}</div>`
            : nothing}
        ${parsed && this.view !== 'table' && this.#layout === 'horizontal' && this.#geometry ? this.#renderDetail() : nothing}
        ${loading
          ? html`<div class="loading-overlay" role="status"><span class="spinner" aria-hidden="true"></span>${strings.loading}</div>`
          : nothing}
        ${this.#printing && parsed ? this.#renderPrintTable() : nothing}
        <div class="sr-only" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      </div>
    `;
  }

  #renderError(): TemplateResult {
    const strings = this.#strings;
    const errors = this.#dataIssues.filter((i) => i.severity === 'error');
    return html`<div class="error" part="error" role="alert">
      <strong>${strings.loadFailed}</strong>
      <span>${this.#errorMessage}</span>
      ${errors.length > 1 || (errors.length === 1 && errors[0].message !== this.#errorMessage)
        ? html`<ul>${errors.slice(0, 50).map((i) => html`<li>${i.message}</li>`)}</ul>${errors.length > 50 ? html`<p>…</p>` : nothing}`
        : nothing}
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const parsed = this.#parsed!;
    const issues = this.issues;
    if (!issues.length) return nothing;
    const strings = this.#strings;
    const invalid = parsed.inputCount - parsed.events.length;
    const summary = invalid > 0
      ? fill(strings.notShown, { invalid, total: parsed.inputCount })
      : fill(strings.notes, { count: issues.length });
    return html`<details class="notice" part="notice">
      <summary>${summary}</summary>
      <ul>${issues.slice(0, 200).map((i) => html`<li>${i.message}</li>`)}</ul>
    </details>`;
  }

  #renderLegend(): TemplateResult | typeof nothing {
    const parsed = this.#parsed!;
    if (parsed.categories.length < 2 && !this.#activeCategories) return nothing;
    const counts = this.#categoryCounts;
    const active = this.#activeCategories;
    return html`<ul class="legend" part="legend" aria-label=${this.#strings.filterBy}>
      ${parsed.categories.map(
        (name) => html`<li>
          <button class="cat" style=${this.#colorVars(name)} aria-pressed=${!active || active.has(name) ? 'true' : 'false'}
            @click=${() => this.#onLegendClick(name)}>
            ${this.#renderMarker(name, 12)}<span>${this.#categoryLabel(name)}</span> <span class="count">${counts.get(name)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  /** The event that holds the roving tab stop: the focused one, else the selected, else the first in view. */
  #tabStop(candidates: ParsedEvent[]): string | null {
    const ids = new Set(candidates.map((e) => e.id));
    if (this.#focusId && ids.has(this.#focusId)) return this.#focusId;
    if (this.selected && ids.has(this.selected)) return this.selected;
    return candidates[0]?.id ?? null;
  }

  #renderDownloads(): TemplateResult {
    const strings = this.#strings;
    const item = (kind: 'png' | 'svg' | 'csv' | 'json', label: string) =>
      html`<li><button class="tool" @click=${() => this.#download(kind)}>${label}</button></li>`;
    return html`<div class="downloads" part="downloads" @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.#menuOpen) {
        e.stopPropagation();
        this.#menuOpen = false;
        this.requestUpdate();
        (this.renderRoot.querySelector('.downloads > .tool') as HTMLElement | null)?.focus();
      }
    }}>
      <button class="tool" aria-expanded=${this.#menuOpen ? 'true' : 'false'} aria-controls="download-menu" @click=${() => {
        this.#menuOpen = !this.#menuOpen;
        this.requestUpdate();
      }}>${strings.download}</button>
      ${this.#menuOpen
        ? html`<ul id="download-menu" class="menu">
            ${item('png', strings.downloadPng)}${item('svg', strings.downloadSvg)}${item('csv', strings.downloadCsv)}${item('json', strings.downloadJson)}
          </ul>`
        : nothing}
    </div>`;
  }

  /** For paper: the events in the filter with their citations, capped, with a note of how many more there are. */
  #renderPrintTable(): TemplateResult {
    const strings = this.#strings;
    const limit = 200;
    const events = this.#filtered.slice(0, limit);
    const more = this.#filtered.length - events.length;
    return html`<div class="print-only" part="print">
      <table>
        <thead><tr><th>${strings.date}</th><th>${strings.category}</th><th>${strings.titleColumn}</th><th>${strings.sources}</th></tr></thead>
        <tbody>${events.map((e) => html`<tr>
          <td>${this.#formatDate(e)}</td><td>${this.#categoryLabel(e.category)}</td>
          <th scope="row">${e.event.title}${e.event.summary ? html`<div class="summary">${e.event.summary}</div>` : nothing}</th>
          <td>${e.citations.map((c) => html`<div class="cite">${c.quote ? html`“${c.quote}” ` : nothing}— ${c.title ?? ''}${c.publisher ? `, ${c.publisher}` : ''}${c.url ? html` <span class="url">${c.url}</span>` : nothing}</div>`)}</td>
        </tr>`)}</tbody>
      </table>
      ${more > 0 ? html`<p>${fill(strings.printMore, { count: this.#number(more) })}</p>` : nothing}
    </div>`;
  }

  #renderViewSwitch(): TemplateResult {
    const strings = this.#strings;
    const table = this.view === 'table';
    return html`<div class="switch" part="view-switch" role="group" aria-label=${strings.viewAs}>
      <button class="tool" aria-pressed=${table ? 'false' : 'true'} @click=${() => this.#setViewMode('chart')}>${strings.chart}</button>
      <button class="tool" aria-pressed=${table ? 'true' : 'false'} @click=${() => this.#setViewMode('table')}>${strings.table}</button>
    </div>`;
  }

  /**
   * The table alternative: every event in the filter with its date, category, title, summary and sources. Long
   * tables are virtualised (rows outside the scroll viewport are not in the DOM; aria-rowcount and aria-rowindex
   * keep the position known).
   */
  #renderTable(): TemplateResult {
    const strings = this.#strings;
    const events = this.#filtered;
    const virtual = events.length > VIRTUAL_ABOVE;
    const rowHeight = 72;
    const first = virtual ? Math.max(0, Math.floor(this.#tableScrollTop / rowHeight) - 10) : 0;
    const last = virtual ? Math.min(events.length, first + 40) : events.length;
    const rows = events.slice(first, last);
    return html`<div class="table-wrap ${virtual ? 'virtual' : ''}" part="table" tabindex="0" role="region" aria-label=${fill(strings.tableCaption, { count: this.#number(events.length) })}
      @scroll=${virtual ? this.#onScroll : nothing}>
      <table aria-rowcount=${events.length + 1}>
        <caption class="sr-only">${fill(strings.tableCaption, { count: this.#number(events.length) })}</caption>
        <thead><tr aria-rowindex="1">
          <th scope="col">${strings.date}</th><th scope="col">${strings.category}</th><th scope="col">${strings.titleColumn}</th>
          <th scope="col">${strings.summary}</th><th scope="col">${strings.sources}</th>
        </tr></thead>
        <tbody>
          ${virtual && first > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" style="height:${first * rowHeight}px"></td></tr>` : nothing}
          ${repeat(rows, (e) => e.id, (e, i) => html`<tr aria-rowindex=${first + i + 2} class=${this.selected === e.id ? 'selected' : ''} aria-current=${this.selected === e.id ? 'true' : 'false'}>
            <td class="when"><time datetime=${e.event.date}>${this.#formatDate(e)}</time></td>
            <td class="cat" style=${this.#colorVars(e.category)}>${this.#renderMarker(e.category, 12)} ${this.#categoryLabel(e.category)}</td>
            <th scope="row">${e.event.title}</th>
            <td>${e.event.summary ?? ''}</td>
            <td>${e.citations.map((c) => html`<div class="cite">${c.quote ? html`<q>${c.quote}</q> ` : nothing}${c.url
              ? html`<a href=${c.url} target="_blank" rel="noopener noreferrer">${c.title ?? c.url}</a>`
              : c.title ?? ''}${c.publisher ? `, ${c.publisher}` : ''}</div>`)}</td>
          </tr>`)}
          ${virtual && last < events.length ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" style="height:${(events.length - last) * rowHeight}px"></td></tr>` : nothing}
        </tbody>
      </table>
    </div>`;
  }

  #tableScrollTop = 0;

  /** Virtualised lists re-render for the rows in view at most once a frame, from the latest scroll position. */
  #onScroll(e: Event): void {
    const scroller = e.currentTarget as HTMLElement;
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      if (scroller.classList.contains('vscroll')) this.#scrollTop = scroller.scrollTop;
      else this.#tableScrollTop = scroller.scrollTop;
      this.requestUpdate();
    });
  }

  #renderToolbar(): TemplateResult {
    const strings = this.#strings;
    return html`<div class="toolbar" part="toolbar">
      <button class="tool" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${() => this.#zoomStep(2, true)}>+</button>
      <button class="tool" aria-label=${strings.zoomOut} title=${strings.zoomOut} @click=${() => this.#zoomStep(0.5, true)}>−</button>
      <button class="tool fit" aria-label=${strings.fit} title=${strings.fit} @click=${() => {
        const fit = this.#fit;
        if (fit) this.#animateTo(fit, true);
      }}>${strings.fitShort}</button>
    </div>`;
  }

  /** The pan frame: the scale it began with, and its origin in time; it holds while the scale only translates. */
  #panFrame: { baseKey: string; x: TimeScaleFn; origin: number } | null = null;
  /** How far the pan frame is from the screen for the geometry on show (px). */
  #shift = 0;

  /**
   * How far the pan frame is from the screen, in px: a position in the frame is its screen position plus this.
   * While the scale keeps its zoom (a pan), the frame stays, so everything already drawn keeps its coordinates and
   * only one transform changes; a zoom, resize or new data starts a new frame at the view's start. The frame is
   * also renewed before coordinates grow large enough to lose precision.
   */
  #panShift(g: Geometry): number {
    const f = this.#panFrame;
    if (f && f.baseKey === g.baseKey && sameZoom(f.x, g.x, g.view[0], g.view[1])) {
      const origin = g.x(f.origin);
      if (Math.abs(origin) < PAN_FRAME_LIMIT) return -origin;
    }
    this.#panFrame = { baseKey: g.baseKey, x: g.x, origin: g.view[0] };
    return -g.x(g.view[0]);
  }

  #renderHorizontal(g: Geometry): TemplateResult {
    const strings = this.#strings;
    const count = this.#filtered.length;
    const positionOf = this.#index!.position;
    const laneTop = (lane: number) => AXIS_HEIGHT + lane * g.laneHeight;
    const eras = this.#parsed!.eras;
    const focused = this.#focusId ? this.#byId.get(this.#focusId) : undefined;
    const holding = focused ? g.clusters.findIndex((c) => focused.when.start >= c.start && focused.when.start < c.end) : -1;
    // The cluster that holds the focused event keeps the tab stop, so focus goes back where it was.
    const clusterStop = g.mode === 'clusters' ? (holding >= 0 ? holding : Math.max(0, g.clusters.findIndex((c) => c.x1 > 0))) : -1;
    const tabStop = g.mode === 'events' ? this.#tabStop(g.inView) : null;
    const maxDensity = Math.max(1, ...g.density.map((b) => b.count));
    // Everything that moves with time is drawn in the pan frame (see #panShift) and moved by one transform, so a
    // pan rewrites a few attributes instead of every position.
    const shift = this.#shift;
    const at = (px: number) => Math.round((px + shift) * 64) / 64;
    const move = this.#rtl ? shift : -shift;
    const mirror = this.#rtl ? `matrix(-1,0,0,1,${g.width},0)` : '';
    return html`<div class="plot ${g.mode}" style="height:${g.height}px">
      <svg class="axis" part="axis" aria-hidden="true" width=${g.width} height=${g.height}>
        <g transform=${this.#rtl ? `matrix(-1,0,0,1,${g.width + shift},0)` : `translate(${-shift},0)`}>
        <path class="band" d=${g.ticks.map((t, i) => (t.band
          ? `M${at(t.x)},${AXIS_HEIGHT - 6}H${i + 1 < g.ticks.length ? at(g.ticks[i + 1].x) : at(t.x) + g.width}V${g.height}H${at(t.x)}Z`
          : '')).join('')}></path>
        ${eras.map((era) => {
          const x0 = Math.max(0, g.x(era.when.start));
          const x1 = Math.min(g.width, g.x(era.when.end));
          return x1 > x0 ? svg`<g class="era"><rect x=${at(x0)} y=${AXIS_HEIGHT - 14} width=${at(x1) - at(x0)} height="4" rx="2"></rect></g>` : nothing;
        })}
        <path class="tick" d=${gridPath(g.ticks.filter((t) => !t.major), at, g.height)}></path>
        <path class="tick major" d=${gridPath(g.ticks.filter((t) => t.major), at, g.height)}></path>
        <line class="axis-line" x1=${-PAN_FRAME_LIMIT} x2=${PAN_FRAME_LIMIT + g.width} y1=${AXIS_HEIGHT - 6} y2=${AXIS_HEIGHT - 6}></line>
        ${g.gaps.map((gap) => this.#renderGap(gap, g.height, at))}
        ${g.mode === 'events'
          ? repeat(g.inView, (e) => e.id, (e) => {
              const p = g.placed.get(e.id)!;
              return p.barX1 - p.barX0 > 1
                ? svg`<rect class="bar cat ${e.when.approximate || e.when.uncertain ? 'approximate' : ''}" style=${this.#colorVars(e.category)}
                    x=${at(p.barX0)} y=${laneTop(p.lane) + 3} width=${at(p.barX1) - at(p.barX0)} height=${g.laneHeight - 10} rx="3"></rect>`
                : nothing;
            })
          : nothing}
        </g>
        ${g.mode === 'clusters'
          ? svg`<path class="density" transform=${mirror} d=${g.density.map((b) => {
              const h = Math.sqrt(b.count / maxDensity) * 36;
              return b.count ? `M${b.x0},${g.height - 4}h${Math.max(1, b.x1 - b.x0 - 0.5)}v${-Math.max(1, h)}h${-Math.max(1, b.x1 - b.x0 - 0.5)}Z` : '';
            }).join('')}></path>`
          : nothing}
        <g transform="translate(${move},0)">
        ${repeat(g.ticks.filter((t) => t.label), (t) => t.value, (t) => {
          // Text is placed outside the mirrored group so it reads the right way round.
          const atTick = t.labelX === t.x;
          const x = this.#rtl ? g.width - at(t.labelX) - (atTick ? 4 : 0) : at(t.labelX) + (atTick ? 4 : 0);
          return svg`<text class="tick-label ${t.major ? 'major' : ''}" part="tick" x=${x} y="16" text-anchor=${atTick ? (this.#rtl ? 'end' : 'start') : 'middle'}>${t.label}</text>`;
        })}
        ${g.gaps.map((gap) => {
          const label = this.#gapLabel(gap);
          const mid = at((gap.x0 + gap.x1) / 2);
          return label ? svg`<text class="gap-label" x=${this.#rtl ? g.width - mid : mid} y="16" text-anchor="middle" font-size="11">${label}</text>` : nothing;
        })}
        </g>
      </svg>
      ${g.before.count && g.before.nearest
        ? html`<button class="edge before no-pan" @click=${() => this.#onEdgeClick(g.before.nearest!)}>${this.#rtl ? '→' : '←'} ${fill(strings.earlier, { count: this.#number(g.before.count) })}</button>`
        : nothing}
      ${g.after.count && g.after.nearest
        ? html`<button class="edge after no-pan" @click=${() => this.#onEdgeClick(g.after.nearest!)}>${fill(strings.later, { count: this.#number(g.after.count) })} ${this.#rtl ? '←' : '→'}</button>`
        : nothing}
      ${g.mode === 'clusters'
        ? html`<ul class="events clusters" role="list" aria-label=${strings.events} style="transform:translateX(${move}px)">
            ${repeat(g.clusters, (c) => `${c.start}`, (c, i) => {
              const x0 = Math.max(0, c.x0) + 2;
              const x1 = Math.min(g.width, c.x1) - 2;
              return html`<li style="inset-inline-start:${at(x0)}px;top:${AXIS_HEIGHT + 6}px;width:${Math.max(24, at(x1) - at(x0))}px">
                <button class="cluster" part="cluster" data-cluster=${i} tabindex=${i === clusterStop ? '0' : '-1'}
                  aria-label=${fill(strings.cluster, { count: this.#number(c.count), range: this.#formatRange(c.start, c.end) })}
                  @click=${() => this.#onClusterClick(c)}>${this.#number(c.count)}</button>
              </li>`;
            })}
          </ul>`
        : html`<ul class="events" role="list" aria-label=${strings.events} style="transform:translateX(${move}px)">
            ${repeat(g.inView, (e) => e.id, (e) => {
              const p = g.placed.get(e.id)!;
              const left = p.labelSide === 'right' ? p.markerX - this.#markerRadius : p.markerX - this.#markerRadius - (p.labelWidth ? 6 + p.labelWidth : 0);
              const width = this.#markerRadius * 2 + (p.labelWidth ? 6 + p.labelWidth : 0);
              return html`<li style="inset-inline-start:${at(left)}px;top:${laneTop(p.lane) + 2}px;width:${width}px">
                ${this.#renderEventButton(e, positionOf.get(e.id)!, count, tabStop, {
                  left: p.labelSide === 'left',
                  shortened: p.shortened && p.labelWidth > 0,
                  hiddenLabel: p.labelWidth === 0,
                  labelWidth: p.labelWidth,
                })}
              </li>`;
            })}
          </ul>`}
      ${this.#hint === 'shown' ? html`<div class="hint" aria-hidden="true">${strings.wheelHint}</div>` : nothing}
    </div>
    ${g.overview ? this.#renderOverview(g) : nothing}`;
  }

  #renderOverview(g: Geometry): TemplateResult {
    const o = g.overview!;
    const max = Math.max(1, ...o.density.map((b) => b.count));
    const [b0, b1] = o.brush;
    const fit = this.#fit!;
    const centre = ((g.view[0] + g.view[1]) / 2 - fit[0]) / (fit[1] - fit[0]);
    const label = this.#formatRange(g.view[0], g.view[1]);
    return html`<div class="overview" part="overview" style="height:${OVERVIEW_HEIGHT}px"
      @pointerdown=${this.#onOverviewDown} @pointermove=${this.#onOverviewMove} @pointerup=${this.#onOverviewUp} @pointercancel=${this.#onOverviewUp}>
      <svg aria-hidden="true" width=${g.width} height=${OVERVIEW_HEIGHT}>
        <path transform=${this.#rtl ? `matrix(-1,0,0,1,${g.width},0)` : ''} class="density" d=${o.density.map((b) => {
          const h = Math.sqrt(b.count / max) * (OVERVIEW_HEIGHT - 6);
          return b.count ? `M${b.x0},${OVERVIEW_HEIGHT - 2}h${Math.max(1, b.x1 - b.x0)}v${-Math.max(1.5, h)}h${-Math.max(1, b.x1 - b.x0)}Z` : '';
        }).join('')}></path>
      </svg>
      <div class="brush" part="brush" role="slider" tabindex="0"
        aria-label=${this.#strings.overview} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(Math.max(0, Math.min(1, centre)) * 100)}
        aria-valuetext=${fill(this.#strings.showing, { range: label })}
        style="inset-inline-start:${b0}px;width:${Math.max(4, b1 - b0)}px">
        <span class="handle start"></span><span class="handle end"></span>
      </div>
    </div>`;
  }

  #numberFormat: [string, Intl.NumberFormat] | null = null;
  #number(n: number): string {
    if (this.#numberFormat?.[0] !== this.#locale) this.#numberFormat = [this.#locale, new Intl.NumberFormat(this.#locale)];
    return this.#numberFormat[1].format(n);
  }

  /** A window in words at the precision the data need: days for dates, minutes for date-times. */
  #formatRange(start: number, end: number): string {
    const options: Intl.DateTimeFormatOptions = this.#dateOnly
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: this.timeZone || 'UTC' };
    const format = dateFormat(this.#locale, options);
    const last = this.#dateOnly ? Math.max(start, end - 1) : end;
    try {
      return format.formatRange(new Date(start), new Date(last));
    } catch {
      return `${format.format(new Date(start))} – ${format.format(new Date(last))}`;
    }
  }

  /** "3 days": how long a compressed stretch is. */
  #gapLabel(gap: AxisGap): string {
    const days = Math.round((gap.end - gap.start) / DAY);
    return days >= 1 ? new Intl.NumberFormat(this.#locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days) : '';
  }

  #renderGap(gap: AxisGap, height: number, at: (px: number) => number): TemplateResult {
    const zig = (x: number) => {
      let d = `M${x},${AXIS_HEIGHT - 26}`;
      for (let y = AXIS_HEIGHT - 26, i = 0; y < height; y += 6, i++) d += `L${x + (i % 2 ? -2.5 : 2.5)},${y + 6}`;
      return d;
    };
    return svg`<g class="gap">
      <rect x=${at(gap.x0) + 3} y="0" width=${Math.max(0, at(gap.x1) - at(gap.x0) - 6)} height=${height}></rect>
      <path d=${zig(at(gap.x0) + 5)}></path><path d=${zig(at(gap.x1) - 5)}></path>
    </g>`;
  }

  #renderEventButton(
    e: ParsedEvent,
    index: number,
    count: number,
    tabStop: string | null,
    opts: { left?: boolean; shortened?: boolean; hiddenLabel?: boolean; labelWidth?: number; vertical?: boolean; showDate?: boolean; compact?: boolean },
  ): TemplateResult {
    const selected = this.selected === e.id;
    const classes = [
      'event',
      'cat',
      opts.left ? 'left' : '',
      opts.shortened ? 'shortened' : '',
      opts.hiddenLabel ? 'hidden-label' : '',
      selected ? 'selected' : '',
      e.when.uncertain || e.when.approximate ? 'uncertain' : '',
    ].filter(Boolean).join(' ');
    return html`<button
      class=${classes}
      part=${selected ? 'event event--selected' : 'event'}
      data-id=${e.id}
      tabindex=${e.id === tabStop ? '0' : '-1'}
      aria-label=${this.#accessibleName(e, index, count)}
      aria-expanded=${selected ? 'true' : 'false'}
      style=${this.#colorVars(e.category)}
      @click=${this.#onEventClick}
      @focus=${this.#onEventFocus}
    >${this.#renderMarker(e.category)}<span class="label" part="label" dir="auto" style=${opts.vertical ? '' : `width:${opts.labelWidth ?? 0}px`}
      >${e.event.title}</span>${opts.compact ? html`<span class="when-inline" aria-hidden="true">${this.#compactWhen(e)}</span>` : nothing}</button>${opts.showDate
        ? html`<span class="when" aria-hidden="true">${this.#formatDate(e)}</span>`
        : nothing}`;
  }

  /** The calendar day (as a UTC midnight, in ms) an instant falls on in an IANA zone. */
  #dayIn(ms: number, zone: string): number {
    const parts = dateFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: zone }).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'));
  }

  /**
   * Day groups of the vertical list: a heading per calendar day (or per period/interval), with the gap before
   * it. A date-time belongs to its day in `time-zone` when one is set, else to the day it was written in (its own
   * offset); groups are in calendar order even when offsets differ.
   */
  #groups(events: readonly ParsedEvent[]): { key: string; label: string; later: string; events: ParsedEvent[] }[] {
    const strings = this.#strings;
    const zone = this.timeZone && this.#attributeIssues.every((i) => i.field !== 'time-zone') ? this.timeZone : '';
    const dayFormat = dateFormat(this.#locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const days = new Intl.NumberFormat(this.#locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
    const byKey = new Map<string, { key: string; label: string; later: string; sort: number; start: number; end: number; events: ParsedEvent[] }>();
    for (const e of events) {
      const w = e.when;
      const dayLevel = (w.precision === 'day' || w.precision === 'time') && !w.interval;
      const day = !dayLevel ? 0
        : w.offsetMinutes === null ? Math.floor(w.start / DAY) * DAY
          : zone ? this.#dayIn(w.start, zone)
            : Math.floor((w.start + w.offsetMinutes * 60_000) / DAY) * DAY;
      const key = dayLevel ? `d${day}` : `r${w.start}-${w.end}-${w.approximate}-${w.uncertain}`;
      const group = byKey.get(key);
      if (group) {
        group.events.push(e);
        group.end = Math.max(group.end, w.end);
        continue;
      }
      byKey.set(key, {
        key,
        label: dayLevel ? dayFormat.format(new Date(day)) : this.#formatDate(e),
        later: '',
        sort: dayLevel ? day : w.start,
        start: dayLevel ? day : w.start,
        end: dayLevel ? Math.max(day + DAY, w.end) : w.end,
        events: [e],
      });
    }
    const groups = [...byKey.values()].sort((a, b) => a.sort - b.sort);
    let previousEnd = -Infinity;
    for (const group of groups) {
      const gapDays = Math.round((group.start - previousEnd) / DAY);
      if (Number.isFinite(gapDays) && gapDays >= 1) group.later = fill(strings.gapLater, { duration: days.format(gapDays) });
      previousEnd = Math.max(previousEnd, group.end);
    }
    return groups;
  }

  /** A date line under the title where the day heading does not already say it all. */
  #showDate(group: { key: string }, e: ParsedEvent): boolean {
    return group.key.startsWith('d') && (e.when.precision === 'time' || e.when.approximate || e.when.uncertain);
  }

  #renderVertical(): TemplateResult {
    const strings = this.#strings;
    const count = this.#filtered.length;
    const positionOf = this.#index!.position;
    const { inView: events, hiddenBefore, hiddenAfter } = this.#splitByWindow(this.#view ?? this.#authorWindow);
    const before = hiddenBefore.length
      ? html`<button class="edge-inline" @click=${() => this.#onEdgeClick(hiddenBefore[hiddenBefore.length - 1])}>↑ ${fill(strings.earlier, { count: this.#number(hiddenBefore.length) })}</button>`
      : nothing;
    const after = hiddenAfter.length
      ? html`<button class="edge-inline" @click=${() => this.#onEdgeClick(hiddenAfter[0])}>↓ ${fill(strings.later, { count: this.#number(hiddenAfter.length) })}</button>`
      : nothing;
    if (events.length > VIRTUAL_ABOVE) return html`${before}${this.#renderVirtualList(events)}${after}${this.#renderDetail()}`;
    const tabStop = this.#tabStop(events);
    return html`${before}
      <ol class="vlist" aria-label=${strings.events}>
      ${this.#groups(events).map((group) => html`<li class="day">
          <p class="day-head">${group.later ? html`<span class="later">${group.later}</span>` : nothing}${group.label}</p>
          <ul class="events" role="list">
            ${repeat(group.events, (e) => e.id, (e) => html`<li>
              ${this.#renderEventButton(e, positionOf.get(e.id)!, count, tabStop, { vertical: true, showDate: this.#showDate(group, e) })}
              ${this.selected === e.id ? this.#renderDetail() : nothing}
            </li>`)}
          </ul>
        </li>`)}
    </ol>
    ${after}`;
  }

  /**
   * The vertical list for long data: fixed-height rows, only those in the scroll viewport in the DOM (a few dozen
   * at 100,000 events). Day headings are rows too; each event's name carries its date, so they are hidden from
   * assistive technology.
   */
  #renderVirtualList(events: ParsedEvent[]): TemplateResult {
    const strings = this.#strings;
    const key = `${this.#dataVersion}|${events.length}|${events[0]?.id}|${this.#locale}`;
    if (this.#rows?.key !== key) {
      const rows: Row[] = [];
      let top = 0;
      for (const group of this.#groups(events)) {
        rows.push({ top, day: { label: group.label, later: group.later } });
        top += ROW_DAY;
        for (const event of group.events) {
          rows.push({ top, event });
          top += ROW_EVENT;
        }
      }
      this.#rows = { key, rows, tops: Float64Array.from(rows, (r) => r.top), height: top };
    }
    const { rows, tops, height } = this.#rows;
    const viewport = 640;
    const first = Math.max(0, bisectLeft(tops, this.#scrollTop) - 8);
    const last = Math.min(rows.length, bisectLeft(tops, this.#scrollTop + viewport) + 8);
    const visible = rows.slice(first, last);
    const visibleEvents = visible.filter((r) => r.event).map((r) => r.event!);
    const focusInRange = visibleEvents.some((e) => e.id === this.#focusId || e.id === this.selected);
    const tabStop = focusInRange ? this.#tabStop(visibleEvents) : visibleEvents[0]?.id ?? null;
    const count = this.#filtered.length;
    const positionOf = this.#index!.position;
    return html`<div class="vscroll" @scroll=${this.#onScroll}>
      <div class="vspace" role="list" aria-label=${strings.events} style="height:${height}px">
        ${repeat(visible, (r) => r.event?.id ?? `day${r.top}`, (r) => r.event
          ? html`<div class="vrow" role="listitem" style="top:${r.top}px">
              ${this.#renderEventButton(r.event, positionOf.get(r.event.id)!, count, tabStop, { vertical: true, compact: true })}
            </div>`
          : html`<div class="vrow vday" aria-hidden="true" style="top:${r.top}px">
              ${r.day!.label}${r.day!.later ? html`<span class="later">${r.day!.later}</span>` : nothing}
            </div>`)}
      </div>
    </div>`;
  }

  /** Scrolls the virtualised list so the event's row is in view. */
  #scrollToEvent(event: ParsedEvent): void {
    const rows = this.#rows;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.vscroll');
    if (!rows || !scroller) return;
    const row = rows.rows.find((r) => r.event?.id === event.id);
    if (!row) return;
    const height = scroller.clientHeight || 640;
    if (row.top < scroller.scrollTop || row.top + ROW_EVENT > scroller.scrollTop + height) {
      scroller.scrollTop = Math.max(0, row.top - height / 3);
    }
    this.#scrollTop = scroller.scrollTop;
    this.requestUpdate();
  }

  #renderDetail(): TemplateResult | typeof nothing {
    const event = this.selected ? this.#byId.get(this.selected) : undefined;
    if (!event) return nothing;
    const strings = this.#strings;
    const e = event.event;
    const number = new Intl.NumberFormat(this.#locale);
    const basis = e.dateBasis === 'relative' ? strings.dateBasisRelative : e.dateBasis === 'inferred' ? strings.dateBasisInferred : '';
    return html`<section class="detail cat" part="detail" aria-labelledby="detail-title" style=${this.#colorVars(event.category)}>
      <div class="detail-head">
        ${this.#renderMarker(event.category)}
        <h3 id="detail-title">${e.title}</h3>
        <button class="close" aria-label=${strings.close} @click=${() => {
          this.#focusId = event.id;
          this.#selectByUser(null);
          this.#restoreFocus = true;
        }}>✕</button>
      </div>
      <p class="meta">
        <time datetime=${e.date}>${this.#formatDate(event)}</time> · ${this.#categoryLabel(event.category)}${e.place ? html` · ${e.place.name}` : nothing}
      </p>
      ${basis || e.dateNote ? html`<p class="date-note">${basis}${basis && e.dateNote ? ': ' : ''}${e.dateNote ?? ''}</p>` : nothing}
      ${e.summary ? html`<p class="summary">${e.summary}</p>` : nothing}
      ${e.figures?.length
        ? html`<ul class="figures">${e.figures.map((f) => html`<li>
            ${f.qualifier ? `${f.qualifier} ` : ''}<strong>${number.format(f.value)}${f.unit ? ` ${f.unit}` : ''}</strong> ${f.label}${f.attribution ? html` <span class="according">(${fill(strings.according, { who: f.attribution })})</span>` : nothing}
          </li>`)}</ul>`
        : nothing}
      ${event.citations.length
        ? html`<p class="sources-head">${strings.sources}</p>
          <ul class="citations">${event.citations.map((c) => html`<li>
            ${c.quote ? html`<blockquote>“${c.quote}”</blockquote>` : nothing}
            <cite>— ${c.url ? html`<a href=${c.url} target="_blank" rel="noopener noreferrer">${c.title ?? c.url}</a>` : c.title ?? strings.source}${c.publisher ? `, ${c.publisher}` : ''}</cite>
          </li>`)}</ul>`
        : nothing}
    </section>`;
  }
}
