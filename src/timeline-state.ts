import { indexEvents } from './layout/event-index.js';
import { computeGeometry, PanFrame, type Geometry, type GeometryCache } from './layout/chart-geometry.js';
import { groupByDay } from './layout/day-groups.js';
import { fitForLabels } from './layout/label-room.js';
import { buildRows, visibleRange, type VirtualRows } from './layout/virtual-rows.js';
import { MARKER_SIZE, MARKER_SIZE_MAX, MARKER_SIZE_MIN, LANE_HEIGHT, LABEL_FONT_SIZE, TABLE_ROW } from './layout/metrics.js';
import { assignCategoryStyles, type CategoryStyle } from './model/categories.js';
import { categoryList, eventAnchors, filterEvents, splitByWindow, type Filtered } from './model/filter.js';
import { validateAttributes, type AttributeValues } from './model/validate-attributes.js';
import { measureText } from './render/text-measure.js';
import { createFormatter, type Formatter } from './format.js';
import { fill, mergeStrings, stringsFor, type TimelineStrings } from './strings.js';
import type { Input, SrcLoad } from './controllers/data-source-controller.js';
import type { ListFrame, TableFrame } from './frame.js';
import type { ConflictTimelineErrorDetail, ConflictTimelineLoadDetail } from './events.js';
import type { View } from './scales/view.js';
import type { TimeScaleFn } from './scales/time.js';
import type { EventsById, ParsedEvent, ParsedTimeline, ValidationIssue } from './model/types.js';

/** What controllers read of the derived record (never write: only the element's willUpdate does). */
export interface ChartReadings {
  readonly geometry: Geometry | null;
  readonly baseScale: TimeScaleFn | null;
  readonly filtered: Filtered;
  readonly layout: 'horizontal' | 'vertical';
  readonly rtl: boolean;
  readonly byId: EventsById;
}

export interface ChartView {
  view: View | null;
  authorWindow: View | null;
  minSpan: number;
}
export interface ChartOptions {
  scale: string;
  timeZone: string;
  showOverview: boolean;
}

/** Longer lists than this are virtualised in the vertical layout and the table: only the rows in view are in the DOM. */
const VIRTUAL_ABOVE = 300;

const NO_EVENTS: Filtered = { active: null, events: [], index: indexEvents([]), fit: null, dateOnly: true };

/**
 * The element's derived record: what one update works out from the properties, the data and the controllers,
 * in pipeline order (input → attributes → filter → chart or list). Only the element's `willUpdate` calls the
 * methods that write it; everything else reads it. The caches here (base scales, list rows, formatters, merged
 * words) only memoise pure results.
 */
export class TimelineState {
  input: Input | null = null;
  parsed: ParsedTimeline | null = null;
  byId: EventsById = new Map<string, ParsedEvent>();
  dataIssues: ValidationIssue[] = [];
  attributeIssues: ValidationIssue[] = [];
  styles = new Map<string, CategoryStyle>();
  /** Events per category, counted once per dataset: the legend is drawn on every view change. */
  categoryCounts = new Map<string, number>();
  filtered: Filtered = NO_EVENTS;
  /** Changes with every new filter result, so cached scales and rows are rebuilt. */
  dataVersion = 0;
  locale = 'en';
  errorMessage = '';
  /** Load and error events to fire once the update that drew them is done. */
  pending: { load?: ConflictTimelineLoadDetail; error?: ConflictTimelineErrorDetail } = {};
  layout: 'horizontal' | 'vertical' = 'vertical';
  /** Right-to-left page: time runs from right to left; the layout is computed left-to-right and mirrored. */
  rtl = false;
  /** Half of `--conflict-timeline-marker-size`. */
  markerRadius = MARKER_SIZE / 2;
  geometry: Geometry | null = null;
  /** The pan frame's offset for the geometry on show (px). */
  shift = 0;
  readonly #cache: GeometryCache = {};
  readonly #panFrame = new PanFrame();
  readonly #warned = new Set<string>();
  /** The unfiltered index of a large input, built in slices while it was read. */
  #prepared: Filtered | null = null;
  /** The filter's fit, before `fitLabels` gives the last labels room (per width and font). */
  #fit: { fit: View | null; key: string; value: View | null } = { fit: null, key: '', value: null };
  #rows: ({ key: string } & VirtualRows) | null = null;
  #strings: { locale: string; own: Partial<TimelineStrings> | null | undefined; value: TimelineStrings; issues: ValidationIssue[] } | null = null;
  #format: { key: string; strings: TimelineStrings; value: Formatter } | null = null;

  /** The load and error events queued by this update, handed over once (the element fires them after rendering). */
  takePending(): { load?: ConflictTimelineLoadDetail; error?: ConflictTimelineErrorDetail } {
    const pending = this.pending;
    this.pending = {};
    return pending;
  }

  /** Problems found in the data and the attributes. */
  get issues(): ValidationIssue[] {
    return [...this.dataIssues, ...this.attributeIssues, ...(this.#strings?.issues ?? [])];
  }

  /** The base scale the chart's view is derived from. */
  get baseScale(): TimeScaleFn | null {
    return this.#cache.base?.scale.x ?? null;
  }

  /** The element's words: the built-in ones for the locale's language, then the author's overrides (merged once per change). */
  strings(own: Partial<TimelineStrings> | null | undefined): TimelineStrings {
    const cached = this.#strings;
    if (cached && cached.locale === this.locale && cached.own === own) return cached.value;
    // Validated word by word: a word that is not text, or whose getter throws, keeps the built-in one (and is an issue).
    const { strings: value, issues } = mergeStrings(stringsFor(this.locale), own ?? {});
    const merged = { locale: this.locale, own, value, issues };
    this.#strings = merged;
    return value;
  }

  /** Dates, numbers and names in words, rebuilt only when the locale, words, zone or precision change. */
  formatter(strings: TimelineStrings, timeZone: string): Formatter {
    const timeZoneValid = this.attributeIssues.every((i) => i.field !== 'time-zone');
    const key = `${this.locale}|${timeZone}|${timeZoneValid}|${this.filtered.dateOnly}`;
    if (this.#format?.key !== key || this.#format.strings !== strings) {
      this.#format = { key, strings, value: createFormatter({ locale: this.locale, strings, timeZone, timeZoneValid, dateOnly: this.filtered.dateOnly }) };
    }
    return this.#format.value;
  }

  /**
   * New input: parse it (or take the fetch's error), report what was wrong, and queue the load or error event.
   * Returns whether new data are drawn.
   */
  applyInput(input: Input, load: SrcLoad | null, strings: TimelineStrings): boolean {
    this.input = input;
    this.errorMessage = '';
    if (input.origin === 'builtin' && !input.value) return false; // its chunk is on its way
    // A large input being read keeps what is drawn until it is all there (the element shows how far it got).
    if (input.progress) return false;
    if (input.origin === 'src') {
      if (!load || load.status === 'loading') {
        // Keep what is drawn until the new data arrive, so nothing jumps.
        this.input = { origin: 'src', value: null };
        return false;
      }
      if (load.result?.error) {
        this.#clear();
        this.dataIssues = load.result.issues ?? [];
        this.errorMessage = load.result.error;
        this.pending.error = { message: load.result.error, issues: this.issues, origin: 'src' };
        return false;
      }
    }
    // The data source parses every input (in one go, or in slices for a large one): nothing to draw until it has.
    const result = input.parsed;
    if (!result) return false;
    this.#prepared = result.all ?? null;
    this.dataIssues = [...(input.origin === 'src' ? load?.result?.issues ?? [] : []), ...result.issues];
    if (!result.timeline.events.length) {
      this.#clear();
      const first = result.issues.find((i) => i.severity === 'error');
      this.errorMessage = first && !first.index ? first.message : strings.noEvents;
      if (result.timeline.inputCount > 0) this.errorMessage = fill(strings.notShown, { invalid: result.timeline.inputCount, total: result.timeline.inputCount });
      this.pending.error = { message: this.errorMessage, issues: this.dataIssues, origin: input.origin };
      return false;
    }
    this.parsed = result.timeline;
    this.byId = result.byId;
    this.styles = assignCategoryStyles(result.timeline.categories);
    this.categoryCounts = result.categoryCounts;
    this.pending.load = { count: result.timeline.events.length, total: result.timeline.inputCount, issues: [], origin: input.origin, title: result.timeline.title };
    return true;
  }

  #clear(): void {
    this.#prepared = null;
    this.parsed = null;
    this.byId = new Map();
  }

  /** Checks the attributes (each invalid one falls back to its default), warns once per message, resolves the locale. */
  validate(values: AttributeValues, languages: readonly string[]): void {
    const { issues, locale } = validateAttributes(values, { parsed: this.parsed, hasEvent: (id) => this.byId.has(id), languages });
    this.locale = locale;
    for (const issue of issues) {
      if (!this.#warned.has(issue.message)) {
        this.#warned.add(issue.message);
        console.warn(`<conflict-timeline>: ${issue.message}`);
      }
    }
    this.attributeIssues = issues;
    if (this.pending.load) this.pending.load.issues = this.issues;
    if (this.pending.error) this.pending.error.issues = this.issues;
  }

  /** The category filter: sort and index once per data or filter change; every view change then costs O(log n + visible). */
  filter(categories: string): void {
    // With no filter, a large input's index was built while it was read, in slices.
    const prepared = !categoryList(categories).length ? this.#prepared : null;
    this.filtered = prepared ?? filterEvents(this.parsed?.events ?? [], categories, (id) => this.byId.get(id));
    this.#fit = { fit: this.filtered.fit, key: '', value: this.filtered.fit };
    this.dataVersion++;
  }

  /** The fit with room for the last events' titles (see fitForLabels), once per data, layout, width and font. */
  fitLabels(width: number, style: CSSStyleDeclaration | null): void {
    const { fit } = this.#fit;
    const font = `${LABEL_FONT_SIZE}px ${style?.fontFamily || 'sans-serif'}`;
    const key = `${this.dataVersion}|${this.layout}|${width}|${font}|${this.markerRadius}`;
    if (this.#fit.key !== key) {
      const value = this.layout === 'horizontal' ? fitForLabels(fit, this.filtered.events, this.filtered.index.starts[0], width, font, this.markerRadius) : fit;
      this.#fit = { fit, key, value };
    }
    if (this.filtered.fit !== this.#fit.value) this.filtered = { ...this.filtered, fit: this.#fit.value };
  }

  /** Reads the host's style once per update (direction, font, lane height, marker size) and picks the layout. */
  readStyle(style: CSSStyleDeclaration | null, layout: string, width: number): void {
    this.rtl = style?.direction === 'rtl';
    const chosen = layout === 'horizontal' || layout === 'vertical' ? layout : 'auto';
    this.layout = chosen === 'auto' ? (width > 0 && width < 600 ? 'vertical' : width === 0 ? 'vertical' : 'horizontal') : chosen;
    const markerSize = parseFloat(style?.getPropertyValue('--conflict-timeline-marker-size') ?? '');
    this.markerRadius = markerSize >= MARKER_SIZE_MIN && markerSize <= MARKER_SIZE_MAX ? markerSize / 2 : MARKER_SIZE / 2;
  }

  /** Lays out the horizontal chart for the view (null when the chart is too narrow or there is nothing to draw). */
  layoutChart(width: number, style: CSSStyleDeclaration | null, view: ChartView, options: ChartOptions): void {
    this.geometry = this.layout === 'horizontal' ? this.chartAt(width, style, view, options, this.#cache) : null;
    if (this.geometry) this.shift = this.#panFrame.shiftFor(this.geometry);
  }

  /** The chart at a width, for the chart on show or (with a cache of its own) for an export of another view. */
  chartAt(width: number, style: CSSStyleDeclaration | null, view: ChartView, options: ChartOptions, cache: GeometryCache = {}): Geometry | null {
    const { index, fit } = this.filtered;
    if (!this.parsed || !this.filtered.events.length || width < 120 || !fit) return null;
    const font = `${LABEL_FONT_SIZE}px ${style?.fontFamily || 'sans-serif'}`;
    return computeGeometry(
      {
        width,
        index,
        fit,
        authorWindow: view.authorWindow,
        view: view.view,
        scale: options.scale,
        dataVersion: this.dataVersion,
        anchors: () => this.filtered.anchors ?? eventAnchors(this.filtered.events),
        locale: this.locale,
        dateOnly: this.filtered.dateOnly,
        timeZone: options.timeZone || undefined,
        laneHeight: parseFloat(style?.getPropertyValue('--conflict-timeline-lane-height') ?? '') || LANE_HEIGHT,
        markerRadius: this.markerRadius,
        measure: (text) => measureText(text, font),
        minSpan: view.minSpan,
        showOverview: options.showOverview,
        previous: cache === this.#cache ? this.geometry : null,
        dataset: this.parsed,
      },
      cache,
    );
  }

  /** The vertical list for the window: grouped by day (its first `limit` events), or as virtual rows near the scroll position. */
  layoutList(window: View | null, format: Formatter, strings: TimelineStrings, timeZone: string, scrollTop: number, tabStop: (events: readonly ParsedEvent[]) => string | null, focused: (id: string) => boolean, limit = Infinity): ListFrame {
    const { inView, hiddenBefore, hiddenAfter } = splitByWindow(this.filtered.events, window);
    const more = inView.length <= VIRTUAL_ABOVE ? Math.max(0, inView.length - limit) : 0;
    const groups = () => groupByDay(more ? inView.slice(0, limit) : inView, { locale: this.locale, timeZone, timeZoneValid: this.attributeIssues.every((i) => i.field !== 'time-zone'), strings, formatDate: format.formatDate, duration: format.gapLabel });
    if (inView.length <= VIRTUAL_ABOVE) return { hiddenBefore, hiddenAfter, groups: groups(), rows: null, height: 0, tabStop: tabStop(inView), more };
    const key = `${this.dataVersion}|${inView.length}|${inView[0]?.id}|${this.locale}`;
    if (this.#rows?.key !== key) this.#rows = { key, ...buildRows(groups()) };
    const [first, last] = visibleRange(this.#rows.tops, scrollTop);
    const rows = this.#rows.rows.slice(first, last);
    const visible = rows.filter((r) => r.event).map((r) => r.event!);
    const stop = visible.some((e) => focused(e.id)) ? tabStop(visible) : visible[0]?.id ?? null;
    return { hiddenBefore, hiddenAfter, groups: null, rows, height: this.#rows.height, tabStop: stop, more: 0 };
  }

  /** What the view shows now, for screen readers (after the reader moved it). */
  describeView(strings: TimelineStrings, timeZone: string): string | null {
    const g = this.geometry;
    if (!g) return null;
    const format = this.formatter(strings, timeZone);
    const count = g.mode === 'events' ? g.inView.length : g.clusters.reduce((sum, c) => sum + c.count, 0);
    return fill(strings.viewAnnouncement, { range: format.formatRange(g.view[0], g.view[1]), count: format.number(count) });
  }

  /** What the reader selected (or that the selection was cleared), for screen readers. */
  describeSelection(event: ParsedEvent | null, strings: TimelineStrings, timeZone: string): string {
    return event ? fill(strings.selected, { title: event.event.title, date: this.formatter(strings, timeZone).formatDate(event) }) : strings.cleared;
  }

  /** The virtual list's rows (to scroll one into view), when the list is virtualised. */
  get rows(): VirtualRows | null {
    return this.#rows;
  }

  /** The table's rows: all of them, or the slice near the scroll position for long tables. */
  layoutTable(scrollTop: number): TableFrame {
    const count = this.filtered.events.length;
    const virtual = count > VIRTUAL_ABOVE;
    const first = virtual ? Math.max(0, Math.floor(scrollTop / TABLE_ROW) - 10) : 0;
    const last = virtual ? Math.min(count, first + 40) : count;
    return { virtual, first, last, rowHeight: TABLE_ROW };
  }
}
