/**
 * The element's own colours, light and dark: read by the styles (as the private `--_*` custom properties) and by
 * the SVG export (which resolves colours to literals so the file renders the same outside the page).
 */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  axis: string;
  grid: string;
  band: string;
  selected: string;
  focus: string;
  event: string;
  panel: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1b1c1e',
  muted: '#55595f',
  axis: '#3d4147',
  grid: '#e3e5e8',
  band: '#f4f5f7',
  selected: '#1b1c1e',
  focus: '#0b57d0',
  event: '#444950',
  panel: '#f7f7f8',
};

export const DARK: Palette = {
  bg: '#16181b',
  fg: '#eceef1',
  muted: '#b2b7be',
  axis: '#c4c8ce',
  grid: '#33373d',
  band: '#1e2125',
  selected: '#ffffff',
  focus: '#8ab4ff',
  event: '#c4c8ce',
  panel: '#1f2226',
};
