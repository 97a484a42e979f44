import type { Steps } from './incremental.js';

/** Texts shorter than this are parsed in one go (a few milliseconds). */
const SMALL = 1 << 20;
/** Characters of the events list parsed per step. */
const SEGMENT = 1 << 20;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * JSON text parsed in steps, so a 70 MB file of a million events never makes one long task. The events list (a
 * bare top-level array, or the `events` array of a top-level object) is cut at item boundaries into segments of
 * about a megabyte, each read by `JSON.parse`; the rest of the object is read on its own. The result is what
 * `JSON.parse` gives. Text that is not well-formed is handed to `JSON.parse` whole, so the error is its own.
 * Yields how many characters are read.
 */
export function* parseJsonSteps(text: string, sizes: { small?: number; segment?: number } = {}): Steps<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length < (sizes.small ?? SMALL)) return JSON.parse(body);
  const segment = sizes.segment ?? SEGMENT;
  const total = body.length;
  const list = yield* findEventsList(body);
  if (!list) return JSON.parse(body);
  const items: unknown[] = [];
  let segmentStart = list.open + 1;
  let boundary = -1;
  let depth = 0;
  let inString = false;
  let i = list.open + 1;
  for (; i < total; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) break; // the list's own closing bracket
      depth--;
    } else if (c === COMMA && depth === 0) {
      boundary = i;
      if (i - segmentStart >= segment) {
        if (!readSegment(body, segmentStart, boundary, items)) return JSON.parse(body);
        segmentStart = boundary + 1;
        yield { done: i, total, unit: 'text' };
      }
    }
  }
  if (i >= total || body.charCodeAt(i) !== CLOSE_BRACKET) return JSON.parse(body);
  if (body.slice(segmentStart, i).trim() && !readSegment(body, segmentStart, i, items)) return JSON.parse(body);
  yield { done: i, total, unit: 'text' };
  let rest: unknown;
  try {
    rest = JSON.parse(`${body.slice(0, list.open)}[]${body.slice(i + 1)}`);
  } catch {
    return JSON.parse(body);
  }
  if (Array.isArray(rest)) return items;
  const object = rest as { events?: unknown };
  // A later duplicate "events" key wins in JSON.parse: then it is the one to keep.
  if (!Array.isArray(object.events) || object.events.length) return rest;
  object.events = items;
  return rest;
}

/** Parses `body[from, to)` (items separated by commas) into `items`; false when it is not valid JSON. */
function readSegment(body: string, from: number, to: number, items: unknown[]): boolean {
  try {
    const segment = JSON.parse(`[${body.slice(from, to)}]`) as unknown[];
    for (const item of segment) items.push(item);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the events list opens: the top-level array itself, or the value of the top-level object's `events` key
 * when it is an array. Scans the top level only (skipping nested values and strings), in steps.
 */
function* findEventsList(body: string): Steps<{ open: number } | null> {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) <= 32) i++;
  const first = body.charCodeAt(i);
  if (first === OPEN_BRACKET) return { open: i };
  if (first !== OPEN_BRACE) return null;
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let lastKey = '';
  let expectValue = false;
  for (i++; i < body.length; i++) {
    if ((i & 0xfffff) === 0) yield { done: i, total: body.length, unit: 'text' };
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 0 && !expectValue) lastKey = body.slice(stringStart, i);
      }
      continue;
    }
    if (c <= 32) continue;
    if (c === QUOTE) {
      inString = true;
      stringStart = i + 1;
      continue;
    }
    if (depth === 0) {
      if (c === 58 /* : */) {
        expectValue = true;
        continue;
      }
      if (c === COMMA) {
        expectValue = false;
        continue;
      }
      if (c === OPEN_BRACKET && expectValue && lastKey === 'events') return { open: i };
      if (c === CLOSE_BRACE) return null;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return null;
}
