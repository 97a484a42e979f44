import { html, nothing, type TemplateResult } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';
import { UNCATEGORISED } from '../model/categories.js';
import { shapePath } from './shapes.js';
import type { Actions, Frame } from '../frame.js';
import type { ParsedEvent } from '../model/types.js';

/** The category's colours as custom properties (keys are CSS-safe slugs, colours come from the palette). */
export function colorVars(f: Frame, name: string): StyleProps {
  const style = f.styles.get(name);
  if (!style || name === UNCATEGORISED) return {};
  return {
    '--_cl': `var(--conflict-timeline-category-${style.key}, ${style.light})`,
    '--_cd': `var(--conflict-timeline-category-${style.key}-dark, var(--conflict-timeline-category-${style.key}, ${style.dark}))`,
  };
}

/** A category's marker shape, as a small SVG. */
export function renderMarker(f: Frame, name: string, size = f.markerRadius * 2 + 1): TemplateResult {
  const shape = f.styles.get(name)?.shape ?? 'circle';
  const r = size / 2 - 1;
  return html`<svg class="marker" part="marker" aria-hidden="true" width=${size} height=${size} viewBox="${-size / 2} ${-size / 2} ${size} ${size}"><path d=${shapePath(shape, r)}></path></svg>`;
}

export interface EventButtonOptions {
  left?: boolean;
  shortened?: boolean;
  hiddenLabel?: boolean;
  labelWidth?: number;
  vertical?: boolean;
  showDate?: boolean;
  compact?: boolean;
}

/** An event: a button with its marker and title, named for assistive technology with its date and position. */
export function renderEventButton(f: Frame, a: Actions, e: ParsedEvent, index: number, tabStop: string | null, opts: EventButtonOptions): TemplateResult {
  const selected = f.selected?.id === e.id;
  const classes = [
    'event',
    'cat',
    opts.left ? 'left' : '',
    opts.shortened ? 'shortened' : '',
    opts.hiddenLabel ? 'hidden-label' : '',
    selected ? 'selected' : '',
    e.when.uncertain || e.when.approximate ? 'uncertain' : '',
  ].filter(Boolean).join(' ');
  return html`<button
      class=${classes}
      part=${selected ? 'event event--selected' : 'event'}
      data-id=${e.id}
      tabindex=${e.id === tabStop ? '0' : '-1'}
      aria-label=${f.format.accessibleName(e, index, f.events.length, f.styles)}
      aria-expanded=${selected ? 'true' : 'false'}
      style=${styleProps(colorVars(f, e.category))}
      @click=${a.eventClick}
      @focus=${a.eventFocus}
    >${renderMarker(f, e.category)}<span class="label" part="label" dir="auto" style=${styleProps(opts.vertical ? {} : { width: opts.labelWidth ?? 0 })}
      >${e.event.title}</span>${opts.compact ? html`<span class="when-inline" aria-hidden="true">${f.format.compactWhen(e)}</span>` : nothing}</button>${opts.showDate
      ? html`<span class="when" aria-hidden="true">${f.format.formatDate(e)}</span>`
      : nothing}`;
}
