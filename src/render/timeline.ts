import { renderLoading } from './progress.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderControls } from './controls.js';
import { renderError, renderNotice } from './messages.js';
import { renderChart } from './chart.js';
import { renderList } from './list.js';
import { renderTable, renderPrintTable } from './table.js';
import { renderDetailSpace } from './detail.js';
import type { Actions, Frame } from '../frame.js';

/** The whole element: header, messages, controls, the chart (or list, or table), detail, status and live region. */
export function renderTimeline(f: Frame, a: Actions): TemplateResult {
  const { strings, parsed } = f;
  const title = parsed?.title ?? '';
  const chart = f.layout === 'horizontal' ? f.geometry : null;
  return html`
      <div class="root ${f.theme}" part="base" role="region" tabindex="-1" aria-label=${f.name} aria-busy=${f.loading ? 'true' : 'false'}
        @keydown=${a.keyDown}>
        ${title || parsed?.description
          ? html`<div class="header" part="header">
              ${title ? html`<p class="title" dir="auto">${title}</p>` : nothing}
              ${parsed?.description ? html`<p class="description" dir="auto">${parsed.description}</p>` : nothing}
            </div>`
          : nothing}
        ${f.errorMessage ? renderError(f) : nothing}
        ${parsed ? renderNotice(f) : nothing}
        ${parsed ? renderControls(f, a) : nothing}
        ${parsed
          ? html`<div class="chart" part="chart">
              ${f.events.length === 0
                ? html`<p class="status">${strings.noEventsInFilter}&nbsp;<button class="close" @click=${a.showAllCategories}>${strings.showAll}</button></p>`
                : f.view === 'table'
                  ? renderTable(f, a, f.table!)
                  : chart
                    ? renderChart(f, a, chart)
                    : renderList(f, a, f.list!)}
            </div>`
          : !f.errorMessage
            ? html`<div class="status" part="chart">${f.loading || f.waiting ? nothing : strings.noEvents}</div>`
            : nothing}
        ${parsed && f.view !== 'table' && chart ? renderDetailSpace(f, a) : nothing}
        ${f.loading || f.progress ? renderLoading(f) : nothing}
        ${f.printing && parsed ? renderPrintTable(f) : nothing}
        <div class="sr-only" aria-live="polite" aria-atomic="true">${f.announcement}</div>
      </div>
    `;
}
