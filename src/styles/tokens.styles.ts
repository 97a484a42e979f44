import { css, unsafeCSS, type CSSResult } from 'lit';
import { LANE_HEIGHT } from '../layout/metrics.js';
import { DARK, LIGHT, type Palette } from './palette.js';
import { px } from './units.js';

/**
 * A palette as the private `--_*` custom properties (`bg` → `--_bg`), so the styles and the SVG export read the
 * same colours. `unsafeCSS` is safe here: the palettes are constants of ours, never data.
 */
function paletteProperties(palette: Palette): CSSResult {
  return unsafeCSS(Object.entries(palette).map(([name, value]) => `--_${name}: ${value};`).join(' '));
}

const darkPalette = paletteProperties(DARK);

/**
 * The host, the themed root and its palette (light, `theme="dark"`, and `auto` when the reader prefers dark), the
 * category colour variables, and what every view shares: the screen-reader-only text, the buttons' look, focus
 * rings and links.
 */
export const tokens = css`
  :host {
    display: block;
    position: relative;
    contain: layout;
    font-family: var(--conflict-timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--conflict-timeline-font-size, 15px);
    line-height: 1.4;
    --_lane-height: var(--conflict-timeline-lane-height, ${px(LANE_HEIGHT)});
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }

  .root {
    ${paletteProperties(LIGHT)}
    background: var(--conflict-timeline-background, var(--_bg));
    color: var(--conflict-timeline-color, var(--_fg));
    border-radius: var(--conflict-timeline-border-radius, 6px);
    padding: 16px;
    position: relative;
  }
  .root:focus {
    outline: none;
  }
  .root.dark {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkPalette}
    }
    .root.auto .cat {
      --_c: var(--_cd);
    }
  }
  /* Each category's light and dark colours come inline as --_cl and --_cd; --_c is the one the scheme shows. */
  .cat {
    --_c: var(--_cl);
  }
  .root.dark .cat {
    --_c: var(--_cd);
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* The look every button shares. */
  .tool,
  .edge,
  .edge-inline,
  .close,
  .legend button {
    border: 1px solid var(--conflict-timeline-grid-color, var(--_grid));
    background: var(--conflict-timeline-background, var(--_bg));
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--conflict-timeline-focus-color, var(--_focus));
    outline-offset: 2px;
  }
  a {
    color: var(--conflict-timeline-link-color, var(--_focus));
  }

  @media print {
    .root {
      padding: 0;
    }
  }
`;
