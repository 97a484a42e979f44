import type { ReactiveControllerHost } from 'lit';
import { keyIntent } from '../interaction/keymap.js';

export type DownloadKind = 'png' | 'svg' | 'csv' | 'json';

/** The element's exports, which the menu saves as files. */
export interface Exporter {
  readonly renderRoot: HTMLElement | DocumentFragment;
  exportPNG(): Promise<Blob>;
  exportSVG(): string;
  exportCSV(): string;
  exportJSON(): string;
}

const TYPES = { svg: 'image/svg+xml', csv: 'text/csv', json: 'application/json' } as const;

/** The Download menu: whether it is open, and saving a file of the chosen kind. */
export class DownloadController {
  readonly #host: ReactiveControllerHost;
  readonly #exporter: Exporter;
  /** The dataset's title, for the file name. */
  readonly #title: () => string;
  #open = false;

  constructor(host: ReactiveControllerHost, exporter: Exporter, title: () => string) {
    this.#host = host;
    this.#exporter = exporter;
    this.#title = title;
  }

  get open(): boolean {
    return this.#open;
  }

  toggle = (): void => {
    this.#open = !this.#open;
    this.#host.requestUpdate();
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const none = { layout: 'horizontal', rtl: false, inChart: false, onBrush: false, onEvent: false, onCluster: false, hasSelection: false } as const;
    if (keyIntent(e.key, { shift: e.shiftKey, alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey }, { ...none, inOpenMenu: this.#open })?.type === 'close-menu') {
      e.stopPropagation();
      this.#open = false;
      this.#host.requestUpdate();
      this.#focusButton();
    }
  };

  async save(kind: DownloadKind): Promise<void> {
    this.#open = false;
    this.#host.requestUpdate();
    // The menu item goes away with the menu: focus goes back to the Download button.
    this.#focusButton();
    const name = this.#title().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
    const x = this.#exporter;
    const file = kind === 'png' ? await x.exportPNG() : new Blob([kind === 'svg' ? x.exportSVG() : kind === 'csv' ? x.exportCSV() : x.exportJSON()], { type: TYPES[kind] });
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${kind}`;
    a.click();
    // Not cancelled on disconnect: the download the click started may still be reading the URL.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #focusButton(): void {
    (this.#exporter.renderRoot.querySelector('.downloads > .tool') as HTMLElement | null)?.focus();
  }
}
