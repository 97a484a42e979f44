import { AXIS_HEIGHT } from '../layout/metrics.js';
import type { ParsedEvent, TimelineData } from '../model/types.js';

/** Baseline of a gap's label: the row under the tick labels, as the chart draws it, so no tick label is covered. */
const GAP_LABEL_Y = AXIS_HEIGHT - 14;

/**
 * Characters XML 1.0 forbids anywhere in a document (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) and lone
 * surrogate halves: one of them in a title would make the whole export unparseable (and exportPNG reject).
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with what XML forbids taken out (controls) or replaced (a lone surrogate becomes U+FFFD, as UTF-8 encoders do). */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, (c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

/** Text or an attribute value from data or styles, escaped and stripped of what XML forbids. */
const escapeXml = (text: string) =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Everything a standalone SVG needs, with colours already resolved (no CSS, no custom properties). */
export interface SvgModel {
  width: number;
  height: number;
  font: string;
  background: string;
  color: string;
  muted: string;
  grid: string;
  title: string;
  /** Vertical offset of the chart below the title. */
  top: number;
  ticks: { x: number; labelX: number; label: string; anchor: 'start' | 'middle' | 'end'; major: boolean }[];
  gaps: { x0: number; x1: number; label: string }[];
  bars: { x: number; y: number; width: number; height: number; color: string; opacity: number }[];
  markers: { x: number; y: number; path: string; color: string; dashed: boolean }[];
  labels: { x: number; y: number; text: string; anchor: 'start' | 'end' }[];
  clusters: { x: number; y: number; width: number; height: number; text: string }[];
}

/**
 * A standalone SVG document of the chart as it stands: inline attributes only, so it renders the same in an
 * image viewer, a slide or a print pipeline as in the page. Every text from data is escaped.
 */
export function buildSvg(m: SvgModel): string {
  const t = m.top;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${m.width}" height="${m.height + t}" viewBox="0 0 ${m.width} ${m.height + t}" font-family="${escapeXml(m.font)}">`);
  parts.push(`<rect width="100%" height="100%" fill="${escapeXml(m.background)}"/>`);
  if (m.title) parts.push(`<text x="8" y="22" font-size="16" font-weight="700" fill="${escapeXml(m.color)}">${escapeXml(m.title)}</text>`);
  parts.push(`<g transform="translate(0 ${t})">`);
  for (const tick of m.ticks) {
    parts.push(`<line x1="${tick.x}" x2="${tick.x}" y1="18" y2="${m.height}" stroke="${escapeXml(tick.major ? m.muted : m.grid)}" stroke-opacity="${tick.major ? 0.6 : 1}"/>`);
    if (tick.label) parts.push(`<text x="${tick.labelX}" y="16" font-size="12.5" text-anchor="${tick.anchor}" fill="${escapeXml(m.muted)}"${tick.major ? ' font-weight="600"' : ''}>${escapeXml(tick.label)}</text>`);
  }
  parts.push(`<line x1="0" x2="${m.width}" y1="38" y2="38" stroke="${escapeXml(m.muted)}"/>`);
  for (const gap of m.gaps) {
    parts.push(`<rect x="${gap.x0 + 3}" y="0" width="${Math.max(0, gap.x1 - gap.x0 - 6)}" height="${m.height}" fill="${escapeXml(m.background)}"/>`);
    // The halo (the background, stroked under the text) keeps the label legible over grid lines beside the gap.
    if (gap.label) parts.push(`<text x="${(gap.x0 + gap.x1) / 2}" y="${GAP_LABEL_Y}" font-size="11" text-anchor="middle" fill="${escapeXml(m.muted)}" stroke="${escapeXml(m.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(gap.label)}</text>`);
  }
  for (const bar of m.bars) {
    parts.push(`<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" rx="3" fill="${escapeXml(bar.color)}" fill-opacity="${bar.opacity}"/>`);
  }
  for (const c of m.clusters) {
    parts.push(`<rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="6" fill="${escapeXml(m.background)}" stroke="${escapeXml(m.muted)}"/>`);
    parts.push(`<text x="${c.x + c.width / 2}" y="${c.y + c.height / 2 + 4}" font-size="13" font-weight="600" text-anchor="middle" fill="${escapeXml(m.color)}">${escapeXml(c.text)}</text>`);
  }
  for (const mk of m.markers) {
    parts.push(`<path transform="translate(${mk.x} ${mk.y})" d="${mk.path}" fill="${escapeXml(mk.color)}"${mk.dashed ? ` fill-opacity="0.35" stroke="${escapeXml(mk.color)}" stroke-dasharray="2 1.5"` : ''}/>`);
  }
  for (const label of m.labels) {
    parts.push(`<text x="${label.x}" y="${label.y}" font-size="13" text-anchor="${label.anchor}" fill="${escapeXml(m.color)}">${escapeXml(label.text)}</text>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}

export interface CsvOptions {
  /** Cells exactly as in the data, formulas included (for tools that are not spreadsheets). Default false. */
  raw?: boolean;
}

/**
 * What a spreadsheet may read as a formula: a cell starting with = + - @, a tab or a carriage return (OWASP's
 * CSV injection list), or their full-width forms ＝ ＋ － ＠, which some spreadsheets fold into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain number (a negative latitude, say) is no formula and keeps its sign. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A cell a spreadsheet will show as text: a formula-like start gets a leading `'`, as OWASP recommends. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * The events as CSV in the documented columns (one row per citation, as the CSV import reads them). Cells that a
 * spreadsheet would run as formulas are neutralised (see neutraliseCell) unless `raw` is set.
 */
export function eventsToCsv(events: readonly ParsedEvent[], { raw = false }: CsvOptions = {}): string {
  const rows: Record<string, string>[] = [];
  for (const { event: e, citations } of events) {
    const base = {
      id: e.id ?? '', date: e.date, end: e.end ?? '', title: e.title, summary: e.summary ?? '', category: e.category ?? '',
      place: e.place?.name ?? '', lat: e.place?.lat?.toString() ?? '', lon: e.place?.lon?.toString() ?? '',
      dateBasis: e.dateBasis ?? '', dateNote: e.dateNote ?? '',
    };
    const list = citations.length ? citations : [{}];
    list.forEach((c: { sourceId?: string; quote?: string; url?: string; title?: string; publisher?: string | null }, i) => {
      const citation = { source: c.sourceId ?? '', quote: c.quote ?? '', url: c.url ?? '', source_title: c.title ?? '', publisher: c.publisher ?? '' };
      rows.push(i === 0 ? { ...base, ...citation } : { id: e.id ?? '', ...citation });
    });
  }
  const columns = ['id', 'date', 'end', 'title', 'summary', 'category', 'place', 'lat', 'lon', 'source', 'quote', 'url', 'source_title', 'publisher', 'dateBasis', 'dateNote'];
  // RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes (what d3-dsv's csvParse reads).
  const field = (cell = '') => {
    const v = raw ? cell : neutraliseCell(cell);
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\n');
}

/** The events as a dataset in the element's own JSON format. */
export function eventsToJson(dataset: { title?: string; description?: string; sources?: TimelineData['sources'] } | null, events: readonly ParsedEvent[]): string {
  const data: TimelineData = { title: dataset?.title ?? '', description: dataset?.description ?? '', sources: dataset?.sources ?? [], events: events.map((e) => e.event) };
  return JSON.stringify(data, null, 2);
}

/**
 * The chart's model drawn straight onto a canvas as a PNG at the given pixel ratio: the same shapes, colours and
 * text as buildSvg, with no image to load, so it works under a Content Security Policy whose `img-src` allows
 * neither blob: nor data: URLs (svgToPng's route).
 */
export async function modelToPng(m: SvgModel, ratio: number): Promise<Blob> {
  const width = m.width;
  const height = m.height + m.top;
  const { canvas, ctx } = scaledCanvas(width, height, ratio);
  ctx.direction = 'ltr'; // as the SVG document, which has no direction of its own
  const text = (value: string, x: number, y: number, size: number, fill: string, anchor: 'start' | 'middle' | 'end' = 'start', weight = 400, halo = '') => {
    ctx.font = `${weight} ${size}px ${m.font}`;
    ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
    if (halo) {
      ctx.save();
      ctx.strokeStyle = halo;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(xmlSafe(value), x, y);
      ctx.restore();
    }
    ctx.fillStyle = fill;
    ctx.fillText(xmlSafe(value), x, y);
  };
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, opacity = 1) => {
    ctx.globalAlpha = opacity;
    ctx.strokeStyle = stroke;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    ctx.globalAlpha = 1;
  };
  const box = (x: number, y: number, w: number, h: number, radius: number) => {
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, Math.min(radius, w / 2, h / 2));
  };
  ctx.fillStyle = m.background;
  ctx.fillRect(0, 0, width, height);
  if (m.title) text(m.title, 8, 22, 16, m.color, 'start', 700);
  ctx.translate(0, m.top);
  for (const tick of m.ticks) {
    line(tick.x, 18, tick.x, m.height, tick.major ? m.muted : m.grid, tick.major ? 0.6 : 1);
    if (tick.label) text(tick.label, tick.labelX, 16, 12.5, m.muted, tick.anchor, tick.major ? 600 : 400);
  }
  line(0, 38, m.width, 38, m.muted);
  for (const gap of m.gaps) {
    ctx.fillStyle = m.background;
    ctx.fillRect(gap.x0 + 3, 0, Math.max(0, gap.x1 - gap.x0 - 6), m.height);
    if (gap.label) text(gap.label, (gap.x0 + gap.x1) / 2, GAP_LABEL_Y, 11, m.muted, 'middle', 400, m.background);
  }
  for (const bar of m.bars) {
    ctx.globalAlpha = bar.opacity;
    ctx.fillStyle = bar.color;
    box(bar.x, bar.y, bar.width, bar.height, 3);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  for (const c of m.clusters) {
    ctx.fillStyle = m.background;
    ctx.strokeStyle = m.muted;
    box(c.x, c.y, c.width, c.height, 6);
    ctx.fill();
    ctx.stroke();
    text(c.text, c.x + c.width / 2, c.y + c.height / 2 + 4, 13, m.color, 'middle', 600);
  }
  for (const mk of m.markers) {
    const path = new Path2D(mk.path);
    ctx.save();
    ctx.translate(mk.x, mk.y);
    ctx.fillStyle = mk.color;
    ctx.globalAlpha = mk.dashed ? 0.35 : 1;
    ctx.fill(path);
    if (mk.dashed) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = mk.color;
      ctx.setLineDash([2, 1.5]);
      ctx.stroke(path);
    }
    ctx.restore();
  }
  for (const label of m.labels) text(label.text, label.x, label.y, 13, m.color, label.anchor);
  return pngOf(canvas);
}

/** A canvas of `width` × `height` CSS px at a pixel ratio, drawn in CSS px. */
function scaledCanvas(width: number, height: number, ratio: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas to draw the chart on.');
  ctx.scale(ratio, ratio);
  return { canvas, ctx };
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
  );
}

/** Renders an SVG string to a PNG at the given pixel ratio, through a blob: image (which `img-src` must allow). */
export async function svgToPng(svgText: string, width: number, height: number, ratio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const { canvas, ctx } = scaledCanvas(width, height, ratio);
    ctx.drawImage(image, 0, 0, width, height);
    return await pngOf(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
