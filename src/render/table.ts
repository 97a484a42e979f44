import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { repeat } from 'lit/directives/repeat.js';
import { colorVars, renderMarker } from './event-button.js';
import { fill } from '../strings.js';
import { citationSeparator, groupCitations, mediaImage } from '../model/citations.js';
import { renderMedia } from './detail.js';
import type { Actions, Frame, TableFrame } from '../frame.js';

/**
 * The table alternative: every event in the filter with its date, category, title, summary and sources. Long
 * tables are virtualised (rows outside the scroll viewport are not in the DOM; aria-rowcount and aria-rowindex
 * keep the position known).
 */
export function renderTable(f: Frame, a: Actions, t: TableFrame): TemplateResult {
  const strings = f.strings;
  const events = f.events;
  const { virtual, first, last, rowHeight } = t;
  const rows = events.slice(first, last);
  const caption = fill(strings.tableCaption, { count: f.format.number(events.length) });
  return html`<div class="table-wrap ${virtual ? 'virtual' : ''}" part="table" tabindex="0" role="region" aria-label=${caption}
      @scroll=${virtual ? a.scroll : nothing}>
      <table aria-rowcount=${events.length + 1}>
        <caption class="sr-only">${caption}</caption>
        <thead><tr aria-rowindex="1">
          <th scope="col">${strings.date}</th><th scope="col">${strings.category}</th><th scope="col">${strings.titleColumn}</th>
          <th scope="col">${strings.summary}</th><th scope="col">${strings.sources}</th>
        </tr></thead>
        <tbody>
          ${virtual && first > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" style=${styleProps({ height: first * rowHeight })}></td></tr>` : nothing}
          ${repeat(rows, (e) => e.id, (e, i) => html`<tr aria-rowindex=${first + i + 2} class=${f.selected?.id === e.id ? 'selected' : ''} aria-current=${f.selected?.id === e.id ? 'true' : 'false'}>
            <td class="when"><time datetime=${e.event.date}>${f.format.formatDate(e)}</time></td>
            <td class="cat" style=${styleProps(colorVars(f, e.category))}>${renderMarker(f, e.category, 12)} ${f.format.categoryLabel(e.category, f.styles)}</td>
            <th scope="row">${e.event.title}</th>
            <td>${e.event.summary ?? ''}${renderMedia(e.event.media, e.event.media ? mediaImage(e.event.media) : undefined)}</td>
            <td>${groupCitations(e.citations, f.parsed?.sources).map((g) => html`<div class="cite"><div class="cite-source">${g.url
              ? html`<a href=${g.url} target="_blank" rel="noopener noreferrer">${g.title ?? g.url}</a>`
              : g.title ?? ''}${g.publisher ? `${citationSeparator(g.title ?? g.url ?? '')}${g.publisher}` : ''}${g.published ? `${citationSeparator(g.publisher || (g.title ?? g.url ?? ''))}${f.format.formatWritten(g.published)}` : ''}</div>${g.quotes.map((q) => html`<div class="cite-quote"><q>${q}</q></div>`)}</div>`)}</td>
          </tr>`)}
          ${virtual && last < events.length ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" style=${styleProps({ height: (events.length - last) * rowHeight })}></td></tr>` : nothing}
        </tbody>
      </table>
    </div>`;
}

/** For paper: the events in the filter with their citations, capped, with a note of how many more there are. */
export function renderPrintTable(f: Frame): TemplateResult {
  const strings = f.strings;
  const limit = 200;
  const events = f.events.slice(0, limit);
  const more = f.events.length - events.length;
  return html`<div class="print-only" part="print">
      <table>
        <thead><tr><th>${strings.date}</th><th>${strings.category}</th><th>${strings.titleColumn}</th><th>${strings.sources}</th></tr></thead>
        <tbody>${events.map((e) => html`<tr>
          <td>${f.format.formatDate(e)}</td><td>${f.format.categoryLabel(e.category, f.styles)}</td>
          <th scope="row">${e.event.title}${e.event.summary ? html`<div class="summary">${e.event.summary}</div>` : nothing}</th>
          <td>${e.citations.map((c) => html`<div class="cite">${c.quote ? html`“${c.quote}” ` : nothing}— ${c.title ?? ''}${c.publisher ? `${citationSeparator(c.title ?? '')}${c.publisher}` : ''}${c.url ? html` <span class="url">${c.url}</span>` : nothing}</div>`)}</td>
        </tr>`)}</tbody>
      </table>
      ${more > 0 ? html`<p>${fill(strings.printMore, { count: f.format.number(more) })}</p>` : nothing}
    </div>`;
}
