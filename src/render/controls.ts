import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { colorVars, renderMarker } from './event-button.js';
import type { Actions, Frame } from '../frame.js';
import type { DownloadKind } from '../controllers/download-controller.js';
import { fill } from '../strings.js';

/**
 * How many categories the legend lists. A dataset may bring thousands (20,000 buttons took 4 s to render, 200 take
 * a few ms); past this many, the legend ends with an item that says how many more there are and leads to the
 * Table, which lists every event with its category. High enough that any legend a reader can use is whole.
 */
export const LEGEND_LIMIT = 200;

/**
 * The legend, which is also the category filter: one toggle button per category, with its marker and its count of
 * events in the whole dataset (whatever is in view or filtered), as the first item says on screen and as each
 * button's accessible description (its name stays what it shows: label and count).
 */
export function renderLegend(f: Frame, a: Actions): TemplateResult | typeof nothing {
  const parsed = f.parsed!;
  const all = parsed.categories;
  if (all.length < 2 && !f.active) return nothing;
  const active = f.active;
  const strings = f.strings;
  const listed = all.length > LEGEND_LIMIT ? all.slice(0, LEGEND_LIMIT) : all;
  const more = all.length - listed.length;
  return html`<ul class="legend" part="legend" aria-label=${strings.filterBy}>
      <li id="legend-counts" class="legend-counts" aria-hidden="true" dir="auto">${strings.legendCounts}</li>
      ${listed.map((name) => {
        const label = f.format.categoryLabel(name, f.styles);
        const count = f.format.number(f.categoryCounts.get(name) ?? 0);
        return html`<li>
          <button class="cat" style=${styleProps(colorVars(f, name))} aria-pressed=${!active || active.has(name) ? 'true' : 'false'}
            aria-describedby="legend-counts" @click=${() => a.toggleCategory(name)}>
            ${renderMarker(f, name, 12)}<span dir="auto">${label}</span> <span class="count">${count}</span>
          </button>
        </li>`;
      })}
      ${more > 0
        ? html`<li class="legend-more">${f.view === 'table'
            ? fill(strings.legendMore, { count: f.format.number(more) })
            : html`<button class="more" @click=${() => a.setView('table')}>${fill(strings.legendMore, { count: f.format.number(more) })}</button>`}</li>`
        : nothing}
    </ul>`;
}

/** Zoom in, zoom out and fit. */
export function renderToolbar(f: Frame, a: Actions): TemplateResult {
  const strings = f.strings;
  return html`<div class="toolbar" part="toolbar">
      <button class="tool" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${a.zoomIn}>+</button>
      <button class="tool" aria-label=${strings.zoomOut} title=${strings.zoomOut} @click=${a.zoomOut}>−</button>
      <button class="tool fit" aria-label=${strings.fit} title=${strings.fit} @click=${a.fit}>${strings.fitShort}</button>
    </div>`;
}

/** The Chart / Table switch. */
export function renderViewSwitch(f: Frame, a: Actions): TemplateResult {
  const strings = f.strings;
  const table = f.view === 'table';
  return html`<div class="switch" part="view-switch" role="group" aria-label=${strings.viewAs}>
      <button class="tool" aria-pressed=${table ? 'false' : 'true'} @click=${() => a.setView('chart')}>${strings.chart}</button>
      <button class="tool" aria-pressed=${table ? 'true' : 'false'} @click=${() => a.setView('table')}>${strings.table}</button>
    </div>`;
}

/** The Download menu (PNG, SVG, CSV, JSON): a disclosure button and its list. */
export function renderDownloads(f: Frame, a: Actions): TemplateResult {
  const strings = f.strings;
  const item = (kind: DownloadKind, label: string) => html`<li><button class="tool" @click=${() => a.download(kind)}>${label}</button></li>`;
  return html`<div class="downloads" part="downloads" @keydown=${a.menuKeyDown}>
      <button class="tool" aria-expanded=${f.menuOpen ? 'true' : 'false'} aria-controls=${f.menuOpen ? 'download-menu' : nothing} @click=${a.toggleMenu}>${strings.download}</button>
      ${f.menuOpen
        ? html`<ul id="download-menu" class="menu">
            ${item('png', strings.downloadPng)}${item('svg', strings.downloadSvg)}${item('csv', strings.downloadCsv)}${item('json', strings.downloadJson)}
          </ul>`
        : nothing}
    </div>`;
}

/** The row above the chart: legend on one side, tools on the other. */
export function renderControls(f: Frame, a: Actions): TemplateResult {
  return html`<div class="controls">
      ${renderLegend(f, a)}
      <div class="tools">
        ${f.view !== 'table' && f.layout === 'horizontal' && f.geometry ? renderToolbar(f, a) : nothing}
        ${renderViewSwitch(f, a)}
        ${f.downloads ? renderDownloads(f, a) : nothing}
      </div>
    </div>`;
}
