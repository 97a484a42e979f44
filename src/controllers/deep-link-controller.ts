import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a deep link holds for one timeline: the selected event and the visible window. */
export interface DeepLinkState {
  selected: string | null;
  start: string;
  end: string;
}

/**
 * The URL fragment format: `#<element id>=<selected id>@<start>/<end>`, several timelines joined with `&`,
 * each part URI-encoded; fragment parts that are not ours (other timelines, a plain `#section` anchor) are kept
 * as they are. Pure functions, so the format is tested without a page.
 */
export function readDeepLink(hash: string, key: string): DeepLinkState | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(part.slice(0, eq));
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue;
    }
    if (name !== key) continue;
    const at = value.lastIndexOf('@');
    const selected = at < 0 ? value : value.slice(0, at);
    const [start = '', end = ''] = at < 0 ? [] : value.slice(at + 1).split('/');
    return { selected: selected || null, start, end };
  }
  return null;
}

export function writeDeepLink(hash: string, key: string, state: DeepLinkState): string {
  const ours = `${encodeURIComponent(key)}=${encodeURIComponent(state.selected ?? '')}${state.start ? `@${state.start}/${state.end}` : ''}`;
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  let found = false;
  const next = parts.map((part) => {
    const eq = part.indexOf('=');
    let name = '';
    try {
      name = eq < 0 ? '' : decodeURIComponent(part.slice(0, eq));
    } catch {
      /* not ours */
    }
    if (name !== key) return part;
    found = true;
    return ours;
  });
  if (!found) next.push(ours);
  return `#${next.join('&')}`;
}

export interface DeepLinkHost {
  /** `deep-link` is on and the element has an id. */
  enabled(): boolean;
  /** Data are drawn, so a link's ids can be found. */
  ready(): boolean;
  /** The selection and window on show. */
  state(): DeepLinkState;
  /** Applies a state read from the URL (programmatically: no select or range-change events). */
  apply(state: DeepLinkState): void;
}

/**
 * Keeps a timeline's selection and window in the URL fragment when the host has `deep-link` and an `id`:
 * restores them on connect and on `hashchange`/`popstate` (the back button steps through selections), and
 * writes them after the reader's actions — a new history entry for a selection, a replaced one for a view change.
 */
export class DeepLinkController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #link: DeepLinkHost;
  #enabled = false;
  #lastWritten = '';
  /** A deep link waiting for data to apply to: it is restored whenever data arrive (the ids it names may be new). */
  #pending = true;

  constructor(host: ReactiveControllerHost & HTMLElement, link: DeepLinkHost) {
    this.#host = host;
    this.#link = link;
    host.addController(this);
  }

  /** New data were drawn: restore the link again after this update. */
  dataArrived(): void {
    this.#pending = true;
  }

  hostUpdated(): void {
    this.enable(this.#link.enabled());
    if (this.#enabled && this.#pending && this.#link.ready()) {
      this.#pending = false;
      // Restoring is programmatic (no events); it sets properties, so it runs after this update, not inside it.
      queueMicrotask(() => this.restore());
    }
  }

  /** Writes the selection and window after a reader's action: `push` for a selection (so Back undoes it). */
  save(push: boolean): void {
    if (this.#enabled) this.write(this.#link.state(), push);
  }

  get key(): string {
    return this.#host.id;
  }

  /** Turns the controller on or off (from the `deep-link` attribute). */
  enable(on: boolean): void {
    if (on === this.#enabled) return;
    this.#enabled = on;
    if (on && this.#host.isConnected) this.#listen();
    else this.#unlisten();
  }

  hostConnected(): void {
    if (this.#enabled) this.#listen();
  }

  hostDisconnected(): void {
    this.#unlisten();
  }

  #listen(): void {
    window.addEventListener('hashchange', this.#onNavigate);
    window.addEventListener('popstate', this.#onNavigate);
  }

  #unlisten(): void {
    window.removeEventListener('hashchange', this.#onNavigate);
    window.removeEventListener('popstate', this.#onNavigate);
  }

  #onNavigate = (): void => {
    this.restore();
  };

  /** Reads the fragment and applies it; returns whether it held a state for this timeline. */
  restore(): boolean {
    if (!this.#enabled || !this.key) return false;
    const hash = location.hash;
    if (hash === this.#lastWritten) return false;
    const state = readDeepLink(hash, this.key);
    if (!state) return false;
    if (this.#link.ready()) {
      this.#link.apply(state);
      // The reader followed a link to this timeline: show it (a page may hold several).
      const smooth = typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.#host.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    } else this.#pending = true;
    return true;
  }

  /** Writes the state after a reader's action: `push` for a selection (so Back undoes it), else replace. */
  write(state: DeepLinkState, push: boolean): void {
    if (!this.#enabled || !this.key) return;
    const hash = writeDeepLink(location.hash, this.key, state);
    if (hash === location.hash) return;
    this.#lastWritten = hash;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
