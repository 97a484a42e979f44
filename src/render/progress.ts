import { html, nothing, type TemplateResult } from 'lit';
import type { Frame } from '../frame.js';
import type { Progress } from '../model/incremental.js';

/** Quarter steps: the live region speaks at 0, 25, 50 and 75 %, not at every slice (about ten a second). */
const ANNOUNCE_STEP = 25;

/**
 * The loading overlay: a spinner and the loading words, and while a large input is read, a progress bar with the
 * count of events read. Only the coarse percentage is in the live region, so a screen reader hears a few updates
 * rather than one per slice.
 */
export function renderLoading(f: Frame): TemplateResult {
  const p = f.progress;
  const share = p && p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const spoken = p ? Math.floor((share * 100) / ANNOUNCE_STEP) * ANNOUNCE_STEP : 0;
  return html`<div class="loading-overlay">
    <span class="spinner" aria-hidden="true"></span>
    <span role="status">${f.strings.loading}${p && p.total ? ` ${percent(f.locale, spoken)}` : ''}</span>
    ${p
      ? html`<progress part="progress" max=${p.total || 1} value=${p.total ? p.done : nothing} aria-label=${f.strings.loading}></progress>
          ${p.unit === 'text' ? nothing : html`<span class="progress-count" aria-hidden="true">${count(f, p)}</span>`}`
      : nothing}
  </div>`;
}

/** "340,000 / 1,000,000" events, or "12.5 / 70.0 MB" of a file on its way (its size once known). */
function count(f: Frame, p: Progress): string {
  if (p.unit !== 'bytes') return `${f.format.number(p.done)} / ${f.format.number(p.total)}`;
  const mb = (n: number) => (n / 1_048_576).toLocaleString(f.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return p.total > p.done ? `${mb(p.done)} / ${mb(p.total)} MB` : `${mb(p.done)} MB`;
}

let percentFormat: { locale: string; value: Intl.NumberFormat } | null = null;

function percent(locale: string, value: number): string {
  if (percentFormat?.locale !== locale) percentFormat = { locale, value: new Intl.NumberFormat(locale, { style: 'percent' }) };
  return percentFormat.value.format(value / 100);
}
