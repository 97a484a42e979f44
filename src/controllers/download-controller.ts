import type { ReactiveControllerHost } from 'lit';

export type DownloadKind = 'png' | 'svg' | 'csv' | 'json';

export interface DownloadHost {
  renderRoot(): ShadowRoot | HTMLElement;
  /** The dataset's title, for the file name. */
  title(): string;
  /** The file's contents (PNG is made asynchronously). */
  file(kind: DownloadKind): Promise<Blob>;
}

/** The Download menu: whether it is open, and saving a file of the chosen kind. */
export class DownloadController {
  readonly #host: ReactiveControllerHost;
  readonly #download: DownloadHost;
  #open = false;

  constructor(host: ReactiveControllerHost, download: DownloadHost) {
    this.#host = host;
    this.#download = download;
  }

  get open(): boolean {
    return this.#open;
  }

  toggle = (): void => {
    this.#open = !this.#open;
    this.#host.requestUpdate();
  };

  onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#open) {
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
    const name = this.#download.title().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
    const url = URL.createObjectURL(await this.#download.file(kind));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${kind}`;
    a.click();
    // Not cancelled on disconnect: the download the click started may still be reading the URL.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #focusButton(): void {
    (this.#download.renderRoot().querySelector('.downloads > .tool') as HTMLElement | null)?.focus();
  }
}
