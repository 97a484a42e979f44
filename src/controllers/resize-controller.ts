import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content width with a ResizeObserver and asks for an update when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width === this.width) return;
      // Re-rendering inside the observer's callback changes the host's height in the same frame, which
      // browsers report as a "ResizeObserver loop" error; the next frame is soon enough.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.width = width;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }
}
