import { html, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { OVERVIEW_HEIGHT } from '../layout/metrics.js';
import { fill } from '../strings.js';
import type { Actions, Frame } from '../frame.js';
import type { Geometry } from '../layout/chart-geometry.js';

/** The overview strip: the whole dataset's density, and a brush (a slider) for the visible window. */
export function renderOverview(f: Frame, a: Actions, g: Geometry): TemplateResult {
  const o = g.overview!;
  const max = Math.max(1, ...o.density.map((b) => b.count));
  const [b0, b1] = o.brush;
  const fit = f.fit!;
  const centre = ((g.view[0] + g.view[1]) / 2 - fit[0]) / (fit[1] - fit[0]);
  const label = f.format.formatRange(g.view[0], g.view[1]);
  return html`<div class="overview" part="overview" style=${styleProps({ height: OVERVIEW_HEIGHT })}
      @pointerdown=${a.overviewDown} @pointermove=${a.overviewMove} @pointerup=${a.overviewUp} @pointercancel=${a.overviewUp}>
      <svg aria-hidden="true" width=${g.width} height=${OVERVIEW_HEIGHT}>
        <path transform=${f.rtl ? `matrix(-1,0,0,1,${g.width},0)` : ''} class="density" d=${o.density.map((b) => {
          // Every period with events gets a mark at least 3 px wide and 8 px high: one event must show.
          const h = Math.max(8, Math.sqrt(b.count / max) * (OVERVIEW_HEIGHT - 8));
          const w = Math.max(3, b.x1 - b.x0 - (b.x1 - b.x0 > 8 ? 2 : 0));
          const x = b.x1 - b.x0 > 8 ? b.x0 + 1 : b.x0;
          return b.count ? `M${x},${OVERVIEW_HEIGHT - 3}h${w}v${-h}h${-w}Z` : '';
        }).join('')}></path>
      </svg>
      <div class="brush" part="brush" role="slider" tabindex="0"
        aria-label=${f.strings.overview} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(Math.max(0, Math.min(1, centre)) * 100)}
        aria-valuetext=${fill(f.strings.showing, { range: label })}
        style=${styleProps({ 'inset-inline-start': b0, width: Math.max(4, b1 - b0) })}>
        <span class="handle start"></span><span class="handle end"></span>
      </div>
    </div>`;
}
