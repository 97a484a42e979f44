import { css } from 'lit';

/** The detail panel of the selected event: title, date, summary, figures and the quoted sources. */
export const detail = css`
  .detail {
    margin-top: 10px;
    padding: 12px 14px;
    border-radius: 6px;
    background: var(--conflict-timeline-panel-color, var(--_panel));
    border-inline-start: 4px solid var(--_c, var(--conflict-timeline-event-color, var(--_event)));
    max-width: 80ch;
  }
  /* The chart's detail space: one height whether or not an event is selected, so the page below never moves. */
  .detail-space {
    height: var(--_detail-space, 14em);
    margin-top: 10px;
    max-width: 80ch;
  }
  .detail-space .detail {
    margin: 0;
    box-sizing: border-box;
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .detail-space .detail-head {
    position: sticky;
    top: -12px;
    margin-top: -12px;
    padding-top: 12px;
    background: var(--conflict-timeline-panel-color, var(--_panel));
  }
  .detail-prompt {
    box-sizing: border-box;
    height: 100%;
    margin: 0;
    padding: 12px 14px;
    border-radius: 6px;
    border-inline-start: 4px solid var(--conflict-timeline-grid-color, var(--_grid));
    background: var(--conflict-timeline-panel-color, var(--_panel));
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .vlist .detail {
    margin: 4px 0 8px;
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .detail-title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
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
  .media img {
    max-width: 100%;
    height: auto;
  }

  @media print {
    .close,
    .detail-prompt {
      display: none !important;
    }
    .detail-space,
    .detail-space .detail {
      height: auto;
      overflow: visible;
    }
  }
  @media (forced-colors: active) {
    .detail {
      border: 1px solid CanvasText;
    }
  }
`;
