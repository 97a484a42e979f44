import type { ParsedEvent, TimelineEvent } from '../model/types.js';

export interface SelectionHost {
  /** The `selected` property, and its one writer in the element. */
  selected(): string | null;
  setSelected(id: string | null): void;
  lookup(id: string): ParsedEvent | undefined;
  /** The events the reader can step through (after the filter), in time order. */
  events(): readonly ParsedEvent[];
  /** The event that has (or last had) keyboard focus. */
  focused(): string | null;
  setFocused(id: string): void;
  /** Brings an event into view (the view follows the selection). */
  follow(event: ParsedEvent): void;
  /** The reader selected an event or cleared the selection: announce it, fire the event, write the deep link. */
  selectedByUser(event: ParsedEvent | null): void;
}

/**
 * Selecting events: programmatically (`select`, `next`, `previous`: no event fired) and by the reader. It holds no
 * state of its own (the selection is the element's `selected` property), so it has no lifecycle to follow.
 */
export class SelectionController {
  readonly #selection: SelectionHost;

  constructor(selection: SelectionHost) {
    this.#selection = selection;
  }

  /** Selects the event with this id (or clears the selection with null), programmatically. */
  select(id: string | null): TimelineEvent | null {
    const s = this.#selection;
    const found = id == null ? null : s.lookup(id) ?? null;
    s.setSelected(found ? found.id : null);
    if (found) s.setFocused(found.id);
    return found?.event ?? null;
  }

  /** Selects the event `delta` steps away in time order from the selected (else focused) one, and shows it. */
  step(delta: number): TimelineEvent | null {
    const s = this.#selection;
    const list = s.events();
    if (!list.length) return null;
    const current = list.findIndex((e) => e.id === (s.selected() ?? s.focused()));
    const index = current < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, current + delta));
    const event = list[index];
    s.follow(event);
    return this.select(event.id);
  }

  /** The reader selected an event (or cleared the selection with null); reported only when it changed. */
  selectByUser(id: string | null): void {
    const s = this.#selection;
    const event = id ? s.lookup(id) ?? null : null;
    const changed = (event?.id ?? null) !== s.selected();
    s.setSelected(event?.id ?? null);
    if (event) s.setFocused(event.id);
    if (changed) s.selectedByUser(event);
  }
}
