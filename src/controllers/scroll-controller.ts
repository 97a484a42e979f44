import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Scroll positions of the virtualised list and table: they re-render for the rows in view at most once a frame,
 * from the latest scroll position.
 */
export class ScrollController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #list = 0;
  #table = 0;
  #frame = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The vertical list's scroll position (px). */
  get list(): number {
    return this.#list;
  }
  /** The table's scroll position (px). */
  get table(): number {
    return this.#table;
  }

  /** The list was scrolled by code (to bring an event into view). */
  listScrolledTo(top: number): void {
    this.#list = top;
    this.#host.requestUpdate();
  }

  onScroll = (e: Event): void => {
    const scroller = e.currentTarget as HTMLElement;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (scroller.classList.contains('vscroll')) this.#list = scroller.scrollTop;
      else this.#table = scroller.scrollTop;
      this.#host.requestUpdate();
    });
  };

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
