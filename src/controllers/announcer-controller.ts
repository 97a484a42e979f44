import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the view must rest before it is announced: at most one announcement per gesture. */
const VIEW_DELAY = 600;

/**
 * The polite live region's text: what a screen-reader user is told after an action (a selection, a view switch)
 * and, debounced, what a moved view now shows.
 */
export class AnnouncerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #timer = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get text(): string {
    return this.#text;
  }

  say(text: string): void {
    this.#text = text;
    this.#host.requestUpdate();
  }

  /** Says what `compose` returns once the view has rested (a newer call replaces an older one). */
  sayLater(compose: () => string | null): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      const text = compose();
      if (text !== null) this.say(text);
    }, VIEW_DELAY);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
