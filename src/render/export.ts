import type { ParsedEvent, TimelineData } from '../model/types.js';

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
    if (gap.label) parts.push(`<text x="${(gap.x0 + gap.x1) / 2}" y="16" font-size="11" text-anchor="middle" fill="${escapeXml(m.muted)}">${escapeXml(gap.label)}</text>`);
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

/** The events as CSV in the documented columns (one row per citation, as the CSV import reads them). */
export function eventsToCsv(events: readonly ParsedEvent[]): string {
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
  const field = (v = '') => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\n');
}

/** The events as a dataset in the element's own JSON format. */
export function eventsToJson(title: string, description: string, sources: TimelineData['sources'], events: readonly ParsedEvent[]): string {
  const data: TimelineData = { title, description, sources, events: events.map((e) => e.event) };
  return JSON.stringify(data, null, 2);
}

/** Renders an SVG string to a PNG at the given pixel ratio. */
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
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the chart on.');
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
