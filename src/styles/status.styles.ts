import { css } from 'lit';

/** What the element says about its data: the notice of events it could not show, loading, empty and error states. */
export const status = css`
  .notice {
    margin: 4px 0;
    font-size: 0.85em;
    color: var(--conflict-timeline-muted-color, var(--_muted));
  }
  .notice summary {
    cursor: pointer;
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
  .loading-overlay progress {
    margin-inline-start: 12px;
    inline-size: min(240px, 40%);
  }
  .progress-count {
    margin-inline-start: 8px;
    font-variant-numeric: tabular-nums;
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

  @media print {
    .notice,
    .loading-overlay {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.6;
    }
  }
`;
