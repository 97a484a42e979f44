import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventIndex } from '../layout/event-index.js';
import type { Geometry } from '../layout/chart-geometry.js';
import type { ParsedEvent } from '../model/types.js';
import type { ViewController } from './view-controller.js';
import type { OverviewBrushController } from './overview-brush-controller.js';
import type { SelectionController } from './selection-controller.js';

export interface FocusHost {
  renderRoot(): ShadowRoot | HTMLElement;
  selected(): string | null;
  lookup(id: string): ParsedEvent | undefined;
  index(): EventIndex | null;
  geometry(): Geometry | null;
  layout(): 'horizontal' | 'vertical';
  rtl(): boolean;
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
  readonly #view: ViewController;
  readonly #brush: OverviewBrushController;
  readonly #selection: () => SelectionController;
  /** The event that has, or last had, keyboard focus. */
  #focusId: string | null = null;
  /** Move focus to the focused event's button after the next update. */
  #restore = false;
  /** What had focus before the update (if it is gone after it, focus is restored). */
  #before: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, focus: FocusHost, view: ViewController, brush: OverviewBrushController, selection: () => SelectionController) {
    this.#host = host;
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
    if (this.#focusId && !this.#focus.lookup(this.#focusId)) this.#focusId = null;
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
    button?.focus({ preventScroll: this.#focus.layout() === 'horizontal' });
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

  onKeyDown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      const selected = this.#focus.selected();
      if (selected) {
        this.#focusId = selected;
        // Focus inside the detail (about to close) goes to the event; anywhere else it stays.
        if (target.closest?.('.detail') || target.dataset?.id) this.#restore = true;
        this.#selection().selectByUser(null);
        e.preventDefault();
      }
      return;
    }
    const g = this.#focus.layout() === 'horizontal' ? this.#focus.geometry() : null;
    const inChart = !!target.closest?.('.plot, .overview, .toolbar');
    if (g && inChart && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const zoom = e.key === '+' || e.key === '=' ? 2 : e.key === '-' || e.key === '_' ? 0.5 : 0;
      if (zoom) {
        // From an event, zoom around that event, so it stays in view (and focused).
        const placed = target.dataset?.id ? g.placed.get(target.dataset.id) : undefined;
        this.#view.zoomStep(zoom, true, placed?.barX0);
      } else if (e.key === 'PageUp' || e.key === 'PageDown') {
        this.#view.panStep(e.key === 'PageDown' ? 1 : -1);
      } else if (!(target.classList.contains('brush') && this.#brush.onKey(e))) {
        return this.#onNavigationKey(e, target);
      }
      e.preventDefault();
      return;
    }
    this.#onNavigationKey(e, target);
  };

  /** Arrows, Home and End move focus through the events in time order (into and out of clusters). */
  #onNavigationKey(e: KeyboardEvent, target: HTMLElement): void {
    const index = this.#focus.index();
    const id = target.dataset?.id;
    const clusterKey = target.dataset?.cluster;
    if (!index || !index.events.length || (!id && clusterKey === undefined)) return;
    const vertical = this.#focus.layout() === 'vertical';
    const rtl = this.#focus.rtl();
    const cluster = clusterKey !== undefined ? this.#focus.geometry()?.clusters[Number(clusterKey)] : undefined;
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
    this.#view.follow(event, true);
    this.moveTo(event.id);
  }
}
