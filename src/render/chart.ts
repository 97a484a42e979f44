import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { repeat } from 'lit/directives/repeat.js';
import { AXIS_HEIGHT } from '../layout/metrics.js';
import { gapLabels } from '../layout/axis-labels.js';
import { measureText } from './text-measure.js';
import { GAP_LABEL_FONT_SIZE } from '../styles/chart.styles.js';
import { PAN_FRAME_LIMIT, type Geometry } from '../layout/chart-geometry.js';
import { colorVars, renderEventButton } from './event-button.js';
import { renderOverview } from './overview.js';
import { fill } from '../strings.js';
import type { Actions, Frame } from '../frame.js';
import type { AxisGap } from '../scales/time.js';
import type { Tick } from '../scales/ticks.js';

/** Grid lines at the ticks as one path: one element to update per pan or zoom step instead of one per tick. */
function gridPath(ticks: readonly Tick[], at: (px: number) => number, height: number): string {
  return ticks.map((t) => `M${at(t.x)},${AXIS_HEIGHT - 26}V${height}`).join('');
}

/** A compressed stretch of the axis: a shaded band between two zigzags. */
function renderGap(gap: AxisGap, height: number, at: (px: number) => number): TemplateResult {
  const zig = (x: number) => {
    let d = `M${x},${AXIS_HEIGHT - 26}`;
    for (let y = AXIS_HEIGHT - 26, i = 0; y < height; y += 6, i++) d += `L${x + (i % 2 ? -2.5 : 2.5)},${y + 6}`;
    return d;
  };
  return svg`<g class="gap">
      <rect x=${at(gap.x0) + 3} y="0" width=${Math.max(0, at(gap.x1) - at(gap.x0) - 6)} height=${height}></rect>
      <path d=${zig(at(gap.x0) + 5)}></path><path d=${zig(at(gap.x1) - 5)}></path>
    </g>`;
}

/**
 * The horizontal chart: the axis (bands, eras, grid, gaps, bars, tick labels) as one SVG, the events or clusters
 * as buttons over it, the earlier/later buttons, and the overview strip under it. Everything that moves with time
 * is drawn in the pan frame (see PanFrame) and moved by one transform, so a pan rewrites a few attributes instead
 * of every position.
 */
export function renderChart(f: Frame, a: Actions, g: Geometry): TemplateResult {
  const strings = f.strings;
  const positionOf = f.index!.position;
  const laneTop = (lane: number) => AXIS_HEIGHT + lane * g.laneHeight;
  const eras = f.parsed!.eras;
  const maxDensity = Math.max(1, ...g.density.map((b) => b.count));
  const rtl = f.rtl;
  const shift = f.shift;
  const r = f.markerRadius;
  const at = (px: number) => Math.round((px + shift) * 64) / 64;
  const move = rtl ? shift : -shift;
  const mirror = rtl ? `matrix(-1,0,0,1,${g.width},0)` : '';
  // Gap labels have the row under the tick labels (so every tick keeps its label), shared with the context year
  // at the start edge: none covers another.
  const gapWidth = (text: string) => measureText(text, `600 ${GAP_LABEL_FONT_SIZE}px sans-serif`);
  const gaps = gapLabels(g.gaps, f.format.gapLabel, gapWidth, g.year ? [[0, gapWidth(g.year) + 6]] : []);
  return html`<div class="plot ${g.mode}" style=${styleProps({ height: g.height })}>
      <svg class="axis" part="axis" aria-hidden="true" width=${g.width} height=${g.height}>
        <g transform=${rtl ? `matrix(-1,0,0,1,${g.width + shift},0)` : `translate(${-shift},0)`}>
        <path class="band" d=${g.ticks.map((t, i) => (t.band
          ? `M${at(t.x)},${AXIS_HEIGHT - 6}H${i + 1 < g.ticks.length ? at(g.ticks[i + 1].x) : at(t.x) + g.width}V${g.height}H${at(t.x)}Z`
          : '')).join('')}></path>
        ${eras.map((era) => {
          const x0 = Math.max(0, g.x(era.when.start));
          const x1 = Math.min(g.width, g.x(era.when.end));
          return x1 > x0 ? svg`<g class="era"><rect x=${at(x0)} y=${AXIS_HEIGHT - 14} width=${at(x1) - at(x0)} height="4" rx="2"></rect></g>` : nothing;
        })}
        <path class="tick" d=${gridPath(g.ticks.filter((t) => !t.major), at, g.height)}></path>
        <path class="tick major" d=${gridPath(g.ticks.filter((t) => t.major), at, g.height)}></path>
        <line class="axis-line" x1=${-PAN_FRAME_LIMIT} x2=${PAN_FRAME_LIMIT + g.width} y1=${AXIS_HEIGHT - 6} y2=${AXIS_HEIGHT - 6}></line>
        ${g.gaps.map((gap) => renderGap(gap, g.height, at))}
        ${g.mode === 'events'
          ? repeat(g.inView, (e) => e.id, (e) => {
              const p = g.placed.get(e.id)!;
              return p.barX1 - p.barX0 > 1
                ? svg`<rect class="bar cat ${e.when.approximate || e.when.uncertain ? 'approximate' : ''}" style=${styleProps(colorVars(f, e.category))}
                    data-bar=${e.id} x=${at(p.barX0)} y=${laneTop(p.lane) + 3} width=${at(p.barX1) - at(p.barX0)} height=${g.laneHeight - 10} rx="3"></rect>`
                : nothing;
            })
          : nothing}
        </g>
        ${g.mode === 'clusters'
          ? svg`<path class="density" transform=${mirror} d=${g.density.map((b) => {
              const h = Math.sqrt(b.count / maxDensity) * 36;
              return b.count ? `M${b.x0},${g.height - 4}h${Math.max(1, b.x1 - b.x0 - 0.5)}v${-Math.max(1, h)}h${-Math.max(1, b.x1 - b.x0 - 0.5)}Z` : '';
            }).join('')}></path>`
          : nothing}
        <g transform="translate(${move},0)">
        ${repeat(g.ticks.filter((t) => t.label), (t) => t.value, (t) => {
          // Text is placed outside the mirrored group so it reads the right way round.
          const atTick = t.labelX === t.x;
          const x = rtl ? g.width - at(t.labelX) - (atTick ? 4 : 0) : at(t.labelX) + (atTick ? 4 : 0);
          return svg`<text class="tick-label ${t.major ? 'major' : ''}" part="tick" x=${x} y="16" text-anchor=${atTick ? (rtl ? 'end' : 'start') : 'middle'}>${t.label}</text>`;
        })}
        ${g.year
          ? svg`<text class="context-year" x=${rtl ? g.width - shift - 2 : shift + 2} y=${AXIS_HEIGHT - 16} text-anchor="start">${g.year}</text>`
          : nothing}
        ${gaps.map(({ gap, label }) => {
          const mid = at((gap.x0 + gap.x1) / 2);
          return svg`<text class="gap-label" x=${rtl ? g.width - mid : mid} y=${AXIS_HEIGHT - 14} text-anchor="middle">${label}</text>`;
        })}
        </g>
      </svg>
      ${g.before.count && g.before.nearest
        ? html`<button class="edge before no-pan" @click=${() => a.showEvent(g.before.nearest!)}>${rtl ? '→' : '←'} <span dir="auto">${fill(strings.earlier, { count: f.format.number(g.before.count) })}</span></button>`
        : nothing}
      ${g.after.count && g.after.nearest
        ? html`<button class="edge after no-pan" @click=${() => a.showEvent(g.after.nearest!)}><span dir="auto">${fill(strings.later, { count: f.format.number(g.after.count) })}</span> ${rtl ? '←' : '→'}</button>`
        : nothing}
      ${g.mode === 'clusters'
        ? html`<ul class="events clusters" role="list" aria-label=${strings.events} style=${styleProps({ transform: `translateX(${move}px)` })}>
            ${repeat(g.clusters, (c) => `${c.start}`, (c, i) => {
              const x0 = Math.max(0, c.x0) + 2;
              const x1 = Math.min(g.width, c.x1) - 2;
              return html`<li style=${styleProps({ 'inset-inline-start': at(x0), top: AXIS_HEIGHT + 6, width: Math.max(24, at(x1) - at(x0)) })}>
                <button class="cluster" part="cluster" data-cluster=${i} tabindex=${i === f.clusterStop ? '0' : '-1'}
                  aria-label=${fill(strings.cluster, { count: f.format.number(c.count), range: f.format.formatRange(c.start, c.end) })}
                  @click=${() => a.clusterClick(c)}>${f.format.number(c.count)}</button>
              </li>`;
            })}
          </ul>`
        : html`<ul class="events" role="list" aria-label=${strings.events} style=${styleProps({ transform: `translateX(${move}px)` })}>
            ${repeat(g.inView, (e) => e.id, (e) => {
              const p = g.placed.get(e.id)!;
              const left = p.labelSide === 'right' ? p.markerX - r : p.markerX - r - (p.labelWidth ? 6 + p.labelWidth : 0);
              const width = r * 2 + (p.labelWidth ? 6 + p.labelWidth : 0);
              return html`<li style=${styleProps({ 'inset-inline-start': at(left), top: laneTop(p.lane) + 2, width })}>
                ${renderEventButton(f, a, e, positionOf.get(e.id)!, f.tabStop, {
                  left: p.labelSide === 'left',
                  shortened: p.shortened && p.labelWidth > 0,
                  hiddenLabel: p.labelWidth === 0,
                  labelWidth: p.labelWidth,
                })}
              </li>`;
            })}
          </ul>`}
      ${f.hint ? html`<div class="hint" aria-hidden="true">${strings.wheelHint}</div>` : nothing}
    </div>
    ${g.overview ? renderOverview(f, a, g) : nothing}`;
}
