import { html, nothing, type TemplateResult } from 'lit';
import { colorVars, renderMarker } from './event-button.js';
import { fill } from '../strings.js';
import type { Actions, Frame } from '../frame.js';

/** The selected event in full: title, date and how it was worked out, summary, figures with who claims them, sources. */
export function renderDetail(f: Frame, a: Actions): TemplateResult | typeof nothing {
  const event = f.selected;
  if (!event) return nothing;
  const strings = f.strings;
  const e = event.event;
  const basis = e.dateBasis === 'relative' ? strings.dateBasisRelative : e.dateBasis === 'inferred' ? strings.dateBasisInferred : '';
  return html`<section class="detail cat" part="detail" aria-labelledby="detail-title" style=${colorVars(f, event.category)}>
      <div class="detail-head">
        ${renderMarker(f, event.category)}
        <h3 id="detail-title">${e.title}</h3>
        <button class="close" aria-label=${strings.close} @click=${() => a.closeDetail(event)}>✕</button>
      </div>
      <p class="meta">
        <time datetime=${e.date}>${f.format.formatDate(event)}</time> · ${f.format.categoryLabel(event.category, f.styles)}${e.place ? html` · ${e.place.name}` : nothing}
      </p>
      ${basis || e.dateNote ? html`<p class="date-note">${basis}${basis && e.dateNote ? ': ' : ''}${e.dateNote ?? ''}</p>` : nothing}
      ${e.summary ? html`<p class="summary">${e.summary}</p>` : nothing}
      ${e.figures?.length
        ? html`<ul class="figures">${e.figures.map((fig) => html`<li>
            ${fig.qualifier ? `${fig.qualifier} ` : ''}<strong>${f.format.number(fig.value)}${fig.unit ? ` ${fig.unit}` : ''}</strong> ${fig.label}${fig.attribution ? html` <span class="according">(${fill(strings.according, { who: fig.attribution })})</span>` : nothing}
          </li>`)}</ul>`
        : nothing}
      ${event.citations.length
        ? html`<p class="sources-head">${strings.sources}</p>
          <ul class="citations">${event.citations.map((c) => html`<li>
            ${c.quote ? html`<blockquote>“${c.quote}”</blockquote>` : nothing}
            <cite>— ${c.url ? html`<a href=${c.url} target="_blank" rel="noopener noreferrer">${c.title ?? c.url}</a>` : c.title ?? strings.source}${c.publisher ? `, ${c.publisher}` : ''}</cite>
          </li>`)}</ul>`
        : nothing}
    </section>`;
}
