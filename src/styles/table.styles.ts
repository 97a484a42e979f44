import { css } from 'lit';
import { TABLE_ROW } from '../layout/metrics.js';
import { px } from './units.js';

/**
 * The table view (virtualised for long tables: rows of one fixed height) and the table that only print shows
 * (every event with its sources, after the chart).
 */
export const table = css`
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
    height: ${px(TABLE_ROW)};
  }
  .virtual tbody tr:not(.spacer) > * {
    max-height: ${px(TABLE_ROW)};
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
  .print-only {
    display: none;
  }

  @media print {
    .print-only {
      display: block;
      margin-top: 12px;
      font-size: 10pt;
    }
    .print-only .url {
      word-break: break-all;
      color: var(--conflict-timeline-muted-color, var(--_muted));
    }
    .table-wrap {
      height: auto;
      max-height: none;
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
