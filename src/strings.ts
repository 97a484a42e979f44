import { EN_DATE_WORDS, type DateWords } from './model/dates.js';
import type { ValidationIssue } from './model/types.js';

/**
 * The element's own words. Override any of them through the `strings` property (e.g. for another language);
 * `{name}` placeholders are filled in by the element.
 */
export interface TimelineStrings {
  events: string;
  position: string;
  loading: string;
  close: string;
  sources: string;
  selected: string;
  cleared: string;
  earlier: string;
  later: string;
  gapLater: string;
  notShown: string;
  notes: string;
  noEvents: string;
  noEventsInFilter: string;
  showAll: string;
  filterBy: string;
  /** Before the legend's counts and each legend button's description: what they count (all the category's events). */
  legendCounts: string;
  /** The item that ends a long legend: how many categories are not listed, and where to find them. */
  legendMore: string;
  dateBasisRelative: string;
  dateBasisInferred: string;
  according: string;
  loadFailed: string;
  uncategorised: string;
  source: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  fitShort: string;
  cluster: string;
  overview: string;
  showing: string;
  wheelHint: string;
  viewAnnouncement: string;
  viewAs: string;
  chart: string;
  table: string;
  chartShown: string;
  tableShown: string;
  tableCaption: string;
  date: string;
  category: string;
  titleColumn: string;
  summary: string;
  download: string;
  downloadPng: string;
  downloadSvg: string;
  downloadCsv: string;
  downloadJson: string;
  printMore: string;
  /** How approximate and uncertain dates are worded ("around 2 March 2022", "28 February 2022 (uncertain)"). */
  dateWords: DateWords;
  /** Labels of the built-in categories, by category name. */
  categoryLabels: Record<string, string>;
}

export const EN_STRINGS: TimelineStrings = {
  events: 'Events',
  position: '{index} of {count}',
  loading: 'Loading timeline…',
  close: 'Close details',
  sources: 'Sources',
  selected: 'Selected: {title}, {date}',
  cleared: 'Selection cleared',
  earlier: '{count} earlier',
  later: '{count} later',
  gapLater: '{duration} later',
  notShown: '{invalid} of {total} events could not be shown',
  notes: '{count} notes about the data or settings',
  noEvents: 'This timeline has no events to show.',
  noEventsInFilter: 'No events in the selected categories.',
  showAll: 'Show all categories',
  filterBy: 'Filter by category',
  legendCounts: 'Events in all:',
  legendMore: '…and {count} more categories, listed in the Table',
  dateBasisRelative: 'Date worked out from the article’s words',
  dateBasisInferred: 'Date inferred',
  according: 'according to {who}',
  loadFailed: 'The timeline could not be loaded.',
  uncategorised: 'Uncategorised',
  source: 'Source',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all events',
  fitShort: 'All',
  cluster: '{count} events, {range}',
  overview: 'Visible window',
  showing: 'Showing {range}',
  wheelHint: 'Use Ctrl + scroll to zoom',
  viewAnnouncement: 'Showing {range}, {count} events',
  viewAs: 'Show as',
  chart: 'Chart',
  table: 'Table',
  chartShown: 'Chart view',
  tableShown: 'Table view',
  tableCaption: 'Events as a table, {count} rows',
  date: 'Date',
  category: 'Category',
  titleColumn: 'Event',
  summary: 'Summary',
  download: 'Download',
  downloadPng: 'Image (PNG)',
  downloadSvg: 'Vector image (SVG)',
  downloadCsv: 'Data (CSV)',
  downloadJson: 'Data (JSON)',
  printMore: '…and {count} more events, not printed.',
  dateWords: EN_DATE_WORDS,
  categoryLabels: {
    military: 'Military',
    'civilian-harm': 'Civilian harm',
    humanitarian: 'Humanitarian',
    diplomacy: 'Diplomacy',
    political: 'Political',
  },
};

/** Ukrainian. */
export const UK_STRINGS: TimelineStrings = {
  events: 'Події',
  position: '{index} з {count}',
  loading: 'Завантаження хронології…',
  close: 'Закрити подробиці',
  sources: 'Джерела',
  selected: 'Вибрано: {title}, {date}',
  cleared: 'Вибір скасовано',
  earlier: 'раніше: {count}',
  later: 'пізніше: {count}',
  gapLater: 'через {duration}',
  notShown: 'Не вдалося показати подій: {invalid} з {total}',
  notes: 'Зауважень щодо даних чи налаштувань: {count}',
  noEvents: 'У цій хронології немає подій для показу.',
  noEventsInFilter: 'У вибраних категоріях немає подій.',
  showAll: 'Показати всі категорії',
  filterBy: 'Фільтр за категорією',
  legendCounts: 'Усього подій:',
  legendMore: '…і ще категорій: {count}, усі в Таблиці',
  dateBasisRelative: 'Дату визначено за словами статті',
  dateBasisInferred: 'Дату встановлено опосередковано',
  according: 'за даними: {who}',
  loadFailed: 'Не вдалося завантажити хронологію.',
  uncategorised: 'Без категорії',
  source: 'Джерело',
  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  fit: 'Показати всі події',
  fitShort: 'Усі',
  cluster: 'Подій: {count}, {range}',
  overview: 'Видиме вікно',
  showing: 'Показано {range}',
  wheelHint: 'Ctrl + прокручування — масштаб',
  viewAnnouncement: 'Показано {range}, подій: {count}',
  viewAs: 'Показати як',
  chart: 'Графік',
  table: 'Таблиця',
  chartShown: 'Графік',
  tableShown: 'Таблиця',
  tableCaption: 'Події в таблиці, рядків: {count}',
  date: 'Дата',
  category: 'Категорія',
  titleColumn: 'Подія',
  summary: 'Опис',
  download: 'Завантажити',
  downloadPng: 'Зображення (PNG)',
  downloadSvg: 'Векторне зображення (SVG)',
  downloadCsv: 'Дані (CSV)',
  downloadJson: 'Дані (JSON)',
  printMore: '…і ще подій, не надрукованих: {count}.',
  dateWords: {
    approximate: 'близько {date}',
    uncertain: '{date} (неточно)',
    approximateUncertain: 'близько {date} (неточно)',
  },
  categoryLabels: {
    military: 'Військові дії',
    'civilian-harm': 'Шкода цивільним',
    humanitarian: 'Гуманітарне',
    diplomacy: 'Дипломатія',
    political: 'Політика',
  },
};

const BY_LANGUAGE: Record<string, TimelineStrings> = { en: EN_STRINGS, uk: UK_STRINGS };

/** The built-in words for a locale's language (English and Ukrainian so far; English otherwise). */
export function stringsFor(locale: string): TimelineStrings {
  return BY_LANGUAGE[locale.toLowerCase().split(/[-_]/)[0]] ?? EN_STRINGS;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** How a value that is not text is described in an issue (never its content, which may be huge or hostile). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/** Reads `source[key]`, or reports that reading it threw (a getter, a Proxy). */
function read(source: object, key: string, field: string, report: (field: string, message: string) => void): { value?: unknown } | null {
  try {
    return { value: (source as Record<string, unknown>)[key] };
  } catch {
    report(field, `${field} could not be read (reading it threw an error)`);
    return null;
  }
}

/**
 * Text values of `own` over `base`, key by key: a value that is not a string, or whose getter throws, keeps the
 * built-in word and is reported, so an author's mistake in one word never stops the element from rendering.
 */
function mergeWords<T extends Record<string, string>>(base: T, own: unknown, field: string, keys: readonly string[], report: (field: string, message: string) => void): T {
  const words: Record<string, string> = { ...base };
  if (own === undefined || own === null) return words as T;
  if (typeof own !== 'object') {
    report(field, `${field} is ${kindOf(own)}, not an object of words; using the built-in words.`);
    return words as T;
  }
  for (const key of keys) {
    const at = `${field}.${key}`;
    const got = read(own, key, at, (f, message) => report(f, `${message}; using the built-in "${base[key] ?? ''}".`));
    if (!got || got.value === undefined) continue;
    if (typeof got.value === 'string') words[key] = got.value;
    else report(at, `${at} is ${kindOf(got.value)}, not text; using the built-in "${base[key] ?? key}".`);
  }
  return words as T;
}

/** The own enumerable keys of `value`, or none (and a report) when listing them throws (a hostile Proxy). */
function keysOf(value: unknown, field: string, report: (field: string, message: string) => void): string[] {
  if (value === null || typeof value !== 'object') return [];
  try {
    return Object.keys(value);
  } catch {
    report(field, `${field} could not be read (listing its keys threw an error); using the built-in words.`);
    return [];
  }
}

/**
 * The element's words: `base` (the built-in ones for the locale) with the author's `strings` property over them.
 * Validated like attributes: each word that is not a string, or cannot be read, falls back to the built-in one and
 * comes back as an issue (field `strings.<key>`); `dateWords` and `categoryLabels` are checked word by word. Pure.
 */
export function mergeStrings(base: TimelineStrings, own: unknown): { strings: TimelineStrings; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const report = (field: string, message: string) => issues.push({ severity: 'warning', field, message });
  const textKeys = Object.keys(base).filter((key) => typeof base[key as keyof TimelineStrings] === 'string');
  const { dateWords: _dates, categoryLabels: _labels, ...baseText } = base;
  const text = mergeWords(baseText, own, 'strings', textKeys, report);
  const nested = (key: 'dateWords' | 'categoryLabels') => {
    if (own === null || typeof own !== 'object') return undefined;
    const got = read(own, key, `strings.${key}`, (f, message) => report(f, `${message}; using the built-in words.`));
    return got?.value;
  };
  const ownDates = nested('dateWords');
  const dateWords = mergeWords({ ...base.dateWords }, ownDates, 'strings.dateWords', Object.keys(base.dateWords), report);
  const ownLabels = nested('categoryLabels');
  const labelKeys = [...new Set([...Object.keys(base.categoryLabels), ...keysOf(ownLabels, 'strings.categoryLabels', report)])];
  const categoryLabels = mergeWords({ ...base.categoryLabels }, ownLabels, 'strings.categoryLabels', labelKeys, report);
  return { strings: { ...text, dateWords, categoryLabels }, issues };
}
