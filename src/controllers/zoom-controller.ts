import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the gestures do: the view math stays in the view controller (and in scales/view.ts). */
export interface GestureActions {
  /** Pan by `dx` screen px (positive shows earlier times). */
  panBy(dx: number): void;
  /** Zoom by `factor` (> 1 zooms in) around `anchor` px from the plot's left edge. */
  zoomBy(factor: number, anchor: number): void;
  /** A user gesture ended: time to report the new range. */
  gestureEnd(): void;
  /** A plain vertical wheel over the chart: the page scrolls, and the host may hint how to zoom. */
  wheelHint(): void;
}

const DRAG_THRESHOLD = 4;

/**
 * Pointer, touch and wheel gestures on the chart, written for this element instead of d3-zoom (which, with
 * d3-drag, -transition, -interpolate and -color, would add about 11 KB gzipped to a 40 KB bundle):
 * drag and one-finger horizontal swipes pan; two-finger pinch, Ctrl/⌘ + wheel and trackpad pinch zoom around the
 * pointer; a horizontal wheel pans; a plain vertical wheel is left to the page. It only adds listeners to the
 * Lit-rendered plot and reports through the host; it renders nothing.
 */
export class ZoomController implements ReactiveController {
  readonly #host: GestureActions;
  #target: HTMLElement | null = null;
  #pointers = new Map<number, { x: number; y: number }>();
  #dragging = false;
  #moved = 0;
  #pinch: { distance: number; mid: number } | null = null;
  #wheelTimer = 0;
  #suppressClick = false;

  constructor(host: ReactiveControllerHost, actions: GestureActions) {
    this.#host = actions;
    host.addController(this);
  }

  /** Attaches to the plot element (call after each render; re-attaching the same element is free). */
  attach(target: HTMLElement | null): void {
    if (target === this.#target) return;
    this.#detach();
    this.#target = target;
    if (!target) return;
    target.addEventListener('pointerdown', this.#onPointerDown);
    target.addEventListener('pointermove', this.#onPointerMove);
    target.addEventListener('pointerup', this.#onPointerUp);
    target.addEventListener('pointercancel', this.#onPointerUp);
    target.addEventListener('wheel', this.#onWheel, { passive: false });
    target.addEventListener('click', this.#onClick, { capture: true });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#detach();
    clearTimeout(this.#wheelTimer);
  }

  #detach(): void {
    const target = this.#target;
    if (!target) return;
    target.removeEventListener('pointerdown', this.#onPointerDown);
    target.removeEventListener('pointermove', this.#onPointerMove);
    target.removeEventListener('pointerup', this.#onPointerUp);
    target.removeEventListener('pointercancel', this.#onPointerUp);
    target.removeEventListener('wheel', this.#onWheel);
    target.removeEventListener('click', this.#onClick, { capture: true });
    this.#target = null;
    this.#pointers.clear();
  }

  #x(e: { clientX: number }): number {
    return e.clientX - (this.#target?.getBoundingClientRect().left ?? 0);
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
    return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: (a.x + b.x) / 2 - (this.#target?.getBoundingClientRect().left ?? 0) };
  }

  #onPointerMove = (e: PointerEvent): void => {
    const last = this.#pointers.get(e.pointerId);
    if (!last) return;
    const dx = e.clientX - last.x;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pointers.size >= 2 && this.#pinch) {
      const now = this.#pinchState();
      if (this.#pinch.distance > 0 && now.distance > 0) this.#host.zoomBy(now.distance / this.#pinch.distance, now.mid);
      this.#host.panBy(now.mid - this.#pinch.mid);
      this.#pinch = now;
      this.#dragging = true;
      return;
    }
    this.#moved += Math.abs(dx);
    if (!this.#dragging && this.#moved < DRAG_THRESHOLD) return;
    if (!this.#dragging) {
      this.#dragging = true;
      try {
        this.#target?.setPointerCapture(e.pointerId);
      } catch {
        /* the pointer may already be gone */
      }
    }
    if (dx) this.#host.panBy(dx);
  };

  #onPointerUp = (e: PointerEvent): void => {
    if (!this.#pointers.delete(e.pointerId)) return;
    if (this.#pointers.size < 2) this.#pinch = null;
    if (this.#pointers.size === 0 && this.#dragging) {
      this.#dragging = false;
      this.#suppressClick = e.type === 'pointerup';
      this.#host.gestureEnd();
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

  #onWheel = (e: WheelEvent): void => {
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const dx = e.deltaX * scale;
    const dy = e.deltaY * scale;
    if (e.ctrlKey || e.metaKey) {
      // Ctrl/⌘ + wheel, and trackpad pinch (which browsers report as a wheel with ctrlKey).
      e.preventDefault();
      this.#host.zoomBy(Math.exp(-dy * 0.002), this.#x(e));
    } else if (Math.abs(dx) > Math.abs(dy)) {
      e.preventDefault();
      this.#host.panBy(-dx);
    } else {
      this.#host.wheelHint();
      return;
    }
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = window.setTimeout(() => this.#host.gestureEnd(), 250);
  };
}
