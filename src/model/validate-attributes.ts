import { parseDate } from './dates.js';
import { authorWindow, categoryList } from './filter.js';
import { yieldToMain } from './incremental.js';
import type { ParsedTimeline, ValidationIssue } from './types.js';

export const LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;
export const VIEWS = ['chart', 'table'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const SCALES = ['compressed', 'linear'] as const;

/** What the attributes say, as strings and numbers the author wrote. */
export interface AttributeValues {
  layout: string;
  theme: string;
  view: string;
  scale: string;
  start: string;
  end: string;
  locale: string;
  timeZone: string;
  deepLink: boolean;
  /** The element's id: deep links need one. */
  id: string;
  fetchTimeout: number;
  maxBytes: number;
  selected: string | null;
  categories: string;
}

/** The element's valid attributes: each invalid one falls back to its default and is reported, never thrown. */
export function validateAttributes(
  values: AttributeValues,
  context: { parsed: ParsedTimeline | null; hasEvent(id: string): boolean; languages: readonly string[] },
): { issues: ValidationIssue[]; locale: string } {
  const issues: ValidationIssue[] = [];
  const report = (field: string, message: string) => issues.push({ severity: 'warning', field, message });
  const oneOf = (field: 'layout' | 'theme' | 'view' | 'scale', allowed: readonly string[], fallback: string) => {
    if (!allowed.includes(values[field])) report(field, `${field} "${values[field]}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  };
  oneOf('layout', LAYOUTS, 'auto');
  oneOf('theme', THEMES, 'auto');
  oneOf('view', VIEWS, 'chart');
  oneOf('scale', SCALES, 'compressed');
  for (const key of ['start', 'end'] as const) {
    const value = values[key];
    if (value && !parseDate(value).range) report(key, `${key} "${value}" is not a date (use YYYY-MM-DD or an ISO date-time with Z); fitting all events instead.`);
  }
  const window = authorWindow(values.start, values.end, context.parsed?.events ?? []);
  const bothDates = values.start && values.end && parseDate(values.start).range && parseDate(values.end).range;
  if (bothDates && !window) report('end', `end "${values.end}" is before start "${values.start}"; fitting all events instead.`);
  const locale = resolveLocale(values.locale, context.languages, report);
  if (values.timeZone && !validTimeZone(values.timeZone)) {
    report('time-zone', `time-zone "${values.timeZone}" is not an IANA time zone; showing each date-time with its own offset.`);
  }
  if (values.deepLink && !values.id) report('deep-link', 'deep-link needs the element to have an id (the key in the URL); deep links are off.');
  if (!(values.fetchTimeout > 0)) report('fetch-timeout', `fetch-timeout "${values.fetchTimeout}" should be a positive number of milliseconds; using 15000.`);
  if (!(values.maxBytes > 0)) report('max-bytes', `max-bytes "${values.maxBytes}" should be a positive number of bytes; using 20971520 (20 MiB).`);
  const parsed = context.parsed;
  if (parsed) {
    if (values.selected && !context.hasEvent(values.selected)) report('selected', `selected "${values.selected}" is not the id of any event.`);
    const known = new Set(parsed.categories);
    for (const name of categoryList(values.categories)) {
      if (!known.has(name)) report('categories', `category "${name}" in the filter is not used by any event.`);
    }
  }
  return { issues, locale };
}

/** The first usable locale: the `locale` attribute, then the page's languages (nearest `lang`, the browser's), else English. */
export function resolveLocale(own: string, languages: readonly string[], report: (field: string, message: string) => void): string {
  for (const candidate of own ? [own, ...languages] : languages) {
    if (supported(candidate)) return candidate;
    if (candidate === own) report('locale', `locale "${own}" is not a valid language tag; using the page's language.`);
  }
  return 'en';
}

// Asking Intl costs 10–15 ms a call on a phone (four times that under a 4× CPU throttle), and every update asks:
// the answers never change within a page, so each tag and zone is asked once.
const localeSupport = new Map<string, boolean>();
const zoneValidity = new Map<string, boolean>();

/**
 * Turns of the main thread before an element's first update, so that loading a page is several short tasks, not one
 * long one: the module's evaluation and the update are apart, and ICU's start-up (which every date the element
 * writes waits for) is asked for in ICU_PARTS, a task each. On the page's first update, `warm` (building the
 * formats a first drawing needs) runs in a task of its own after that.
 */
export async function beforeFirstUpdate(warm?: () => void): Promise<void> {
  if (!localeSupport.size) {
    for (const part of ICU_PARTS) {
      await yieldToMain();
      part();
    }
    if (warm) {
      await yieldToMain();
      warm();
    }
  }
  await yieldToMain();
}

// ICU loads its data at its first question of a page: asked for a date format, one task of 79–163 ms on a 4×
// throttled phone. These questions load it in parts, each a task of its own (timed in the page: mostly 34–76, then
// 15–45, 9–37 and 6–26 ms). Browsers without supportedValuesOf skip the first two.
const ICU_PARTS: (() => unknown)[] = [
  () => Intl.supportedValuesOf?.('numberingSystem'),
  () => Intl.supportedValuesOf?.('calendar'),
  () => new Intl.NumberFormat('en').format(1),
  () => supported('en'),
];

function supported(tag: string): boolean {
  let answer = localeSupport.get(tag);
  if (answer === undefined) {
    try {
      answer = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      answer = false; // an invalid tag
    }
    localeSupport.set(tag, answer);
  }
  return answer;
}

function validTimeZone(zone: string): boolean {
  let answer = zoneValidity.get(zone);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      answer = true;
    } catch {
      answer = false;
    }
    zoneValidity.set(zone, answer);
  }
  return answer;
}

/** Each attribute's default, for when a removed attribute sets its property to null. */
const DEFAULTS = { src: '', start: '', end: '', categories: '', locale: '', layout: 'auto', label: '', theme: 'auto', scale: 'compressed', timeZone: '', fetchTimeout: 15_000, maxBytes: 20_971_520, view: 'chart' } as const;

/** A removed attribute sets its property to null: fall back to the default instead. */
export function restoreDefaults(element: object): void {
  const props = element as Record<string, unknown>;
  for (const [key, value] of Object.entries(DEFAULTS)) if (props[key] == null) props[key] = value;
  if (props.strings == null) props.strings = {};
}
