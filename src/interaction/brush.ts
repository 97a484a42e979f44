import { clampView, panView, type View, type ViewLimits } from '../scales/view.js';
import type { TimeScaleFn } from '../scales/time.js';
import type { KeyIntent } from './keymap.js';

/** Where a press on the overview lands: on the brush's start or end edge, inside it, or outside it. */
export type BrushHit = 'start' | 'end' | 'move' | 'outside';

/** What a drag of the brush does: move the whole window, or move one of its edges. */
export type BrushDragMode = 'move' | 'start' | 'end';

/** The overview's scale: time (ms) to px along the strip, and back. */
export interface OverviewScale {
  (t: number): number;
  invert(px: number): number;
}

/** The brush's keys, as the key map gives them (directions already mirrored for right-to-left pages). */
export type BrushKeyIntent = Extract<KeyIntent, { type: 'brush-step' | 'brush-edge' }>;

/** Pointer position along the overview in time order: from its left edge, or from its right on right-to-left pages. */
export function overviewX(clientX: number, box: { left: number; right: number }, rtl: boolean): number {
  return rtl ? box.right - clientX : clientX - box.left;
}

/**
 * What a press at `x` px grabs of the brush `[b0, b1]`: an edge within a quarter of the brush's width of it (at
 * least 6 px, at most 10; the start wins when both are that close), else the brush itself, else nothing.
 */
export function brushHitMode(x: number, [b0, b1]: readonly [number, number]): BrushHit {
  const edge = Math.max(6, Math.min(10, (b1 - b0) / 4));
  if (Math.abs(x - b0) <= edge) return 'start';
  if (Math.abs(x - b1) <= edge) return 'end';
  return x < b0 || x > b1 ? 'outside' : 'move';
}

/** A press outside the brush moves the window there: the brush's width, centred on `x`. Not clamped. */
export function brushCentreView(x: number, [b0, b1]: readonly [number, number], overview: OverviewScale): View {
  const half = (b1 - b0) / 2;
  return [overview.invert(x - half), overview.invert(x + half)];
}

/**
 * The window after dragging by `dx` px from where the drag began (`startView`): moved whole, or with one edge
 * moved and kept at least 4 px from the other. Not clamped: pass it through `clampView`.
 */
export function brushDragView(mode: BrushDragMode, dx: number, startView: View, overview: OverviewScale): View {
  const p0 = overview(startView[0]);
  const p1 = overview(startView[1]);
  return mode === 'move' ? [overview.invert(p0 + dx), overview.invert(p1 + dx)]
    : mode === 'start' ? [overview.invert(Math.min(p0 + dx, p1 - 4)), startView[1]]
      : [startView[0], overview.invert(Math.max(p1 + dx, p0 + 4))];
}

/**
 * The window a brush key moves to, clamped to the limits: a step pans by a tenth of the chart's `width` on
 * screen (a whole window with Shift), measured in `base` px so compressed stretches pass as quickly as the
 * rest; Home and End go to the ends of the limits, keeping the span.
 */
export function brushKeyTarget(intent: BrushKeyIntent, view: View, limits: ViewLimits, width: number, base: TimeScaleFn): View {
  let target: View;
  if (intent.type === 'brush-step') {
    // panView's dx is positive towards earlier times.
    const dx = (intent.size === 'window' ? width : width / 10) * (intent.direction === 'earlier' ? 1 : -1);
    target = panView(base, view, width, dx);
  } else {
    const span = view[1] - view[0];
    target = intent.edge === 'start' ? [limits.outer[0], limits.outer[0] + span] : [limits.outer[1] - span, limits.outer[1]];
  }
  return clampView(target, limits);
}
