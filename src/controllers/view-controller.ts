import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GestureTarget } from './zoom-controller.js';
import { eventsInView } from '../layout/event-index.js';
import { CROWDED } from '../layout/chart-geometry.js';
import type { ChartReadings } from '../timeline-state.js';
import { clampView, distinguishableSpan, panView, toInstant, windowEdges, zoomInToEvents, zoomView, type View, type ViewLimits } from '../scales/view.js';
import type { ParsedEvent } from '../model/types.js';

// The window's pure maths live in scales/view.ts; these two are also read from here.
export { toInstant, windowEdges } from '../scales/view.js';

const DAY = 86_400_000;
/** How long a wheel hint ("Ctrl + wheel zooms") stays up. */
const HINT_MS = 1800;

export interface ViewHost {
  /** Writes the window into the `start`/`end` properties (the element's one writer of them). */
  writeStartEnd(start: string, end: string): void;
  /** The reader moved the view (end of a gesture, a key, a button): report it, as `start`/`end` say it and exactly (ms). */
  rangeChanged(start: string, end: string, exact: View): void;
  /** The vertical list brings an event's row into view. */
  scrollToEvent(event: ParsedEvent): void;
}

/**
 * The only writer of the visible window. The base is the author's `start`/`end` window, else the fit of the
 * events; zooming and panning (gestures, keys, buttons, the brush, `zoomTo`, deep links, following focus) set a
 * view on top of it, clamped to the limits, animated unless the reader prefers reduced motion, and mirrored into
 * `start`/`end` so they always say what is on show: for date-only data the days it covers (the window itself stays
 * fractional, so gestures move smoothly; reading those days back is not taken for the author's window).
 */
export class ViewController implements ReactiveController, GestureTarget {
  readonly #host: ReactiveControllerHost;
  readonly #view: ViewHost;
  readonly #chart: ChartReadings;
  /** The reader's window after zooming and panning; null shows the base window. */
  #current: View | null = null;
  /** The window the author gave with `start`/`end`, if any: the chart's base instead of the fit. */
  #authorWindow: View | null = null;
  /** What this controller last wrote into `start`/`end` (so it is not taken for the author's window). */
  #synced = { start: '', end: '' };
  #animation = 0;
  #hint: 'none' | 'shown' | 'done' = 'none';
  #hintTimer = 0;
  /** The narrowest window for the filtered date-times, worked out once per event index and outer window. */
  #finest: { starts: Float64Array; key: string; span: number } | null = null;

  constructor(host: ReactiveControllerHost, chart: ChartReadings, view: ViewHost) {
    this.#host = host;
    this.#chart = chart;
    this.#view = view;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelAnimation();
    clearTimeout(this.#hintTimer);
  }

  /** The reader's window, or null when the base window is on show. */
  get view(): View | null {
    return this.#current;
  }
  get authorWindow(): View | null {
    return this.#authorWindow;
  }
  /** Whether the wheel hint is up. */
  get hintShown(): boolean {
    return this.#hint === 'shown';
  }

  /** True when `start`/`end` hold what the author wrote rather than what the moving view wrote. */
  isAuthorWindow(start: string, end: string): boolean {
    return start !== this.#synced.start || end !== this.#synced.end;
  }
  /** True until the view first wrote `start`/`end`. */
  get neverSynced(): boolean {
    return this.#synced.start === '';
  }
  /** The window on show as `start`/`end` and a deep link write it: days for date-only data (empty without data). */
  linkWindow(): { start: string; end: string } {
    const view = this.current();
    return view ? windowEdges(view, this.#chart.filtered.dateOnly) : { start: '', end: '' };
  }

  /** New data, filter or scale: back to the base window. `authorWindow` replaces the author's window when given. */
  reset(authorWindow?: View | null): void {
    if (authorWindow !== undefined) this.#authorWindow = authorWindow;
    this.#current = null;
    this.cancelAnimation();
  }

  /** The window on show: the reader's, else the base (the author's window, else the fit). */
  current(): View | null {
    return this.#current ?? this.#authorWindow ?? this.#chart.filtered.fit;
  }

  limits(): ViewLimits {
    const fit = this.#chart.filtered.fit ?? [0, DAY];
    const author = this.#authorWindow;
    const outer: View = author ? [Math.min(fit[0], author[0]), Math.max(fit[1], author[1])] : fit;
    // Date-only data: a day is the finest thing they say. Date-times: where the closest events stand apart.
    return { outer, minSpan: Math.min(this.#chart.filtered.dateOnly ? DAY : this.#finestSpan(outer), outer[1] - outer[0]) };
  }

  #finestSpan(outer: View): number {
    const starts = this.#chart.filtered.index?.starts;
    if (!starts) return 60_000;
    const key = outer.join();
    if (this.#finest?.starts !== starts || this.#finest.key !== key) this.#finest = { starts, key, span: distinguishableSpan(starts, 60_000, outer, CROWDED) };
    return this.#finest.span;
  }

  /** `to` clamped to the limits; zooming in (narrower than `from`), it keeps an event in view (see zoomInToEvents). */
  #zoomTarget(from: View, to: View): View {
    const limits = this.limits();
    const target = clampView(to, limits);
    const starts = this.#chart.filtered.index?.starts;
    return starts && target[1] - target[0] < from[1] - from[0] ? clampView(zoomInToEvents(target, starts), limits) : target;
  }

  /** Shows the window from `start` to `end` programmatically (no range-change). */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const a = toInstant(start, false);
    const b = toInstant(end, true);
    if (a === null || b === null || !(b > a)) {
      console.warn(`<conflict-timeline>: zoomTo(${String(start)}, ${String(end)}) is not a window; ignored.`);
      return;
    }
    this.setView(clampView([a, b], this.limits()), false);
  }

  /** Shows every event (the fitted window), programmatically. */
  fit(): void {
    this.cancelAnimation();
    this.#current = null;
    this.#authorWindow = null;
    this.#syncStartEnd(this.#chart.filtered.fit);
    this.#host.requestUpdate();
  }

  /** Shows a window (clamped to the limits), animated, as the reader's action. */
  showWindow(view: View): void {
    this.animateTo(clampView(view, this.limits()), true);
  }

  /** Fits every event, animated, as the reader's action. */
  fitByUser(): void {
    const fit = this.#chart.filtered.fit;
    if (fit) this.animateTo(fit, true);
  }

  setView(view: View, user: boolean): void {
    this.#current = view;
    this.#syncStartEnd(view);
    this.#host.requestUpdate();
    if (user) this.emitRange();
  }

  /** Grows the reader's window to take in an event (the vertical list's "N earlier/later"). */
  widen(view: View): void {
    this.#current = view;
  }

  /** A gesture (drag, wheel burst, pinch) ended: report the range. */
  gestureEnd(): void {
    this.emitRange();
  }

  /** Reports the window on show as the reader's range (end of a gesture, a key, a button). */
  emitRange(): void {
    const view = this.current();
    if (!view) return;
    this.#syncStartEnd(view);
    this.#view.rangeChanged(this.#synced.start, this.#synced.end, [Math.round(view[0]), Math.round(view[1])]);
  }

  /** `start`/`end` follow the view; remember what was written so it is not taken for the author's window. */
  #syncStartEnd(view: View | null): void {
    if (!view) return;
    // Date-only data: the days the window covers (it stays fractional inside, for gestures); else its instants.
    const { start, end } = windowEdges(view, this.#chart.filtered.dateOnly);
    this.#synced = { start, end };
    this.#view.writeStartEnd(start, end);
  }

  cancelAnimation(): void {
    if (this.#animation) cancelAnimationFrame(this.#animation); // none runs on a server
    this.#animation = 0;
  }

  /** Moves to `target`, animated (in base px, so zooming feels even) unless the reader prefers reduced motion. */
  animateTo(target: View, user: boolean): void {
    this.cancelAnimation();
    const base = this.#chart.baseScale;
    const from = this.current();
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!base || !from || reduced) {
      this.setView(target, user);
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
        this.#current = view;
        this.#syncStartEnd(view);
        this.#host.requestUpdate();
        this.#animation = requestAnimationFrame(frame);
      } else {
        this.#animation = 0;
        this.setView(target, user);
      }
    };
    this.#animation = requestAnimationFrame(frame);
  }

  /** Zooms by `factor` (> 1 zooms in) around `anchor` px (default: the middle); animated when by the reader. */
  zoomStep(factor: number, user: boolean, anchor?: number): void {
    const base = this.#chart.baseScale;
    const g = this.#chart.geometry;
    if (!base || !g) return;
    const from = this.current() ?? g.view;
    const target = this.#zoomTarget(from, zoomView(base, from, g.width, factor, anchor));
    if (user) this.animateTo(target, true);
    else this.setView(target, false);
  }

  /** Pans by whole windows (PageUp/PageDown), as the reader's action. */
  panStep(windows: number): void {
    const g = this.#chart.geometry;
    const base = this.#chart.baseScale;
    if (!g || !base) return;
    this.animateTo(clampView(panView(base, this.current() ?? g.view, g.width, -windows * g.width), this.limits()), true);
  }

  /** A gesture (through d3-zoom's transform) moved the view: clamp it to the limits and show it. */
  moveByGesture(view: View): void {
    this.cancelAnimation();
    const from = this.current();
    this.setView(from ? this.#zoomTarget(from, view) : clampView(view, this.limits()), false);
  }

  /** A plain wheel over the chart scrolls the page; say once how to zoom. */
  wheelHint(): void {
    if (this.#hint !== 'none') return;
    this.#hint = 'shown';
    this.#host.requestUpdate();
    this.#hintTimer = window.setTimeout(() => {
      this.#hint = 'done';
      this.#host.requestUpdate();
    }, HINT_MS);
  }

  /**
   * The view follows focus: brings `event` into view, drawn on its own (not inside a cluster). A list grows to
   * take it in; a chart pans, and zooms in where too many events would share the window.
   */
  follow(event: ParsedEvent, user = false): void {
    if (this.#chart.layout === 'vertical') {
      const window = this.#current ?? this.#authorWindow;
      if (window && !(event.when.end > window[0] && event.when.start < window[1])) {
        this.#current = [Math.min(window[0], event.when.start), Math.max(window[1], event.when.end)];
      }
      this.#view.scrollToEvent(event);
      this.#host.requestUpdate();
      return;
    }
    const g = this.#chart.geometry;
    const index = this.#chart.filtered.index;
    if (!g || !index) return;
    if (g.mode === 'events' && g.placed.has(event.id)) return;
    const span = g.view[1] - g.view[0];
    const mid = (event.when.start + Math.min(event.when.end, event.when.start + span / 2)) / 2;
    const limits = this.limits();
    let target: View = clampView([mid - span / 2, mid + span / 2], limits);
    if (eventsInView(index, target[0], target[1]).length > CROWDED) {
      // Too dense here: zoom to the 20 events either side of it (few enough never to be clustered).
      const i = index.position.get(event.id) ?? 0;
      const first = index.events[Math.max(0, i - 20)].when.start;
      const last = index.events[Math.min(index.events.length - 1, i + 20)].when.end;
      const pad = (last - first) * 0.05;
      target = clampView([Math.min(first, event.when.start) - pad, Math.max(last, event.when.end) + pad], limits);
      // Still crowded (many events at one instant): the narrowest window, where markers may crowd but are drawn.
      if (eventsInView(index, target[0], target[1]).length > CROWDED) {
        target = clampView([event.when.start - limits.minSpan / 2, event.when.start + limits.minSpan / 2], limits);
      }
    }
    this.cancelAnimation();
    this.setView(target, user);
  }
}
