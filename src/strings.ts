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
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
