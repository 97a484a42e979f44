import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Geometry } from '../layout/chart-geometry.js';
import { clampView, panView, type View } from '../scales/view.js';
import type { TimeScaleFn } from '../scales/time.js';
import type { ViewController } from './view-controller.js';

export interface BrushHost {
  geometry(): Geometry | null;
  baseScale(): TimeScaleFn | null;
  rtl(): boolean;
}

/**
 * The overview strip's brush: drag it to pan, drag its edges to zoom, press elsewhere to move the window there;
 * arrow keys move it (Shift: by a whole window), Home and End go to the ends. Every move goes through the view
 * controller; the drag state lives here.
 */
export class OverviewBrushController implements ReactiveController {
  readonly #brush: BrushHost;
  readonly #view: ViewController;
  #drag: { mode: 'move' | 'start' | 'end'; x: number; view: View } | null = null;

  constructor(host: ReactiveControllerHost, brush: BrushHost, view: ViewController) {
    this.#brush = brush;
    this.#view = view;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#drag = null;
  }

  onPointerDown = (e: PointerEvent): void => {
    const g = this.#brush.geometry();
    if (!g?.overview || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const el = e.currentTarget as HTMLElement;
    const x = this.#x(e, el);
    const [b0, b1] = g.overview.brush;
    const edge = Math.max(6, Math.min(10, (b1 - b0) / 4));
    let mode: 'move' | 'start' | 'end' = 'move';
    if (Math.abs(x - b0) <= edge) mode = 'start';
    else if (Math.abs(x - b1) <= edge) mode = 'end';
    else if (x < b0 || x > b1) {
      const ov = g.overview.x;
      const half = (b1 - b0) / 2;
      this.#view.setView(clampView([ov.invert(x - half), ov.invert(x + half)], this.#view.limits()), false);
    }
    this.#drag = { mode, x, view: this.#view.current()! };
    e.preventDefault();
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: dragging still works while it stays over the strip */
    }
  };

  onPointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    const g = this.#brush.geometry();
    if (!drag || !g?.overview) return;
    const ov = g.overview.x;
    const dx = this.#x(e, e.currentTarget as HTMLElement) - drag.x;
    const p0 = ov(drag.view[0]);
    const p1 = ov(drag.view[1]);
    const next: View =
      drag.mode === 'move' ? [ov.invert(p0 + dx), ov.invert(p1 + dx)]
        : drag.mode === 'start' ? [ov.invert(Math.min(p0 + dx, p1 - 4)), drag.view[1]]
          : [drag.view[0], ov.invert(Math.max(p1 + dx, p0 + 4))];
    this.#view.cancelAnimation();
    this.#view.setView(clampView(next, this.#view.limits()), false);
  };

  onPointerUp = (): void => {
    if (!this.#drag) return;
    this.#drag = null;
    this.#view.emitRange();
  };

  /** Keys on the brush; returns whether the key was one of its own. */
  onKey(e: KeyboardEvent): boolean {
    const g = this.#brush.geometry();
    const base = this.#brush.baseScale();
    if (!g || !base) return false;
    const limits = this.#view.limits();
    const view = this.#view.current() ?? g.view;
    const span = view[1] - view[0];
    let target: View | null = null;
    const step = (e.shiftKey ? g.width : g.width / 10) * (this.#brush.rtl() ? -1 : 1);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') target = panView(base, view, g.width, step);
    else if (e.key === 'ArrowRight' || e.key === 'ArrowUp') target = panView(base, view, g.width, -step);
    else if (e.key === 'Home') target = [limits.outer[0], limits.outer[0] + span];
    else if (e.key === 'End') target = [limits.outer[1] - span, limits.outer[1]];
    if (!target) return false;
    this.#view.cancelAnimation();
    this.#view.setView(clampView(target, limits), true);
    return true;
  }

  /** Pointer position along the overview in time order (mirrored on right-to-left pages). */
  #x(e: PointerEvent, el: HTMLElement): number {
    const box = el.getBoundingClientRect();
    return this.#brush.rtl() ? box.right - e.clientX : e.clientX - box.left;
  }
}
