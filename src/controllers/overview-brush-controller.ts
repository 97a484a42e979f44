import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartReadings } from '../timeline-state.js';
import { clampView, type View } from '../scales/view.js';
import { brushCentreView, brushDragView, brushHitMode, brushKeyTarget, overviewX, type BrushDragMode, type BrushKeyIntent } from '../interaction/brush.js';
import type { ViewController } from './view-controller.js';

/**
 * The overview strip's brush: drag it to pan, drag its edges to zoom, press elsewhere to move the window there;
 * arrow keys move it (Shift: by a whole window), Home and End go to the ends. Every move goes through the view
 * controller; the drag state lives here.
 */
export class OverviewBrushController implements ReactiveController {
  readonly #brush: ChartReadings;
  readonly #view: ViewController;
  #drag: { mode: BrushDragMode; x: number; view: View } | null = null;

  constructor(host: ReactiveControllerHost, brush: ChartReadings, view: ViewController) {
    this.#brush = brush;
    this.#view = view;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#drag = null;
  }

  onPointerDown = (e: PointerEvent): void => {
    const g = this.#brush.geometry;
    if (!g?.overview || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const el = e.currentTarget as HTMLElement;
    const x = this.#x(e, el);
    const hit = brushHitMode(x, g.overview.brush);
    if (hit === 'outside') this.#view.setView(clampView(brushCentreView(x, g.overview.brush, g.overview.x), this.#view.limits()), false);
    this.#drag = { mode: hit === 'outside' ? 'move' : hit, x, view: this.#view.current()! };
    e.preventDefault();
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: dragging still works while it stays over the strip */
    }
  };

  onPointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    const g = this.#brush.geometry;
    if (!drag || !g?.overview) return;
    const dx = this.#x(e, e.currentTarget as HTMLElement) - drag.x;
    this.#view.cancelAnimation();
    this.#view.setView(clampView(brushDragView(drag.mode, dx, drag.view, g.overview.x), this.#view.limits()), false);
  };

  onPointerUp = (): void => {
    if (!this.#drag) return;
    this.#drag = null;
    this.#view.emitRange();
  };

  /** A brush key (from the key map); returns whether the brush could move. */
  onKey(intent: BrushKeyIntent): boolean {
    const g = this.#brush.geometry;
    const base = this.#brush.baseScale;
    if (!g || !base) return false;
    this.#view.cancelAnimation();
    this.#view.setView(brushKeyTarget(intent, this.#view.current() ?? g.view, this.#view.limits(), g.width, base), true);
    return true;
  }

  /** Pointer position along the overview in time order (mirrored on right-to-left pages). */
  #x(e: PointerEvent, el: HTMLElement): number {
    return overviewX(e.clientX, el.getBoundingClientRect(), this.#brush.rtl);
  }
}
