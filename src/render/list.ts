import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { repeat } from 'lit/directives/repeat.js';
import { showDate } from '../layout/day-groups.js';
import { renderEventButton } from './event-button.js';
import { renderDetail } from './detail.js';
import { fill } from '../strings.js';
import type { Actions, Frame, ListFrame } from '../frame.js';

/**
 * The vertical list: events under day headings, the selected one with its detail below it, and buttons for what
 * the window hides. Long lists are virtualised: fixed-height rows, only those near the scroll viewport in the DOM
 * (a few dozen at 100,000 events); their day headings are rows too and each event's name carries its date, so
 * headings are hidden from assistive technology.
 */
export function renderList(f: Frame, a: Actions, list: ListFrame): TemplateResult {
  const strings = f.strings;
  const positionOf = f.index!.position;
  const { hiddenBefore, hiddenAfter } = list;
  const before = hiddenBefore.length
    ? html`<button class="edge-inline" @click=${() => a.showEvent(hiddenBefore[hiddenBefore.length - 1])}>↑ ${fill(strings.earlier, { count: f.format.number(hiddenBefore.length) })}</button>`
    : nothing;
  const after = hiddenAfter.length
    ? html`<button class="edge-inline" @click=${() => a.showEvent(hiddenAfter[0])}>↓ ${fill(strings.later, { count: f.format.number(hiddenAfter.length) })}</button>`
    : nothing;
  if (list.rows) {
    return html`${before}<div class="vscroll" @scroll=${a.scroll}>
      <div class="vspace" role="list" aria-label=${strings.events} style=${styleProps({ height: list.height })}>
        ${repeat(list.rows, (r) => r.event?.id ?? `day${r.top}`, (r) => r.event
          ? html`<div class="vrow" role="listitem" style=${styleProps({ top: r.top })}>
              ${renderEventButton(f, a, r.event, positionOf.get(r.event.id)!, list.tabStop, { vertical: true, compact: true })}
            </div>`
          : html`<div class="vrow vday" aria-hidden="true" style=${styleProps({ top: r.top })}>
              ${r.day!.label}${r.day!.later ? html`<span class="later">${r.day!.later}</span>` : nothing}
            </div>`)}
      </div>
    </div>${after}${renderDetail(f, a)}`;
  }
  return html`${before}
      <ol class="vlist" aria-label=${strings.events}>
      ${list.groups!.map((group) => html`<li class="day">
          <p class="day-head">${group.later ? html`<span class="later">${group.later}</span>` : nothing}${group.label}</p>
          <ul class="events" role="list">
            ${repeat(group.events, (e) => e.id, (e) => html`<li>
              ${renderEventButton(f, a, e, positionOf.get(e.id)!, list.tabStop, { vertical: true, showDate: showDate(group, e) })}
              ${f.selected?.id === e.id ? renderDetail(f, a) : nothing}
            </li>`)}
          </ul>
        </li>`)}
    </ol>
    ${after}`;
}
