import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from './style-props.js';
import { colorVars, renderMarker } from './event-button.js';
import { fill } from '../strings.js';
import { citationSeparator, groupCitations, mediaKind } from '../model/citations.js';
import type { Media } from '../model/types.js';
import type { Actions, Frame } from '../frame.js';

/** The detail's heading at the frame's level (`heading-level`, default 2): one fixed template per level. */
function heading(level: number, title: string): TemplateResult {
  switch (level) {
    case 1: return html`<h1 class="detail-title" id="detail-title">${title}</h1>`;
    case 3: return html`<h3 class="detail-title" id="detail-title">${title}</h3>`;
    case 4: return html`<h4 class="detail-title" id="detail-title">${title}</h4>`;
    case 5: return html`<h5 class="detail-title" id="detail-title">${title}</h5>`;
    case 6: return html`<h6 class="detail-title" id="detail-title">${title}</h6>`;
    default: return html`<h2 class="detail-title" id="detail-title">${title}</h2>`;
  }
}

/** Shown in the reserved detail space until an event is selected (the lead may move these into TimelineStrings). */
const PROMPTS: Record<string, string> = {
  en: 'Select an event to read its date and sources.',
  uk: 'Виберіть подію, щоб прочитати її дату та джерела.',
};
const promptFor = (locale: string) => PROMPTS[locale.toLowerCase().split(/[-_]/)[0]] ?? PROMPTS.en;

const link = (url: string, text: string) => html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}</a>`;

/**
 * An event's media: an image (http/https only, loaded lazily and without a referrer) with its caption and credit,
 * or, for anything else (video, social posts, maps, documents), a link with its caption. Nothing is embedded.
 */
export function renderMedia(media: Media | undefined, image?: string): TemplateResult | typeof nothing {
  if (!media) return nothing;
  const kind = mediaKind(media);
  if (kind === 'none') return nothing;
  const caption = media.caption || media.credit ? html`<figcaption>${media.caption ?? ''}${media.caption && media.credit ? ' ' : ''}${media.credit ? html`<span class="credit">${media.credit}</span>` : nothing}</figcaption>` : nothing;
  if (kind === 'image') {
    return html`<figure class="media" part="media"><img src=${image ?? media.url!} alt=${media.alt ?? media.caption ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer">${caption}</figure>`;
  }
  return html`<figure class="media media-link" part="media">${link(media.url!, media.caption || media.url!)}${media.credit ? html`<figcaption><span class="credit">${media.credit}</span></figcaption>` : nothing}</figure>`;
}

/** The selected event in full: title, date and how it was worked out, summary, figures with who claims them, sources. */
export function renderDetail(f: Frame, a: Actions): TemplateResult | typeof nothing {
  const event = f.selected;
  if (!event) return nothing;
  const strings = f.strings;
  const e = event.event;
  const basis = e.dateBasis === 'relative' ? strings.dateBasisRelative : e.dateBasis === 'inferred' ? strings.dateBasisInferred : '';
  // tabindex -1: Firefox makes a scrolling box a tab stop of its own; its close button is the stop, and the arrow
  // keys scroll the box from there.
  return html`<section class="detail cat" part="detail" aria-labelledby="detail-title" tabindex="-1" style=${styleProps(colorVars(f, event.category))}>
      <div class="detail-head">
        ${renderMarker(f, event.category)}
        ${heading(f.headingLevel, e.title)}
        <button class="close" aria-label=${strings.close} @click=${() => a.closeDetail(event)}>✕</button>
      </div>
      <p class="meta">
        <time datetime=${e.date}>${f.format.formatDate(event)}</time> · ${f.format.categoryLabel(event.category, f.styles)}${e.place ? html` · ${e.place.name}` : nothing}
      </p>
      ${basis || e.dateNote ? html`<p class="date-note">${basis}${basis && e.dateNote ? ': ' : ''}${e.dateNote ?? ''}</p>` : nothing}
      ${e.summary ? html`<p class="summary">${e.summary}</p>` : nothing}
      ${renderMedia(e.media)}
      ${e.figures?.length
        ? html`<ul class="figures">${e.figures.map((fig) => html`<li>
            ${fig.qualifier ? `${fig.qualifier} ` : ''}<strong>${f.format.number(fig.value)}${fig.unit ? ` ${fig.unit}` : ''}</strong> ${fig.label}${fig.attribution ? html` <span class="according">(${fill(strings.according, { who: fig.attribution })})</span>` : nothing}
          </li>`)}</ul>`
        : nothing}
      ${event.citations.length
        ? html`<p class="sources-head">${strings.sources}</p>
          <ul class="citations">${groupCitations(event.citations, f.parsed?.sources).map((g) => html`<li class="source">
            <cite>— ${g.url ? link(g.url, g.title ?? g.url) : g.title ?? strings.source}${g.publisher ? `${citationSeparator(g.title ?? g.url ?? '')}${g.publisher}` : ''}${g.published ? html`${citationSeparator(g.publisher || (g.title ?? g.url ?? ''))}<time datetime=${g.published}>${f.format.formatWritten(g.published)}</time>` : nothing}</cite>
            ${g.quotes.map((q) => html`<blockquote>“${q}”</blockquote>`)}
          </li>`)}</ul>`
        : nothing}
    </section>`;
}

/**
 * Under the chart, the detail has a space of its own, reserved whether or not an event is selected (a short prompt
 * until then; a long detail scrolls inside it), so selecting, closing and moving the view never move the page below.
 * Each event's detail is a new panel (keyed by its id), so it opens at its top, not where the previous one was scrolled to.
 */
export function renderDetailSpace(f: Frame, a: Actions): TemplateResult {
  return html`<div class="detail-space">${f.selected
    ? repeat([f.selected], (e) => e.id, () => renderDetail(f, a))
    : html`<p class="detail-prompt" dir="auto">${promptFor(f.locale)}</p>`}</div>`;
}
