/**
 * axe-core for browser tests, plus the colour arithmetic the contrast checks need.
 *
 * axe-core ships a UMD bundle that the dev server cannot serve as an ES module, so it is loaded once with a
 * classic <script> and used as `window.axe`. axe sees into open shadow roots, so running it over the test
 * container checks the element's rendered shadow DOM.
 */
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults>; version: string };

let loading: Promise<Axe> | null = null;

/** Loads axe-core (once per page) and returns it. */
export function loadAxe(): Promise<Axe> {
  const existing = (window as unknown as { axe?: Axe }).axe;
  if (existing) return Promise.resolve(existing);
  loading ??= new Promise<Axe>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    script.onload = () => {
      const axe = (window as unknown as { axe?: Axe }).axe;
      if (axe) resolve(axe);
      else reject(new Error('axe-core loaded but window.axe is not defined'));
    };
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
  return loading;
}

function describeNode(node: NodeResult): string {
  const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ');
  const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' / ');
  return `    - ${target}\n      ${node.html.slice(0, 200)}\n      ${summary}`;
}

/** One readable paragraph per violation: rule id, impact, help, each failing node's selector and summary. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => `[${v.id}] (${v.impact ?? 'n/a'}) ${v.help}\n  ${v.helpUrl}\n${v.nodes.map(describeNode).join('\n')}`)
    .join('\n\n');
}

/**
 * Runs axe over `context` (default: the test container) and returns the violations, optionally without the
 * rules listed in `skip` (each skip must say why at the call site).
 */
export async function axeViolations(context: Element, options: { skip?: string[]; rules?: RunOptions['rules'] } = {}): Promise<Result[]> {
  const axe = await loadAxe();
  const rules: NonNullable<RunOptions['rules']> = { ...(options.rules ?? {}) };
  for (const id of options.skip ?? []) rules[id] = { enabled: false };
  const results = await axe.run(context, { resultTypes: ['violations'], rules });
  return results.violations;
}

// ——— colours and WCAG contrast ———

export type RGBA = [number, number, number, number];

let probe: CanvasRenderingContext2D | null = null;

/**
 * Parses a computed CSS colour (`rgb()`, `rgba()`, `#hex`, or anything a canvas understands, e.g. `color(srgb …)`)
 * into 0–255 channels and 0–1 alpha.
 */
export function parseColor(value: string): RGBA {
  const v = value.trim();
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(v);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  }
  m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/i.exec(v);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, a];
  }
  m = /^#([0-9a-f]{6})$/i.exec(v);
  if (m) {
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  // Anything else: let a 1×1 canvas resolve it.
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) throw new Error(`cannot parse colour "${value}"`);
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = v;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio (1–21) of a foreground over an opaque background; a translucent foreground is composited first. */
export function contrast(fg: RGBA | string, bg: RGBA | string): number {
  const b = typeof bg === 'string' ? parseColor(bg) : bg;
  const f = composite(typeof fg === 'string' ? parseColor(fg) : fg, b);
  const [hi, lo] = [luminance(f), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export function formatColor([r, g, b, a]: RGBA): string {
  const hex = [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
  return a < 1 ? `#${hex} at ${Math.round(a * 100)}%` : `#${hex}`;
}
