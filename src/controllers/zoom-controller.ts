import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ChartReadings } from '../timeline-state.js';
import type { View } from '../scales/view.js';

/** Where gestures send the view: the view controller, the only writer of the view. */
export interface GestureTarget {
  /** The window on show (the latest, which may not be drawn yet). */
  current(): View | null;
  /** A gesture moved the view here (unclamped). */
  moveByGesture(view: View): void;
  /** A gesture ended: time to report the new range. */
  gestureEnd(): void;
  /** A plain vertical wheel over the chart: the page scrolls, and the view may hint how to zoom. */
  wheelHint(): void;
}

const DRAG_THRESHOLD = 4;
/** A wheel burst is one gesture: it ends this long after its last wheel. */
const WHEEL_END = 250;

/**
 * Zoom and pan gestures on the chart through d3-zoom. The behaviour is attached to the Lit-rendered plot (it adds
 * listeners, no nodes) and holds the zoom transform, which always matches the view on show: keys, buttons,
 * `zoomTo`, deep links, resizes and animations are written into it after each update, so the next gesture starts
 * where the view is and never jumps. d3-zoom handles Ctrl/⌘ + wheel and trackpad pinch (its filter lets a plain
 * wheel scroll the page) and does the transform maths; drags and touch pinches arrive as pointer events, which
 * d3-zoom 3 does not read (it listens to mouse and touch events), so they are applied with `translateBy` and
 * `scaleBy` on the same behaviour, after a 4 px threshold. A horizontal wheel pans. Double-click does not zoom.
 * Right-to-left pages: d3-zoom works in screen px; the view is mirrored on the way in and out.
 */
export class ZoomController implements ReactiveController {
  readonly #chart: ChartReadings;
  readonly #target: GestureTarget;
  #behavior?: ZoomBehavior<HTMLElement, unknown>;
  #selection: Selection<HTMLElement, unknown, null, undefined> | null = null;
  #node: HTMLElement | null = null;
  /** Set while a gesture of ours writes the transform, so its zoom events move the view. */
  #gesture = false;
  #pointers = new Map<number, { x: number; y: number }>();
  #dragging = false;
  #moved = 0;
  #pinch: { distance: number; mid: number } | null = null;
  #wheelTimer = 0;
  #suppressClick = false;

  constructor(host: ReactiveControllerHost, chart: ChartReadings, target: GestureTarget) {
    this.#chart = chart;
    this.#target = target;
    host.addController(this);
  }

  /** d3-zoom's behaviour, made when a plot is first attached: a list on a phone never needs it. */
  get #zoom(): ZoomBehavior<HTMLElement, unknown> {
    return (this.#behavior ??= zoom<HTMLElement, unknown>()
      // Only Ctrl/⌘ + wheel (and trackpad pinch, reported as one) reaches d3-zoom; drags and touches are ours.
      .filter((e: Event) => e.type === 'wheel' && ((e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey))
      // 2^delta is the zoom factor: e^(−0.002 px) per wheel pixel, lines and pages counted as 16 and 400 px.
      .wheelDelta((e: WheelEvent) => (-e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1) * 0.002) / Math.LN2)
      .scaleExtent([1e-6, 1e12])
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => this.#onZoom(e)));
  }

  /** Attaches to the plot element (call after each render; re-attaching the same element is free). */
  attach(target: HTMLElement | null): void {
    if (target === this.#node) return;
    this.#detach();
    this.#node = target;
    if (!target) return;
    target.addEventListener('pointerdown', this.#onPointerDown);
    target.addEventListener('pointermove', this.#onPointerMove);
    target.addEventListener('pointerup', this.#onPointerUp);
    target.addEventListener('pointercancel', this.#onPointerUp);
    // Before d3-zoom's own wheel listener (which stops the event): the transform is brought up to date first.
    target.addEventListener('wheel', this.#onWheel, { passive: false });
    target.addEventListener('click', this.#onClick, { capture: true });
    this.#selection = select(target).call(this.#zoom).on('dblclick.zoom', null);
  }

  /**
   * Writes the view on show into the zoom transform without moving anything (after every update, and around each
   * gesture step, so steps chain within a frame and follow the clamped view). Its zoom event is ignored.
   */
  sync(): void {
    const t = this.#transformOf(this.#chart.geometry ? this.#target.current() : null);
    if (!t || !this.#selection || !this.#node) return;
    const now = zoomTransform(this.#node);
    if (now.k !== t.k || now.x !== t.x) this.#zoom.transform(this.#selection, t);
  }

  hostDisconnected(): void {
    this.#detach();
    clearTimeout(this.#wheelTimer);
  }

  #detach(): void {
    const target = this.#node;
    if (!target) return;
    this.#selection?.on('.zoom', null);
    this.#selection = null;
    target.removeEventListener('pointerdown', this.#onPointerDown);
    target.removeEventListener('pointermove', this.#onPointerMove);
    target.removeEventListener('pointerup', this.#onPointerUp);
    target.removeEventListener('pointercancel', this.#onPointerUp);
    target.removeEventListener('wheel', this.#onWheel);
    target.removeEventListener('click', this.#onClick, { capture: true });
    this.#node = null;
    this.#pointers.clear();
  }

  /** The transform that shows `view`: base layout px → screen px (mirrored on right-to-left pages). */
  #transformOf(view: View | null): ZoomTransform | null {
    const base = this.#chart.baseScale;
    const w = this.#chart.geometry?.width ?? 0;
    if (!base || !view || !(w > 0)) return null;
    const p0 = base(view[0]);
    const p1 = base(view[1]);
    const k = w / Math.max(1e-9, p1 - p0);
    return zoomIdentity.translate(this.#chart.rtl ? -k * (w - p1) : -k * p0, 0).scale(k);
  }

  /** The view a transform shows. */
  #viewOf(t: ZoomTransform): View | null {
    const base = this.#chart.baseScale;
    const w = this.#chart.geometry?.width ?? 0;
    if (!base) return null;
    const a = t.invertX(0);
    const b = t.invertX(w);
    return this.#chart.rtl ? [base.invert(w - b), base.invert(w - a)] : [base.invert(a), base.invert(b)];
  }

  #onZoom(e: D3ZoomEvent<HTMLElement, unknown>): void {
    // Programmatic syncs (no source event, not inside a gesture of ours) only record the transform.
    if (!e.sourceEvent && !this.#gesture) return;
    const view = this.#viewOf(e.transform);
    if (view) this.#target.moveByGesture(view);
    if (e.sourceEvent?.type === 'wheel') this.#endWheelSoon();
  }

  /** Applies a gesture step to the transform: its zoom event moves the view, and the transform follows the clamp. */
  #apply(step: (selection: Selection<HTMLElement, unknown, null, undefined>) => void): void {
    const selection = this.#selection;
    if (!selection) return;
    this.sync();
    this.#gesture = true;
    try {
      step(selection);
    } finally {
      this.#gesture = false;
    }
    this.sync();
  }

  #x(e: { clientX: number }): number {
    return e.clientX - (this.#node?.getBoundingClientRect().left ?? 0);
  }

  #onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if ((e.target as Element).closest?.('.no-pan')) return;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.#moved = 0;
    this.#dragging = false;
    this.#suppressClick = false;
    if (this.#pointers.size === 2) this.#pinch = this.#pinchState();
  };

  #pinchState(): { distance: number; mid: number } {
    const [a, b] = [...this.#pointers.values()];
    return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: (a.x + b.x) / 2 - (this.#node?.getBoundingClientRect().left ?? 0) };
  }

  #onPointerMove = (e: PointerEvent): void => {
    const last = this.#pointers.get(e.pointerId);
    if (!last) return;
    const dx = e.clientX - last.x;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pointers.size >= 2 && this.#pinch) {
      const now = this.#pinchState();
      const before = this.#pinch;
      if (before.distance > 0 && now.distance > 0) this.#apply((s) => this.#zoom.scaleBy(s, now.distance / before.distance, [now.mid, 0]));
      this.#apply((s) => this.#zoom.translateBy(s, (now.mid - before.mid) / zoomTransform(s.node()!).k, 0));
      this.#pinch = now;
      this.#dragging = true;
      return;
    }
    this.#moved += Math.abs(dx);
    if (!this.#dragging && this.#moved < DRAG_THRESHOLD) return;
    if (!this.#dragging) {
      this.#dragging = true;
      try {
        this.#node?.setPointerCapture(e.pointerId);
      } catch {
        /* the pointer may already be gone */
      }
    }
    if (dx) this.#apply((s) => this.#zoom.translateBy(s, dx / zoomTransform(s.node()!).k, 0));
  };

  #onPointerUp = (e: PointerEvent): void => {
    if (!this.#pointers.delete(e.pointerId)) return;
    if (this.#pointers.size < 2) this.#pinch = null;
    if (this.#pointers.size === 0 && this.#dragging) {
      this.#dragging = false;
      this.#suppressClick = e.type === 'pointerup';
      this.#target.gestureEnd();
    }
  };

  /** A drag that ends over an event must not also select it. */
  #onClick = (e: MouseEvent): void => {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    }
  };

  /** Wheels that d3-zoom's filter leaves to us: a horizontal wheel pans; a plain vertical one scrolls the page. */
  #onWheel = (e: WheelEvent): void => {
    if (e.ctrlKey || e.metaKey) {
      this.sync(); // d3-zoom zooms from the view on show
      return;
    }
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const dx = e.deltaX * scale;
    if (Math.abs(dx) > Math.abs(e.deltaY * scale)) {
      e.preventDefault();
      this.#apply((s) => this.#zoom.translateBy(s, -dx / zoomTransform(s.node()!).k, 0));
      this.#endWheelSoon();
    } else this.#target.wheelHint();
  };

  #endWheelSoon(): void {
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = window.setTimeout(() => this.#target.gestureEnd(), WHEEL_END);
  }
}
