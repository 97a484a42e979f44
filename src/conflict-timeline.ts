import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { styles } from './conflict-timeline.styles.js';
import { prepareShadowRoot } from './shadow-root.js';
import { AnnouncerController } from './controllers/announcer-controller.js';
import { DataSourceController, type Input } from './controllers/data-source-controller.js';
import { DeepLinkController } from './controllers/deep-link-controller.js';
import { DownloadController } from './controllers/download-controller.js';
import { FirstDrawController } from './controllers/first-draw-controller.js';
import { OverviewBrushController } from './controllers/overview-brush-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { RovingFocusController } from './controllers/roving-focus-controller.js';
import { ScrollController } from './controllers/scroll-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { ViewController } from './controllers/view-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { TimelineState, type ChartOptions, type ChartView } from './timeline-state.js';
import { composeFrame } from './compose-frame.js';
import { PADDING } from './layout/metrics.js';
import { renderTimeline } from './render/timeline.js';
import { buildSvg, eventsToCsv, eventsToJson, modelToPng, type CsvOptions } from './render/export.js';
import { chartSvgModel } from './render/svg-export.js';
import type { TimelineStrings } from './strings.js';
import type { Actions, Frame } from './frame.js';
import { composedEvent, type ConflictTimelineErrorDetail, type ConflictTimelineLoadDetail, type ConflictTimelineRangeChangeDetail, type ConflictTimelineSelectDetail } from './events.js';
import type { ParsedEvent, TimelineData, TimelineEvent, ValidationIssue } from './model/types.js';
import { authorWindow } from './model/filter.js';
import { restoreDefaults } from './model/validate-attributes.js';
import { createActions } from './actions.js';
import { pageLanguages } from './page-languages.js';

export type TimelineLayout = 'auto' | 'horizontal' | 'vertical';
export type TimelineTheme = 'auto' | 'light' | 'dark';
export type TimelineScale = 'compressed' | 'linear';
export type TimelineView = 'chart' | 'table';

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
 * @fires {CustomEvent<ConflictTimelineRangeChangeDetail>} conflict-timeline-range-change - The reader changed the visible window (zoom, pan, overview brush, keys, buttons). Detail: `{start, end, startMs, endMs}` (`start`/`end` as the properties say it: days for date-only data; `startMs`/`endMs` the window's exact edges). Fired at the end of each gesture, never for `zoomTo()`, `fit()` or property changes.
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
 * @csspart progress - The progress bar while a large input is read.
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
    maxBytes: { type: Number, attribute: 'max-bytes' },
    view: {},
    deepLink: { type: Boolean, attribute: 'deep-link' },
    downloads: { type: Boolean },
    hideOverview: { type: Boolean, attribute: 'hide-overview' },
    headingLevel: { type: Number, attribute: 'heading-level' },
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
    this.maxBytes = 20_971_520;
    this.view = 'chart';
    this.deepLink = false;
    this.downloads = false;
    this.hideOverview = false;
    this.headingLevel = 2;
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

  /** Milliseconds the network may take to deliver `src` (to its last byte) before the load gives up with an error. */
  declare fetchTimeout: number;

  /** Largest `src` file accepted, in bytes (default 20 MiB). Raise it for big files: a million events is 60–80 MB. */
  declare maxBytes: number;

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

  /** Level (1–6) of the detail panel's heading. Default 2: below the page's `<h1>`, so heading order holds in any page. */
  declare headingLevel: number;

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
    return this.#state.issues;
  }

  /** Events currently drawn (after the category filter), in time order. */
  get visibleEvents(): TimelineEvent[] {
    return this.#state.filtered.events.map((e) => e.event);
  }

  /** True while `src` is being fetched or a large input is being read (in slices between frames). */
  get loading(): boolean {
    return this.#source.loading;
  }

  // ——— the parts: a derived record, and controllers that each own their state and clean up after themselves ———

  readonly #state = new TimelineState();
  readonly #resize = new ResizeController(this);
  readonly #source = new DataSourceController(this, { fetchTimeout: () => this.fetchTimeout, maxBytes: () => this.maxBytes });
  readonly #announcer = new AnnouncerController(this);
  readonly #print = new PrintController(this);
  readonly #firstDraw = new FirstDrawController(this);
  readonly #scroll = new ScrollController(this);
  readonly #view = new ViewController(this, this.#state, {
    writeStartEnd: (start, end) => Object.assign(this, { start, end }),
    rangeChanged: (start, end, [startMs, endMs]) => this.#rangeChanged({ start, end, startMs, endMs }),
    scrollToEvent: (event) => this.#scroll.bringIntoView(this.renderRoot, this.#state.rows, event.id),
  });
  readonly #gestures = new ZoomController(this, this.#state, this.#view);
  readonly #brush = new OverviewBrushController(this, this.#state, this.#view);
  readonly #selection: SelectionController = new SelectionController(this.#state, {
    selected: () => this.selected,
    setSelected: (id) => (this.selected = id),
    focused: () => this.#focus.focusId,
    setFocused: (id) => (this.#focus.focusId = id),
    follow: (event) => this.#view.follow(event),
    selectedByUser: (event) => this.#selectedByUser(event),
  });
  readonly #focus: RovingFocusController = new RovingFocusController(this, this.#state, { renderRoot: () => this.renderRoot as ShadowRoot, selected: () => this.selected }, this.#view, this.#brush, () => this.#selection);
  readonly #menu = new DownloadController(this, this, () => this.#state.parsed?.title || 'timeline');
  readonly #deepLinks = new DeepLinkController(this, {
    enabled: () => this.deepLink && !!this.id,
    ready: () => !!this.#state.parsed,
    state: () => ({ selected: this.selected, ...this.#view.linkWindow() }),
    apply: (state) => {
      this.select(state.selected);
      if (state.start && state.end) this.zoomTo(state.start, state.end);
    },
  });
  #frame?: Frame;
  #laidOutView?: unknown;
  readonly #prototype: object = Object.getPrototypeOf(this);

  /** What render may ask for; each action belongs to a controller. */
  readonly #actions: Actions = createActions({ state: this.#state, view: this.#view, focus: this.#focus, selection: this.#selection, brush: this.#brush, menu: this.#menu, scroll: this.#scroll }, {
    setCategories: (categories) => (this.categories = categories),
    switchView: (view) => {
      if (this.view === view) return;
      this.view = view;
      const words = this.#state.strings(this.strings);
      this.#announcer.say(view === 'table' ? words.tableShown : words.chartShown);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (prepareShadowRoot(this.shadowRoot, (this.constructor as typeof ConflictTimeline).elementStyles, this.ownerDocument ?? document, !this.hasUpdated, this.renderOptions)) this.#firstDraw.whole();
  }

  /** Firefox 140 gives an element adopted by another window's document (or back) a plain element's prototype: mend it. */
  adoptedCallback(): void {
    if (Object.getPrototypeOf(this) !== this.#prototype) Object.setPrototypeOf(this, this.#prototype);
  }

  /** The first update waits for turns of its own (FirstDrawController); the built-in data downloads meanwhile. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.hasUpdated) this.#source.prefetch(this.src);
    return this.hasUpdated || !this.#firstDraw.deferred(changed);
  }

  /** Also waits for the built-in data, a read in slices, a list drawn in parts and the update each queues: `await el.updateComplete` sees it drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (let pending = this.#firstDraw.pending ?? this.#source.pending; pending || this.isUpdatePending; pending = this.#firstDraw.pending ?? this.#source.pending) {
      await pending;
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  /** Selects the event with this id (or clears the selection with null). Does not fire `conflict-timeline-select`. */
  select(id: string | null): TimelineEvent | null {
    return this.#selection.select(id);
  }

  /** Selects the next event in time order (within the filter) and returns it; stays on the last one. */
  next(): TimelineEvent | null {
    return this.#selection.step(1);
  }

  /** Selects the previous event in time order (within the filter) and returns it; stays on the first one. */
  previous(): TimelineEvent | null {
    return this.#selection.step(-1);
  }

  /** Shows the window from `start` to `end` (dates, ISO date-times, Dates or ms). Does not fire range-change. */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    this.#view.zoomTo(start, end);
  }

  /** Zooms in by a factor of 2 around the middle of the view. */
  zoomIn(): void {
    this.#view.zoomStep(2, false);
  }

  /** Zooms out by a factor of 2 around the middle of the view. */
  zoomOut(): void {
    this.#view.zoomStep(0.5, false);
  }

  /** Shows every event (the fitted window). Does not fire range-change. */
  fit(): void {
    this.#view.fit();
  }

  /** The chart as a standalone SVG document (styles inlined, colours resolved); from the list or table, the chart at 1000 px. */
  exportSVG(): string {
    return buildSvg(chartSvgModel(this, this.#state, this.#state.strings(this.strings), this.timeZone, this.#chartInputs()));
  }

  /** The chart as a PNG image, at the device pixel ratio (or `ratio`), drawn on a canvas (no blob: image for `img-src`). */
  async exportPNG(ratio: number = globalThis.devicePixelRatio || 1): Promise<Blob> {
    return modelToPng(chartSvgModel(this, this.#state, this.#state.strings(this.strings), this.timeZone, this.#chartInputs()), ratio);
  }

  /** The events shown (after the filter) as CSV in the import's columns; would-be spreadsheet formulas get a leading `'` unless `options.raw`. */
  exportCSV(options: CsvOptions = {}): string {
    return eventsToCsv(this.#state.filtered.events, options);
  }

  /** The events shown (after the category filter) as a dataset in the element's JSON format. */
  exportJSON(): string {
    return eventsToJson(this.#state.parsed, this.#state.filtered.events);
  }

  #chartInputs(): [ChartView, ChartOptions] {
    return [{ view: this.#view.view, authorWindow: this.#view.authorWindow, minSpan: this.#view.limits().minSpan }, { scale: this.scale, timeZone: this.timeZone, showOverview: !this.hideOverview }];
  }

  /** The pipeline, in order: input → attributes → filter → base window → layout → frame. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    restoreDefaults(this);
    const s = this.#state;
    if (changed.has('src')) this.#source.srcChanged(this.src);
    const input = this.#source.choose(this.src);
    const dataChanged = !s.input || input.origin !== s.input.origin || input.value !== s.input.value;
    if (dataChanged) {
      this.#view.reset();
      if (s.applyInput(input, this.#source.load, this.#state.strings(this.strings))) this.#deepLinks.dataArrived();
    }
    // start/end written by the view as it moves need no checking: only what the author set does.
    const windowByAuthor = (changed.has('start') || changed.has('end')) && this.#view.isAuthorWindow(this.start, this.end);
    const checked = ['locale', 'layout', 'theme', 'scale', 'selected', 'categories', 'timeZone', 'fetchTimeout', 'maxBytes', 'view', 'deepLink'] as const;
    if (dataChanged || windowByAuthor || checked.some((name) => changed.has(name))) s.validate(this, pageLanguages(this));
    if (dataChanged || changed.has('categories')) s.filter(this.categories);
    // start/end written by the author (not by the view following gestures) set a new base window.
    if (windowByAuthor || dataChanged) this.#view.reset(windowByAuthor || this.#view.neverSynced ? authorWindow(this.start, this.end, s.parsed?.events ?? []) : undefined);
    if (changed.has('scale')) this.#view.reset();

    // Measured once before the observer's first report; seeding it avoids a second full render right after.
    if (!this.#resize.width && this.isConnected) this.#resize.width = Math.round(this.getBoundingClientRect().width);
    const width = this.#resize.width;
    // One style read per update (direction, font, lane height, marker size): each read can force a style pass.
    const style = this.isConnected ? getComputedStyle(this) : null;
    s.readStyle(style, this.layout, width);
    s.fitLabels(width - 2 * PADDING, style);
    s.layoutChart(width - 2 * PADDING, style, ...this.#chartInputs());
    this.#frame = composeFrame(s, {
      strings: this.#state.strings(this.strings), theme: this.theme, label: this.label, view: this.view, selected: this.selected, timeZone: this.timeZone,
      downloads: this.downloads, loading: this.loading, headingLevel: this.headingLevel,
    }, { view: this.#view, focus: this.#focus, scroll: this.#scroll, menu: this.#menu, print: this.#print, announcer: this.#announcer, firstDraw: this.#firstDraw });
  }

  protected override render(): TemplateResult {
    return renderTimeline(this.#frame!, this.#actions);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const s = this.#state;
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    this.#gestures.attach(plot);
    this.#gestures.sync();
    // A moved view is laid out now, in the slack before the next frame, so that frame only has to paint it.
    if (s.geometry?.view !== this.#laidOutView) {
      this.#laidOutView = s.geometry?.view;
      plot?.getBoundingClientRect();
    }
    // The load event waits for a list drawn in parts to be whole: a listener finds every event drawn.
    const { load, error } = this.#firstDraw.drawn(s.parsed, this.#frame?.list?.more ?? 0) ? s.takePending() : {};
    for (const [type, detail] of [['load', load], ['error', error]] as const) if (detail) this.dispatchEvent(composedEvent(`conflict-timeline-${type}`, detail));
  }

  /** The reader moved the view: fire range-change, announce what it shows (debounced), keep the deep link. */
  #rangeChanged(detail: ConflictTimelineRangeChangeDetail): void {
    this.dispatchEvent(composedEvent('conflict-timeline-range-change', detail));
    this.#announcer.sayLater(() => this.#state.describeView(this.#state.strings(this.strings), this.timeZone));
    this.#deepLinks.save(false);
  }

  /** The reader selected an event or cleared the selection. */
  #selectedByUser(event: ParsedEvent | null): void {
    this.#announcer.say(this.#state.describeSelection(event, this.#state.strings(this.strings), this.timeZone));
    this.dispatchEvent(composedEvent<ConflictTimelineSelectDetail>('conflict-timeline-select', event ? event.event : null));
    this.#deepLinks.save(true);
  }
}
