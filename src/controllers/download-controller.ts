import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/**
 * The Download menu: whether it is open, and saving a file of the chosen kind. Like any disclosure it closes when
 * focus moves on out of it or the reader presses anywhere else.
 */
export class DownloadController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #exporter: Exporter;
  /** The dataset's title, for the file name. */
  readonly #title: () => string;
  #open = false;

  constructor(host: ReactiveControllerHost, exporter: Exporter, title: () => string) {
    this.#host = host;
    this.#exporter = exporter;
    this.#title = title;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  hostDisconnected(): void {
    this.#setOpen(false);
  }

  toggle = (): void => {
    this.#setOpen(!this.#open);
  };

  #setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    // Listening only while open: a closed menu costs the page nothing.
    const root = this.#exporter.renderRoot;
    if (open) {
      document.addEventListener('pointerdown', this.#onOutsidePress, true);
      root.addEventListener('focusout', this.#onFocusOut as EventListener);
    } else {
      document.removeEventListener('pointerdown', this.#onOutsidePress, true);
      root.removeEventListener('focusout', this.#onFocusOut as EventListener);
    }
    this.#host.requestUpdate();
  }

  #menuBox(): Element | null {
    return this.#exporter.renderRoot.querySelector('.downloads');
  }

  #onOutsidePress = (e: Event): void => {
    const box = this.#menuBox();
    if (box && !e.composedPath().includes(box)) this.#setOpen(false);
  };

  #onFocusOut = (e: FocusEvent): void => {
    // No related target: focus went nowhere in particular (a click on a button Safari does not focus); presses
    // outside are handled above, so only a move to a known element elsewhere closes the menu.
    const to = e.relatedTarget as Node | null;
    const box = this.#menuBox();
    if (to && box && !box.contains(to)) this.#setOpen(false);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const none = { layout: 'horizontal', rtl: false, inChart: false, onBrush: false, onEvent: false, onCluster: false, hasSelection: false } as const;
    if (keyIntent(e.key, { shift: e.shiftKey, alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey }, { ...none, inOpenMenu: this.#open })?.type === 'close-menu') {
      e.stopPropagation();
      this.#setOpen(false);
      this.#focusButton();
    }
  };

  async save(kind: DownloadKind): Promise<void> {
    this.#setOpen(false);
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
