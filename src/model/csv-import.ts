import { csvToEvents, csvToEventsSteps } from './csv.js';
import type { Steps } from './incremental.js';
import { isTimelineJSCsv, timelineJSFromCsv } from './timelinejs-csv.js';

/**
 * A CSV file's dataset: Knight Lab's spreadsheet template, exported as CSV, is TimelineJS3 data and is imported as
 * TimelineJS3 shows it; any other CSV has the element's own columns. A module of its own so that `loadDataset`
 * imports it (and d3-dsv) only when a CSV file arrives: the bundle keeps it in a chunk most pages never fetch.
 */
export function readCsv(text: string): unknown {
  return isTimelineJSCsv(text) ? timelineJSFromCsv(text) : csvToEvents(text);
}

/** `readCsv` in steps (the element's own columns are read a block of rows at a time; the template is small). */
export function* readCsvSteps(text: string): Steps<unknown> {
  return isTimelineJSCsv(text) ? timelineJSFromCsv(text) : yield* csvToEventsSteps(text);
}
