import { runSliced, yieldToMain, type Progress } from './incremental.js';
import { parseJsonSteps } from './json-steps.js';
import type { ValidationIssue } from './types.js';

export interface LoadResult {
  /** The parsed body (JSON value or events from CSV) when the load worked. */
  data?: unknown;
  /** A sentence for readers when it did not. */
  error?: string;
  issues?: ValidationIssue[];
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** ms the network may take, to the body's last byte, before the load gives up (default 15 s). */
  timeout?: number;
  /** Largest body accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
  baseURI?: string;
  /** How far the load got: bytes received of the expected size, then characters read. */
  onProgress?(progress: Progress): void;
}

const DEFAULT_MAX = 20 * 1024 * 1024;
const MAX_TIMER = 2 ** 31 - 1;

function fail(message: string): LoadResult {
  return { error: message, issues: [{ severity: 'error', field: 'src', message }] };
}

/**
 * Fetches a dataset. Never rejects: every failure (network, HTTP status, timeout, oversize, bad encoding,
 * a body that is neither JSON nor CSV) becomes `{error}` with a sentence a reader understands. Credentials
 * are sent only to the page's own origin (the fetch default).
 */
export async function loadDataset(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  // Timers take a 32-bit delay: a longer one (or Infinity) would fire at once, so it is capped (~24.8 days).
  const timeout = options.timeout && options.timeout > 0 ? Math.min(options.timeout, MAX_TIMER) : 15_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  let url: URL;
  try {
    url = new URL(src, options.baseURI);
  } catch {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    return fail(`"${clip(src)}" is not a valid URL.`);
  }
  const name = clip(url.pathname.split('/').pop() || url.href);
  try {
    const response = await fetch(url.href, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
    if (!response.ok) {
      return fail(`The data file "${name}" could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return fail(tooLarge(name, declared, maxBytes));
    const text = await readText(response, maxBytes, declared > 0 ? declared : 0, options.onProgress);
    // The timeout is the network's: reading the text that has arrived is ours, and a slow phone (or a busy machine)
    // must not turn a long read into "the server may be down". A newer src still cancels it through the signal.
    clearTimeout(timer);
    if (text === NOT_UTF8) return fail(`The data file "${name}" is not valid UTF-8 text.`);
    if (text === null) return fail(tooLarge(name, undefined, maxBytes));
    const type = response.headers.get('content-type') ?? '';
    if (!text.trim()) return fail(`The data file "${name}" is empty.`);
    if (/\bcsv\b/i.test(type) || /\.csv$/i.test(url.pathname)) {
      // The CSV reader (and d3-dsv) arrive only with a CSV file: a chunk of their own in the bundle.
      const { readCsvSteps } = await import('./csv-import.js');
      return { data: await runSliced(readCsvSteps(text), { signal: controller.signal, onProgress: options.onProgress }) };
    }
    try {
      // A large file is read in slices between frames (the events list a megabyte at a time).
      return { data: await runSliced(parseJsonSteps(text), { signal: controller.signal, onProgress: options.onProgress }) };
    } catch (error) {
      if (controller.signal.aborted) throw error;
      const start = text.trimStart().slice(0, 40).replace(/\s+/g, ' ');
      const html = /^</.test(text.trimStart());
      return fail(
        `The data file "${name}" is not JSON${html ? ' (it looks like an HTML page)' : ''}: ${(error as Error).message}. It begins “${start}”.`,
      );
    }
  } catch (error) {
    if (timedOut) return fail(`The data file "${name}" took longer than ${duration(timeout)} to load; the server may be down.`);
    if (options.signal?.aborted) return fail(`Loading "${name}" was cancelled.`);
    return fail(`The data file "${name}" could not be loaded: ${(error as Error)?.message || 'network error'}.`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    // A response given up on unread (an HTTP error, a declared size over the limit) would otherwise keep its
    // connection, and the server streaming into it, until garbage collection. After a full read this is a no-op.
    controller.abort();
  }
}

/** A URL or file name cut short for a message, so a 1 MB `src` does not make a 1 MB message. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "15 s", "1.5 s", "400 ms": the timeout as set, not rounded to a whole second ("2 s" for 1500 ms). */
function duration(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms)} ms`;
}

function tooLarge(name: string, size: number | undefined, max: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `The data file "${name}" is too large${size ? ` (${mb(size)})` : ''}: the limit is ${mb(max)}.`;
}

const NOT_UTF8 = Symbol('not UTF-8');

/**
 * Reads the body as UTF-8 text, decoding each chunk as it arrives (no second copy of a large file, no long task at
 * the end), stopping (and returning null) past `max` bytes; `NOT_UTF8` when the bytes are not UTF-8. A failed or
 * aborted read throws.
 */
async function readText(response: Response, max: number, expected: number, onProgress?: (p: Progress) => void): Promise<string | null | typeof NOT_UTF8> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Uint8Array, stream = false): string | typeof NOT_UTF8 => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      return NOT_UTF8;
    }
  };
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > max ? null : decode(bytes);
  }
  const reader = response.body.getReader();
  const parts: string[] = [];
  let total = 0;
  let since = performance.now();
  for (;;) {
    // Chunks the network has buffered resolve at once, in microtasks: without a turn every 50 ms, a fast 50 MB
    // download would keep timers, input and painting waiting until it ends (seen in WebKit).
    if (performance.now() - since > 50) {
      await yieldToMain();
      since = performance.now();
    }
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    const part = decode(value, true);
    if (part === NOT_UTF8) {
      await reader.cancel();
      return NOT_UTF8;
    }
    parts.push(part);
    onProgress?.({ done: total, total: expected >= total ? expected : 0, unit: 'bytes' }); // 0: size unknown
  }
  const last = decode();
  if (last === NOT_UTF8) return NOT_UTF8;
  parts.push(last);
  return parts.join('');
}
