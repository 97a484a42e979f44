import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** While the page prints, the element renders a table of its events with their citations for paper. */
export class PrintController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #printing = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get printing(): boolean {
    return this.#printing;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  #onBeforePrint = (): void => {
    this.#printing = true;
    this.#host.requestUpdate();
  };

  #onAfterPrint = (): void => {
    this.#printing = false;
    this.#host.requestUpdate();
  };
}
