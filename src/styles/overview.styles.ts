import { css } from 'lit';

/** The overview strip under the chart: the density of every event, and the brush that shows and moves the view. */
export const overview = css`
  .overview {
    position: relative;
    /* The brush moves on every pan: keep that layout inside the strip. Not paint: it would clip the brush's focus ring. */
    contain: layout size style;
    margin-top: 6px;
    border-top: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
    touch-action: none;
    cursor: pointer;
  }
  .overview svg {
    display: block;
  }
  /* Marks at 3:1 against the strip and the brush's tint: each day or period with events must be seen. */
  .overview .density {
    fill: var(--conflict-timeline-muted-color, var(--_muted));
    fill-opacity: 0.8;
  }
  .brush {
    position: absolute;
    top: 0;
    bottom: 0;
    min-width: 4px;
    border: 2px solid var(--conflict-timeline-focus-color, var(--_focus));
    border-radius: 3px;
    background: color-mix(in srgb, var(--conflict-timeline-focus-color, var(--_focus)) 12%, transparent);
    cursor: grab;
  }
  .brush:focus-visible {
    outline: 2px solid var(--conflict-timeline-color, var(--_fg));
    outline-offset: 2px;
  }
  .brush .handle {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 8px;
    cursor: ew-resize;
  }
  .brush .handle.start {
    left: -5px;
  }
  .brush .handle.end {
    right: -5px;
  }

  @media print {
    .overview {
      display: none !important;
    }
  }
`;
