import { stepIndex } from '../interaction/navigation.js';
import type { ParsedEvent, TimelineEvent } from '../model/types.js';
import type { ChartReadings } from '../timeline-state.js';

export interface SelectionHost {
  /** The `selected` property, and its one writer in the element. */
  selected(): string | null;
  setSelected(id: string | null): void;
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
  readonly #chart: ChartReadings;
  readonly #selection: SelectionHost;

  constructor(chart: ChartReadings, selection: SelectionHost) {
    this.#chart = chart;
    this.#selection = selection;
  }

  /** Selects the event with this id (or clears the selection with null), programmatically. */
  select(id: string | null): TimelineEvent | null {
    const s = this.#selection;
    const found = id == null ? null : this.#chart.byId.get(id) ?? null;
    s.setSelected(found ? found.id : null);
    if (found) s.setFocused(found.id);
    return found?.event ?? null;
  }

  /** Selects the event `delta` steps away in time order from the selected (else focused) one, and shows it. */
  step(delta: number): TimelineEvent | null {
    const s = this.#selection;
    const list = this.#chart.filtered.events;
    const index = stepIndex(list, s.selected() ?? s.focused(), delta);
    if (index === null) return null;
    const event = list[index];
    s.follow(event);
    return this.select(event.id);
  }

  /** The reader selected an event (or cleared the selection with null); reported only when it changed. */
  selectByUser(id: string | null): void {
    const s = this.#selection;
    const event = id ? this.#chart.byId.get(id) ?? null : null;
    const changed = (event?.id ?? null) !== s.selected();
    s.setSelected(event?.id ?? null);
    if (event) s.setFocused(event.id);
    if (changed) s.selectedByUser(event);
  }
}
