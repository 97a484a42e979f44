import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { yieldToMain } from '../model/incremental.js';
import { beforeFirstUpdate } from '../model/validate-attributes.js';
import { unitFormat } from '../model/calendar.js';
import { dayHeadingFormat } from '../layout/day-groups.js';

/** The element: a host whose requestUpdate also takes a property's name and old value. */
type Host = ReactiveControllerHost & Pick<ReactiveElement, 'requestUpdate'>;

/** Events in the list's first part: more than a phone's screen holds (about eight). */
export const FIRST_DRAW = 12;

/**
 * Draws a dataset's list in parts the first time: the heading and controls with no events yet, a turn of the main
 * thread later the events a screen shows first, then half again as many (at least FIRST_DRAW) a turn after each
 * part, until all are in. Drawing 32 events, their markers and dates took one task of 250–300 ms on a phone (4× CPU
 * throttle), most of it for events below the fold; the first part with the controls (each template's first use
 * is prepared then) was still the longest task, 110–240 ms. Nothing above the list moves as its parts come in.
 * Later drawings of the same dataset (a filter, a zoom) draw whole, and so do a list that replaces the server's
 * markup and one with an event selected. The element's first update also waits for turns of its own (see
 * `deferred` and beforeFirstUpdate).
 */
export class FirstDrawController implements ReactiveController {
  readonly #host: Host;
  /** The dataset whose first drawing this is (or was). */
  #dataset: object | null = null;
  #limit = 0;
  #pending: Promise<void> | null = null;
  #connected = false;
  /** The next drawing replaces (or hydrates) the server's whole markup: it is whole too. */
  #whole = false;
  /** The first update's turns: not begun, under way, or passed. */
  #turns: Promise<void> | 'passed' | null = null;
  /** The changes the first update was asked with, replayed when its turns have passed. */
  readonly #changes = new Map<PropertyKey, unknown>();

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * How many of the list's events this update draws: all, unless this is the start of `dataset`'s first drawing
   * with no event `selected` (a deep link shows its event and detail in the first frame).
   */
  limit(dataset: object | null, selected: string | null): number {
    if (!this.#connected || !dataset || this.#whole || selected) return Infinity; // a server render draws everything
    return dataset === this.#dataset ? this.#limit : 0;
  }

  /** Resolves when the first update's turns have passed and the list is drawn whole (null when nothing waits). */
  get pending(): Promise<void> | null {
    return this.#turns instanceof Promise ? this.#turns : this.#pending;
  }

  /** After an update: `left` events of `dataset` were not drawn yet, so the next part is drawn a turn later. True when whole. */
  drawn(dataset: object | null, left: number): boolean {
    if (dataset) this.#whole = false;
    if (dataset !== this.#dataset) {
      this.#dataset = dataset;
      this.#limit = 0;
    }
    if (!left) {
      this.#limit = Infinity;
      return true;
    }
    this.#pending ??= yieldToMain().then(() => {
      this.#pending = null;
      this.#limit += Math.max(FIRST_DRAW, this.#limit >> 1); // the article's 32: 0, 12, 24, 36
      this.#host.requestUpdate();
    });
    return false;
  }

  /** The next drawing takes the server's markup over (all its events): it is drawn at once and whole, with no flash of fewer. */
  whole(): void {
    this.#whole = true;
  }

  /**
   * Whether the element's first update waits (call from `shouldUpdate` until the first update has run): for turns of
   * the main thread, not when it replaces the server's markup. The update is then asked for again, with the same
   * changes, once they have passed. Lit has set the properties given before the upgrade by now, so the element can
   * tell what it will draw (and start downloading it) before it waits.
   */
  deferred(changed: Map<PropertyKey, unknown>): boolean {
    if (this.#turns === 'passed') return false;
    if (this.#turns === null) {
      const turns = this.#whole ? undefined : beforeFirstUpdate(warmFormats);
      if (!turns) {
        this.#turns = 'passed';
        return false;
      }
      const passed = () => {
        this.#turns = 'passed';
        for (const [key, old] of this.#changes) this.#host.requestUpdate(key, old);
        this.#changes.clear();
        this.#host.requestUpdate();
      };
      // Warming a format up is an optimisation: if it fails, the element still draws.
      this.#turns = turns.then(passed, passed);
    }
    // Changes asked for while waiting join the first ones; the oldest old value of each is kept.
    for (const [key, old] of changed) if (!this.#changes.has(key)) this.#changes.set(key, old);
    return true;
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
  }
}

/**
 * Builds, in the page's language, the formats a list's first drawing needs first: its day headings, and the unit
 * format of the gaps between days ("3 days later"), whose first build of a page takes 25–70 ms on a phone.
 */
function warmFormats(): void {
  const language = document.documentElement.lang || navigator.language || 'en';
  dayHeadingFormat(language);
  unitFormat(language, 'day', 0, false);
}
