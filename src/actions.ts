import { toggleCategory } from './model/filter.js';
import type { Actions } from './frame.js';
import type { DownloadController } from './controllers/download-controller.js';
import type { OverviewBrushController } from './controllers/overview-brush-controller.js';
import type { RovingFocusController } from './controllers/roving-focus-controller.js';
import type { ScrollController } from './controllers/scroll-controller.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { ViewController } from './controllers/view-controller.js';
import type { TimelineState } from './timeline-state.js';

/** The controllers the reader's actions go to. */
export interface ActionParts {
  state: TimelineState;
  view: ViewController;
  focus: RovingFocusController;
  selection: SelectionController;
  brush: OverviewBrushController;
  menu: DownloadController;
  scroll: ScrollController;
}

/** What only the element may do: write its `categories` and `view` properties. */
export interface ActionHost {
  setCategories(categories: string): void;
  switchView(view: 'chart' | 'table'): void;
}

/** The actions render functions may call: each a reader's action, handed to the controller that owns it. */
export function createActions(p: ActionParts, host: ActionHost): Actions {
  return {
    keyDown: p.focus.onKeyDown,
    eventClick: (e) => p.selection.selectByUser((e.currentTarget as HTMLElement).dataset.id!),
    eventFocus: p.focus.onEventFocus,
    clusterClick: (bin) => {
      // Opening a cluster zooms to its period and focuses its first event.
      const pad = (bin.end - bin.start) * 0.02;
      p.focus.moveTo(p.state.filtered.index.events[bin.first]?.id ?? null);
      p.view.showWindow([bin.start - pad, bin.end + pad]);
    },
    showEvent: (event) => p.focus.showEvent(event),
    closeDetail: (event) => {
      p.focus.focusId = event.id;
      p.selection.selectByUser(null);
      p.focus.moveTo(event.id);
    },
    toggleCategory: (name) => {
      const categories = toggleCategory(p.state.parsed?.categories ?? [], p.state.filtered.active, name);
      if (categories !== null) host.setCategories(categories);
    },
    showAllCategories: () => host.setCategories(''),
    zoomIn: () => p.view.zoomStep(2, true),
    zoomOut: () => p.view.zoomStep(0.5, true),
    fit: () => p.view.fitByUser(),
    setView: host.switchView,
    toggleMenu: p.menu.toggle,
    menuKeyDown: p.menu.onKeyDown,
    download: (kind) => void p.menu.save(kind),
    scroll: p.scroll.onScroll,
    overviewDown: p.brush.onPointerDown,
    overviewMove: p.brush.onPointerMove,
    overviewUp: p.brush.onPointerUp,
  };
}
