import { css } from 'lit';

/** Above the views: the header, the legend (category filter), the zoom toolbar, the view switch and the Download menu. */
export const controls = css`
  .header {
    margin: 0 0 8px;
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0;
    line-height: 1.3;
  }
  .description {
    margin: 2px 0 0;
    color: var(--conflict-timeline-muted-color, var(--_muted));
    font-size: 0.9em;
    max-width: 70ch;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0 8px;
    margin-bottom: 6px;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    align-items: flex-start;
  }
  /* Two buttons with room between them: a focus ring never falls on the other button (a dark pressed one hid it). */
  .switch {
    display: flex;
    gap: 6px;
    margin: 8px 0 4px;
  }
  .switch .tool {
    font-size: 13px;
    border-radius: 6px;
  }
  .switch .tool[aria-pressed='true'] {
    background: var(--conflict-timeline-color, var(--_fg));
    color: var(--conflict-timeline-background, var(--_bg));
    border-color: var(--conflict-timeline-color, var(--_fg));
  }

  .toolbar {
    display: flex;
    gap: 4px;
    margin: 8px 0 4px;
  }
  .tool {
    min-width: 32px;
    min-height: 30px;
    padding: 2px 8px;
    border-radius: 6px;
    font-size: 16px;
    line-height: 1;
  }
  .tool.fit {
    font-size: 13px;
  }
  .tool:hover {
    background: var(--conflict-timeline-band-color, var(--_band));
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 6px;
    margin: 8px 0 4px;
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding-block: 2px;
    padding-inline: 8px 10px; /* the marker's side is the start */
    border-radius: 999px;
    background: transparent;
    font-size: 0.85em;
  }
  .legend button[aria-pressed='false'] {
    text-decoration: line-through;
  }
  .legend button[aria-pressed='false'] svg path {
    fill: none;
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .legend .count {
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  /* "Events in all:" says what the counts count; it reads as the legend's lead-in, not as a button. */
  .legend-counts {
    align-self: center;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .legend .more {
    font-style: italic;
  }

  .downloads {
    position: relative;
    margin: 8px 0 4px;
  }
  .downloads > .tool {
    font-size: 13px;
  }
  .menu {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    z-index: 6;
    list-style: none;
    margin: 0;
    padding: 4px;
    min-width: 190px;
    background: var(--conflict-timeline-background, var(--_bg));
    border: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
    border-radius: 6px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  .menu .tool {
    width: 100%;
    text-align: start;
    font-size: 13px;
    border: 0;
  }

  @media print {
    .toolbar,
    .switch,
    .downloads {
      display: none !important;
    }
    .legend button {
      border: 0;
    }
  }
  @media (forced-colors: active) {
    .legend svg path {
      fill: CanvasText;
      stroke: Canvas;
      forced-color-adjust: none;
    }
    .legend button[aria-pressed='false'] svg path {
      stroke: CanvasText;
    }
    .switch .tool[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
