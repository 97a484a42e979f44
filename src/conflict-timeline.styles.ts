import { css } from 'lit';

/** The dark scheme's colours, for `theme="dark"` and for `auto` when the reader prefers dark. */
const darkPalette = css`
  --_bg: #16181b;
  --_fg: #eceef1;
  --_muted: #b2b7be;
  --_axis: #c4c8ce;
  --_grid: #33373d;
  --_band: #1e2125;
  --_selected: #ffffff;
  --_focus: #8ab4ff;
  --_event: #c4c8ce;
  --_panel: #1f2226;
`;

export const styles = css`
  :host {
    display: block;
    position: relative;
    contain: layout;
    font-family: var(--conflict-timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--conflict-timeline-font-size, 15px);
    line-height: 1.4;
    --_lane-height: var(--conflict-timeline-lane-height, 28px);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }

  .root {
    --_bg: #ffffff;
    --_fg: #1b1c1e;
    --_muted: #55595f;
    --_axis: #3d4147;
    --_grid: #e3e5e8;
    --_band: #f4f5f7;
    --_selected: #1b1c1e;
    --_focus: #0b57d0;
    --_event: #444950;
    --_panel: #f7f7f8;
    background: var(--conflict-timeline-background, var(--_bg));
    color: var(--conflict-timeline-color, var(--_fg));
    border-radius: var(--conflict-timeline-border-radius, 6px);
    padding: 16px;
    position: relative;
  }
  .root:focus {
    outline: none;
  }
  .root.dark {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkPalette}
    }
    .root.auto .cat {
      --_c: var(--_cd);
    }
  }
  .cat {
    --_c: var(--_cl);
  }
  .root.dark .cat {
    --_c: var(--_cd);
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

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

  /* The look every button shares. */
  .tool,
  .edge,
  .edge-inline,
  .close,
  .legend button {
    border: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
    background: var(--conflict-timeline-background, var(--_bg));
    color: inherit;
    font: inherit;
    cursor: pointer;
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
  .switch {
    display: flex;
    gap: 0;
    margin: 8px 0 4px;
  }
  .switch .tool {
    font-size: 13px;
    border-radius: 0;
  }
  .switch .tool:first-child {
    border-start-start-radius: 6px;
    border-end-start-radius: 6px;
  }
  .switch .tool:last-child {
    border-start-end-radius: 6px;
    border-end-end-radius: 6px;
    margin-inline-start: -1px;
  }
  .switch .tool[aria-pressed='true'] {
    background: var(--conflict-timeline-color, var(--_fg));
    color: var(--conflict-timeline-background, var(--_bg));
    border-color: var(--conflict-timeline-color, var(--_fg));
  }
  .table-wrap {
    overflow: auto;
    max-height: min(75vh, 720px);
    border-block: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--conflict-timeline-focus-color, var(--_focus));
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--conflict-timeline-background, var(--_bg));
    text-align: start;
    font-size: 0.85em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
    border-bottom: 1px solid var(--conflict-timeline-axis-color, var(--_axis));
  }
  th,
  td {
    padding: 6px 8px;
    vertical-align: top;
    text-align: start;
  }
  tbody tr + tr {
    border-top: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
  }
  tbody th {
    font-weight: 600;
  }
  td.when {
    white-space: nowrap;
  }
  td.cat {
    white-space: nowrap;
  }
  td.cat svg {
    vertical-align: -1px;
  }
  .virtual tbody tr:not(.spacer) {
    height: 72px;
  }
  .virtual tbody tr:not(.spacer) > * {
    max-height: 72px;
    overflow: hidden;
  }
  tr.selected {
    background: var(--conflict-timeline-band-color, var(--_band));
  }
  .cite + .cite {
    margin-top: 4px;
  }
  q {
    font-style: italic;
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
  .tool:hover,
  .cluster:hover {
    background: var(--conflict-timeline-band-color, var(--_band));
  }
  .plot {
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .plot:active {
    cursor: grabbing;
  }
  .plot .clusters li {
    position: absolute;
    height: 40px;
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
  .overview {
    position: relative;
    /* The brush moves on every pan: keep that layout and paint inside the strip. */
    contain: strict;
    margin-top: 6px;
    border-top: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
    touch-action: none;
    cursor: pointer;
  }
  .overview svg {
    display: block;
  }
  .overview .density {
    fill-opacity: 0.4;
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
    padding: 2px 10px 2px 8px;
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

  .notice {
    margin: 4px 0;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .notice summary {
    cursor: pointer;
  }

  .plot {
    position: relative;
    overflow: hidden;
    /* Pan and zoom re-render only the chart: keep its layout and paint from spreading to the rest. */
    contain: strict;
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
    font-size: 12.5px;
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
    font-size: 13px;
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
  .event:is(.shortened, .hidden-label):is(:hover, :focus-visible) .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    width: max-content !important;
    max-width: min(60ch, 80vw);
    z-index: 3;
    background: var(--conflict-timeline-background, var(--_bg));
    box-shadow: 0 1px 6px rgb(0 0 0 / 0.25);
    border-radius: 4px;
    padding: 3px 6px;
    display: block;
  }
  .event:not(.left):is(.shortened, .hidden-label):is(:hover, :focus-visible) .label {
    inset-inline-start: calc(var(--conflict-timeline-marker-size, 13px) + 4px);
  }
  .event.left:is(.shortened, .hidden-label):is(:hover, :focus-visible) .label {
    inset-inline-end: calc(var(--conflict-timeline-marker-size, 13px) + 4px);
  }
  .event.hidden-label .label {
    display: none;
  }
  .event.hidden-label:is(:hover, :focus-visible) .label {
    display: block;
  }
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--conflict-timeline-focus-color, var(--_focus));
    outline-offset: 2px;
  }
  .event.selected .label {
    font-weight: 700;
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

  /* Vertical layout: a dated list along a vertical line. */
  .vlist {
    list-style: none;
    margin: 0;
    padding: 0 0 0 4px;
    position: relative;
  }
  .day {
    position: relative;
    padding: 0 0 10px 26px;
    border-inline-start: 2px solid var(--conflict-timeline-axis-color, var(--_axis));
  }
  .day:last-child {
    border-image: linear-gradient(var(--conflict-timeline-axis-color, var(--_axis)) 60%, transparent) 1;
  }
  .day-head {
    margin: 0 0 2px -26px;
    padding: 6px 0 2px 26px;
    font-weight: 700;
    font-size: 0.9em;
    position: relative;
  }
  .day-head::before {
    content: '';
    position: absolute;
    inset-inline-start: -7px;
    top: 11px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--conflict-timeline-background, var(--_bg));
    border: 2px solid var(--conflict-timeline-axis-color, var(--_axis));
  }
  .later {
    display: block;
    font-weight: 400;
    color: var(--conflict-timeline-muted-color, var(--_muted));
    font-size: 0.9em;
  }
  .vlist .events li {
    margin: 2px 0;
  }
  .vlist .event {
    height: auto;
    min-height: 32px;
    width: 100%;
    font-size: 14.5px;
    align-items: flex-start;
    padding: 5px 4px;
  }
  .vlist .event .marker {
    margin-top: 3px;
  }
  .vlist .event .label {
    white-space: normal;
  }
  .vlist .events li > .when {
    display: block;
    padding-inline-start: 23px;
    margin-top: -4px;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }

  .vscroll {
    position: relative;
    height: min(70vh, 640px);
    overflow-y: auto;
    overscroll-behavior: contain;
    border-block: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
  }
  .vspace {
    position: relative;
  }
  .vrow {
    position: absolute;
    inset-inline: 0;
    height: 40px;
    padding-inline-start: 4px;
  }
  .vrow.vday {
    height: 34px;
    padding-top: 8px;
    font-weight: 700;
    font-size: 0.9em;
    display: flex;
    gap: 8px;
    align-items: baseline;
  }
  .vrow .event {
    height: 36px;
    min-height: 36px;
    align-items: center;
    width: 100%;
  }
  .vrow .event .label {
    white-space: nowrap;
    flex: 1;
  }
  .when-inline {
    flex: none;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .detail {
    margin-top: 10px;
    padding: 12px 14px;
    border-radius: 6px;
    background: var(--conflict-timeline-panel-color, var(--_panel));
    border-inline-start: 4px solid var(--_c, var(--conflict-timeline-event-color, var(--_event)));
    max-width: 80ch;
  }
  .vlist .detail {
    margin: 4px 0 8px;
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .detail h3 {
    margin: 0;
    font-size: 1.05em;
    flex: 1;
  }
  .close {
    flex: none;
    min-width: 28px;
    min-height: 28px;
    border-radius: 4px;
  }
  .meta {
    margin: 4px 0 0;
    color: var(--conflict-timeline-muted-color, var(--_muted));
    font-size: 0.9em;
  }
  .date-note {
    margin: 4px 0 0;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .summary {
    margin: 8px 0 0;
  }
  .figures {
    margin: 8px 0 0;
    padding-inline-start: 20px;
    font-size: 0.95em;
  }
  .sources-head {
    margin: 10px 0 4px;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .citations {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .citations li + li {
    margin-top: 8px;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 10px;
    border-inline-start: 2px solid var(--conflict-timeline-grid-color, var(--_grid));
    font-style: italic;
  }
  cite {
    display: block;
    font-style: normal;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
    margin-top: 2px;
  }
  a {
    color: var(--conflict-timeline-link-color, var(--_focus));
  }

  .status {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 200px;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .loading-overlay {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    background: color-mix(in srgb, var(--conflict-timeline-background, var(--_bg)) 70%, transparent);
    z-index: 4;
  }
  .spinner {
    width: 18px;
    height: 18px;
    margin-inline-end: 8px;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .error {
    margin: 8px 0;
    padding: 12px 14px;
    border-radius: 6px;
    border: 1px solid var(--conflict-timeline-error-color, #b3261e);
    border-inline-start-width: 4px;
    background: var(--conflict-timeline-panel-color, var(--_panel));
  }
  .error strong {
    display: block;
  }
  .error ul {
    margin: 6px 0 0;
    padding-inline-start: 20px;
    font-size: 0.9em;
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
  .print-only {
    display: none;
  }
  @media print {
    .toolbar,
    .switch,
    .downloads,
    .overview,
    .edge,
    .edge-inline,
    .hint,
    .notice,
    .close,
    .loading-overlay {
      display: none !important;
    }
    .root {
      padding: 0;
    }
    .legend button {
      border: 0;
    }
    .print-only {
      display: block;
      margin-top: 12px;
      font-size: 10pt;
    }
    .print-only .url {
      word-break: break-all;
      color: var(--conflict-timeline-muted-color, var(--_muted));
    }
    .vscroll,
    .table-wrap {
      height: auto;
      max-height: none;
      overflow: visible;
    }
    .plot,
    tr {
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.6;
    }
  }
  @media (forced-colors: active) {
    .marker path,
    .legend svg path {
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
    .event.uncertain .marker path,
    .legend button[aria-pressed='false'] svg path {
      stroke: CanvasText;
    }
    .switch .tool[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .tick-label,
    .gap-label {
      fill: CanvasText;
    }
    .event:focus-visible {
      outline-color: Highlight;
    }
    .detail {
      border: 1px solid CanvasText;
    }
  }
`;
