import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../strings.js';
import type { Frame } from '../frame.js';

/** Data that could not be loaded or had no valid event: the message, and the data's errors under it. */
export function renderError(f: Frame): TemplateResult {
  const errors = f.dataIssues.filter((i) => i.severity === 'error');
  return html`<div class="error" part="error" role="alert">
      <strong>${f.strings.loadFailed}</strong>
      <span>${f.errorMessage}</span>
      ${errors.length > 1 || (errors.length === 1 && errors[0].message !== f.errorMessage)
        ? html`<ul>${errors.slice(0, 50).map((i) => html`<li>${i.message}</li>`)}</ul>${errors.length > 50 ? html`<p>…</p>` : nothing}`
        : nothing}
    </div>`;
}

/** What could not be shown, and every note about the data and the attributes, folded away. */
export function renderNotice(f: Frame): TemplateResult | typeof nothing {
  const parsed = f.parsed!;
  const issues = f.issues;
  if (!issues.length) return nothing;
  const invalid = parsed.inputCount - parsed.events.length;
  const summary = invalid > 0 ? fill(f.strings.notShown, { invalid, total: parsed.inputCount }) : fill(f.strings.notes, { count: issues.length });
  return html`<details class="notice" part="notice">
      <summary>${summary}</summary>
      <ul>${issues.slice(0, 200).map((i) => html`<li>${i.message}</li>`)}</ul>
    </details>`;
}
