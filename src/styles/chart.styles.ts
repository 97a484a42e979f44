import { css } from 'lit';
import { CLUSTER_HEIGHT, LABEL_FONT_SIZE, MARKER_SIZE, TICK_LABEL_FONT_SIZE } from '../layout/metrics.js';
import { px } from './units.js';

/**
 * The horizontal chart: the plot and its pan/zoom surface, the axis (ticks, gaps, eras, bars), clusters, the wheel
 * hint, the "earlier/later" edge buttons, and the event buttons (marker and label), which the vertical list and the
 * table also use.
 */
/** Gap labels ("154 years"): smaller than tick labels, in the row under them, haloed over their zigzags. */
export const GAP_LABEL_FONT_SIZE = 11;

export const chart = css`
  .plot {
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    position: relative;
    overflow: hidden;
    /* Pan and zoom re-render only the chart: keep its layout and paint from spreading to the rest. */
    contain: strict;
  }
  .plot:active {
    cursor: grabbing;
  }
  /* As it stands, the height loses to .plot .events li below (same specificity, later): cluster boxes are lane-high. */
  .plot .clusters li {
    position: absolute;
    height: ${px(CLUSTER_HEIGHT)};
  }
  .cluster {
    width: 100%;
    height: 100%;
    min-height: 24px;
    border: 1px solid var(--conflict-timeline-axis-color, var(--_axis));
    border-radius: 6px;
    background: var(--conflict-timeline-background, var(--_bg));
    color: inherit;
    font: inherit;
    font-size: 13px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    cursor: zoom-in;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cluster:hover {
    background: var(--conflict-timeline-band-color, var(--_band));
  }
  .density {
    fill: var(--conflict-timeline-event-color, var(--_event));
    fill-opacity: 0.55;
  }
  .hint {
    position: absolute;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    z-index: 5;
    padding: 8px 14px;
    border-radius: 6px;
    background: rgb(0 0 0 / 0.78);
    color: #fff;
    font-size: 14px;
    pointer-events: none;
  }

  .plot svg.axis {
    position: absolute;
    inset: 0;
    overflow: visible;
    pointer-events: none;
  }
  .tick {
    fill: none;
    stroke: var(--conflict-timeline-grid-color, var(--_grid));
  }
  .tick.major {
    stroke: var(--conflict-timeline-axis-color, var(--_axis));
    stroke-opacity: 0.45;
  }
  .tick-label,
  .gap-label,
  .era text {
    fill: var(--conflict-timeline-axis-color, var(--_axis));
    font-size: ${px(TICK_LABEL_FONT_SIZE)};
  }
  .gap-label {
    font-size: ${px(GAP_LABEL_FONT_SIZE)};
    paint-order: stroke;
    stroke: var(--conflict-timeline-background, var(--_bg));
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .context-year {
    fill: var(--conflict-timeline-muted-color, var(--_muted));
    font-size: 11px;
    font-weight: 600;
  }
  .tick-label.major {
    font-weight: 600;
  }
  .axis-line {
    stroke: var(--conflict-timeline-axis-color, var(--_axis));
  }
  .band {
    fill: var(--conflict-timeline-band-color, var(--_band));
  }
  .gap rect {
    fill: var(--conflict-timeline-background, var(--_bg));
  }
  .gap path {
    fill: none;
    stroke: var(--conflict-timeline-axis-color, var(--_axis));
    stroke-width: 1.25;
  }
  .era rect {
    fill: var(--conflict-timeline-era-color, var(--_band));
  }
  .bar {
    fill: var(--_c, var(--conflict-timeline-event-color, var(--_event)));
    fill-opacity: 0.16;
  }
  .bar.approximate {
    fill-opacity: 0.1;
  }

  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The lists move with the pan frame's transform (one style change per pan); they let drags through to the plot. */
  .plot .events {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .plot .events li {
    pointer-events: auto;
    position: absolute;
    contain: layout style;
    height: calc(var(--_lane-height) - 4px);
  }
  .event {
    display: flex;
    align-items: center;
    gap: 6px;
    height: 100%;
    min-height: 24px;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-size: ${px(LABEL_FONT_SIZE)};
    text-align: start;
    cursor: pointer;
    border-radius: 4px;
    position: relative;
  }
  .event.left {
    flex-direction: row-reverse;
  }
  .marker {
    flex: none;
    overflow: visible;
  }
  .marker path {
    fill: var(--_c, var(--conflict-timeline-event-color, var(--_event)));
    stroke: var(--conflict-timeline-background, var(--_bg));
    stroke-width: 1;
  }
  .event.uncertain .marker path {
    fill-opacity: 0.35;
    stroke: var(--_c);
    stroke-width: 1.5;
    stroke-dasharray: 2 1.5;
  }
  .label {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    line-height: 1.25;
    padding: 2px 0;
  }
  .event:hover .label,
  .event:focus-visible .label {
    text-decoration: underline;
  }
  /* A shortened or hidden label shows whole, over its neighbours, while the pointer or the focus is on its event,
     and while it is selected (its title wraps rather than being cut). */
  .event:is(.shortened, .hidden-label):is(:hover, :focus-visible, .selected) .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    width: max-content !important;
    max-width: min(60ch, 80vw);
    white-space: normal;
    z-index: 3;
    background: var(--conflict-timeline-background, var(--_bg));
    box-shadow: 0 1px 6px rgb(0 0 0 / 0.25);
    border-radius: 4px;
    padding: 3px 6px;
    display: block;
  }
  .event:not(.left):is(.shortened, .hidden-label):is(:hover, :focus-visible, .selected) .label {
    inset-inline-start: calc(var(--conflict-timeline-marker-size, ${px(MARKER_SIZE)}) + 4px);
  }
  .event.left:is(.shortened, .hidden-label):is(:hover, :focus-visible, .selected) .label {
    inset-inline-end: calc(var(--conflict-timeline-marker-size, ${px(MARKER_SIZE)}) + 4px);
  }
  .event.hidden-label .label {
    display: none;
  }
  .event.hidden-label:is(:hover, :focus-visible, .selected) .label {
    display: block;
  }
  .event.selected .label {
    font-weight: 700;
  }
  /* In the chart a label has the width its regular text was measured at: bold would not fit and be cut short. */
  .plot .event.selected .label {
    font-weight: inherit;
    -webkit-text-stroke: 0.04em currentColor;
  }
  .event.selected .marker path {
    stroke: var(--conflict-timeline-selected-color, var(--_selected));
    stroke-width: 2.5;
  }

  .edge {
    position: absolute;
    bottom: 4px;
    z-index: 2;
    min-height: 24px;
    font-size: 12px;
    border-radius: 999px;
    padding: 2px 8px;
  }
  .edge-inline {
    display: block;
    margin: 4px 0 8px;
    min-height: 28px;
    font-size: 0.85em;
    border-radius: 999px;
    padding: 2px 12px;
  }
  .edge.before {
    inset-inline-start: 0;
  }
  .edge.after {
    inset-inline-end: 0;
  }

  @media print {
    .edge,
    .edge-inline,
    .hint {
      display: none !important;
    }
    .plot {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .marker path {
      fill: CanvasText;
      stroke: Canvas;
      forced-color-adjust: none;
    }
    .event.selected .marker path {
      fill: Highlight;
      stroke: CanvasText;
    }
    .bar {
      fill: GrayText;
    }
    .tick,
    .tick.major,
    .axis-line,
    .gap path,
    .event.uncertain .marker path {
      stroke: CanvasText;
    }
    .tick-label,
    .gap-label {
      fill: CanvasText;
    }
    .event:focus-visible {
      outline-color: Highlight;
    }
  }
`;
