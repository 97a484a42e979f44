import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartReadings } from '../timeline-state.js';
import type { ParsedEvent } from '../model/types.js';
import type { ViewController } from './view-controller.js';
import type { OverviewBrushController } from './overview-brush-controller.js';
import type { SelectionController } from './selection-controller.js';
import { keyIntent } from '../interaction/keymap.js';
import { nextIndex, type MoveIntent } from '../interaction/navigation.js';

export interface FocusHost {
  renderRoot(): ShadowRoot | HTMLElement;
  selected(): string | null;
}

/**
 * Keyboard focus over the events: the whole set is one Tab stop (the focused event, else the selected, else the
 * first in view), the arrow keys, Home and End move through it in time order (into and out of clusters), +/−
 * zoom, PageUp/PageDown pan, Escape clears the selection. Focus is never lost: when its button goes away (into a
 * cluster, out of view), the roving tab stop takes it after the update.
 */
export class RovingFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #focus: FocusHost;
  readonly #chart: ChartReadings;
  readonly #view: ViewController;
  readonly #brush: OverviewBrushController;
  readonly #selection: () => SelectionController;
  /** The event that has, or last had, keyboard focus. */
  #focusId: string | null = null;
  /** Move focus to the focused event's button after the next update. */
  #restore = false;
  /** What had focus before the update (if it is gone after it, focus is restored). */
  #before: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, chart: ChartReadings, focus: FocusHost, view: ViewController, brush: OverviewBrushController, selection: () => SelectionController) {
    this.#host = host;
    this.#chart = chart;
    this.#focus = focus;
    this.#view = view;
    this.#brush = brush;
    this.#selection = selection;
    host.addController(this);
  }

  get focusId(): string | null {
    return this.#focusId;
  }
  set focusId(id: string | null) {
    this.#focusId = id;
  }

  hostUpdate(): void {
    const root = this.#focus.renderRoot();
    this.#before = ((root as ShadowRoot).activeElement as HTMLElement | null) ?? null;
    if (this.#focusId && !this.#chart.byId.get(this.#focusId)) this.#focusId = null;
  }

  hostUpdated(): void {
    const lost = this.#before && !this.#before.isConnected;
    this.#before = null;
    if (!this.#restore && !lost) return;
    this.#restore = false;
    const root = this.#focus.renderRoot();
    const id = this.#focusId;
    // Focus never gets lost: if its event went into a cluster or out of view, the roving tab stop takes it.
    const button =
      (id ? root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) : null) ??
      root.querySelector<HTMLElement>('.event[tabindex="0"], .cluster[tabindex="0"]') ??
      root.querySelector<HTMLElement>('.plot .edge, .toolbar .tool, .status button, .table-wrap, .edge-inline') ??
      root.querySelector<HTMLElement>('.root');
    button?.focus({ preventScroll: this.#chart.layout === 'horizontal' });
  }

  /** The event that holds the roving tab stop among `candidates`: the focused one, else the selected, else the first. */
  tabStop(candidates: readonly ParsedEvent[]): string | null {
    const ids = new Set(candidates.map((e) => e.id));
    if (this.#focusId && ids.has(this.#focusId)) return this.#focusId;
    const selected = this.#focus.selected();
    if (selected && ids.has(selected)) return selected;
    return candidates[0]?.id ?? null;
  }

  /** Focus goes to `id`'s button after the next update (an action moved it out of view or into view). */
  moveTo(id: string | null): void {
    this.#focusId = id;
    this.#restore = true;
    this.#host.requestUpdate();
  }

  onEventFocus = (e: FocusEvent): void => {
    this.#focusId = (e.currentTarget as HTMLElement).dataset.id ?? null;
  };

  /** "N earlier / N later": focus the nearest hidden event and bring it into view. */
  showEvent(event: ParsedEvent): void {
    this.#focusId = event.id;
    this.#view.follow(event, true);
    this.moveTo(event.id);
  }

  /** Every key goes through the key map (interaction/keymap.ts); this turns its intents into actions. */
  onKeyDown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    const g = this.#chart.layout === 'horizontal' ? this.#chart.geometry : null;
    const id = target.dataset?.id;
    const cluster = target.dataset?.cluster;
    const intent = keyIntent(e.key, { shift: e.shiftKey, alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey }, {
      layout: this.#chart.layout,
      rtl: this.#chart.rtl,
      inChart: !!g && !!target.closest?.('.plot, .overview, .toolbar'),
      onBrush: target.classList?.contains('brush') ?? false,
      onEvent: id !== undefined,
      onCluster: cluster !== undefined,
      hasSelection: !!this.#focus.selected(),
    });
    if (!intent || intent.type === 'close-menu') return;
    if (intent.type === 'clear-selection') {
      this.#focusId = this.#focus.selected();
      // Focus inside the detail (about to close) goes to the event; anywhere else it stays.
      if (target.closest?.('.detail') || id) this.#restore = true;
      this.#selection().selectByUser(null);
    } else if (intent.type === 'zoom') {
      // From an event, zoom around that event, so it stays in view (and focused).
      this.#view.zoomStep(intent.factor, true, id ? g?.placed.get(id)?.barX0 : undefined);
    } else if (intent.type === 'pan') {
      this.#view.panStep(intent.windows);
    } else if (intent.type === 'brush-step' || intent.type === 'brush-edge') {
      if (!this.#brush.onKey(intent)) return;
    } else if (!this.#move(intent, id, cluster)) return;
    e.preventDefault();
  };

  /** Moves focus through the events in time order (into and out of clusters) and brings the event into view. */
  #move(intent: MoveIntent, id: string | undefined, cluster: string | undefined): boolean {
    const index = this.#chart.filtered.index;
    if (!index || !index.events.length) return false;
    const next = nextIndex(intent, {
      origin: id !== undefined ? { kind: 'event', position: index.position.get(id) } : { kind: 'cluster', cluster: this.#chart.geometry?.clusters[Number(cluster)] },
      focused: this.#focusId ? index.position.get(this.#focusId) : undefined,
      count: index.events.length,
    });
    if (next === null) return false;
    const event = index.events[next];
    this.#focusId = event.id;
    this.#view.follow(event, true);
    this.moveTo(event.id);
    return true;
  }
}
