import { css } from 'lit';
import { LIST_VIEWPORT, ROW_DAY, ROW_EVENT } from '../layout/metrics.js';
import { px } from './units.js';

/**
 * The vertical layout: a dated list along a vertical line, and its virtualised form for long lists (fixed-height
 * rows in a scroll viewport, positioned by the element from the same row heights).
 */
export const list = css`
  .vlist {
    list-style: none;
    margin: 0;
    padding: 0;
    padding-inline-start: 4px;
    position: relative;
  }
  /* Logical sides throughout: in a right-to-left page the line is on the right, and the room beside it too. */
  .day {
    position: relative;
    padding-block: 0 10px;
    padding-inline: 26px 0;
    border-inline-start: 2px solid var(--conflict-timeline-axis-color, var(--_axis));
  }
  .day:last-child {
    border-image: linear-gradient(var(--conflict-timeline-axis-color, var(--_axis)) 60%, transparent) 1;
  }
  .day-head {
    margin-block: 0 2px;
    margin-inline: -26px 0;
    padding-block: 6px 2px;
    padding-inline: 26px 0;
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
    height: min(70vh, ${px(LIST_VIEWPORT)});
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
    height: ${px(ROW_EVENT)};
    padding-inline-start: 4px;
  }
  .vrow.vday {
    height: ${px(ROW_DAY)};
    padding-top: 8px;
    font-weight: 700;
    font-size: 0.9em;
    display: flex;
    gap: 8px;
    align-items: baseline;
  }
  /* The event button leaves 4px of its row free, between one event and the next. */
  .vrow .event {
    height: ${px(ROW_EVENT - 4)};
    min-height: ${px(ROW_EVENT - 4)};
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

  @media print {
    .vscroll {
      height: auto;
      max-height: none;
      overflow: visible;
    }
  }
`;
