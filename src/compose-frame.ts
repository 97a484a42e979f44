import type { AnnouncerController } from './controllers/announcer-controller.js';
import type { DownloadController } from './controllers/download-controller.js';
import type { FirstDrawController } from './controllers/first-draw-controller.js';
import type { PrintController } from './controllers/print-controller.js';
import type { RovingFocusController } from './controllers/roving-focus-controller.js';
import type { ScrollController } from './controllers/scroll-controller.js';
import type { ViewController } from './controllers/view-controller.js';
import type { Frame } from './frame.js';
import type { TimelineStrings } from './strings.js';
import type { TimelineState } from './timeline-state.js';

/** The element's properties a frame reads. */
export interface FrameProps {
  strings: TimelineStrings;
  theme: string;
  label: string;
  view: string;
  selected: string | null;
  timeZone: string;
  downloads: boolean;
  loading: boolean;
  /** The `heading-level` attribute, when the element has one. */
  headingLevel?: number | string | null;
}

/** The controllers whose state a frame shows. */
export interface FrameParts {
  view: ViewController;
  focus: RovingFocusController;
  scroll: ScrollController;
  menu: DownloadController;
  print: PrintController;
  announcer: AnnouncerController;
  firstDraw: FirstDrawController;
}

/** One update's read-only frame: the derived record and the controllers' state, as the render functions need them. */
export function composeFrame(s: TimelineState, p: FrameProps, c: FrameParts): Frame {
  const strings = p.strings;
  const format = s.formatter(strings, p.timeZone);
  const g = s.geometry;
  const events = s.filtered.events;
  const focusId = c.focus.focusId;
  const focused = focusId ? s.byId.get(focusId) : undefined;
  const holding = g && focused ? g.clusters.findIndex((c) => focused.when.start >= c.start && focused.when.start < c.end) : -1;
  const tableView = p.view === 'table';
  const listView = !tableView && !g && !!s.parsed && events.length > 0;
  return {
    strings,
    format,
    locale: s.locale,
    theme: p.theme === 'light' || p.theme === 'dark' ? p.theme : 'auto',
    name: p.label || s.parsed?.title || strings.events,
    parsed: s.parsed,
    errorMessage: s.errorMessage,
    dataIssues: s.dataIssues,
    issues: s.issues,
    loading: p.loading,
    waiting: s.input?.origin === 'builtin' && !s.input.value,
    progress: s.input?.progress ?? null,
    events,
    index: s.parsed ? s.filtered.index : null,
    fit: s.filtered.fit,
    active: s.filtered.active,
    categoryCounts: s.categoryCounts,
    styles: s.styles,
    layout: s.layout,
    view: tableView ? 'table' : 'chart',
    geometry: g,
    shift: s.shift,
    rtl: s.rtl,
    markerRadius: s.markerRadius,
    selected: p.selected ? s.byId.get(p.selected) ?? null : null,
    focusId,
    // The cluster that holds the focused event keeps the tab stop, so focus goes back where it was.
    tabStop: g?.mode === 'events' ? c.focus.tabStop(g.inView) : null,
    clusterStop: g?.mode === 'clusters' ? (holding >= 0 ? holding : Math.max(0, g.clusters.findIndex((bin) => bin.x1 > 0))) : -1,
    list: listView
      ? s.layoutList(c.view.view ?? c.view.authorWindow, format, strings, p.timeZone, c.scroll.list, (candidates) => c.focus.tabStop(candidates), (id) => id === focusId || id === p.selected, c.firstDraw.limit(s.parsed, p.selected))
      : null,
    table: tableView ? s.layoutTable(c.scroll.table) : null,
    downloads: p.downloads,
    menuOpen: c.menu.open,
    hint: c.view.hintShown,
    printing: c.print.printing,
    announcement: c.announcer.text,
    headingLevel: headingLevelOf(p.headingLevel),
  };
}

/** A heading level from the attribute: a whole number from 1 to 6, else 2 (below a page's h1, safe in any page). */
export function headingLevelOf(value: number | string | null | undefined): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}
