import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowTopOf, scrollTopFor, type VirtualRows } from '../layout/virtual-rows.js';

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

  /** Scrolls the virtualised list so the event's row is in view. */
  bringIntoView(root: HTMLElement | DocumentFragment, rows: VirtualRows | null, id: string): void {
    const scroller = root.querySelector<HTMLElement>('.vscroll');
    const top = rows ? rowTopOf(rows.rows, id) : undefined;
    if (!scroller || top === undefined) return;
    scroller.scrollTop = scrollTopFor(top, scroller.scrollTop, scroller.clientHeight);
    this.#list = scroller.scrollTop;
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
