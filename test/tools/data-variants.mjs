#!/usr/bin/env node
// Writes the CSV and TimelineJS3 versions of the built-in dataset from data/ukraine-2022.json, so the same
// events can be loaded three ways (and tests can prove they are the same events).
//   node test/tools/data-variants.mjs          write data/ukraine-2022.csv and data/ukraine-2022.timelinejs.json
//   node test/tools/data-variants.mjs --check  exit 1 if the files on disk differ from what would be written
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvFormat } from 'd3-dsv';

const root = resolve(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(join(root, 'data/ukraine-2022.json'), 'utf8'));
const sources = new Map(data.sources.map((s) => [s.id, s]));
const COLUMNS = ['id', 'date', 'end', 'title', 'summary', 'category', 'place', 'lat', 'lon', 'source', 'quote', 'url', 'source_title', 'publisher', 'dateBasis', 'dateNote'];

/** One row per citation: the first row carries the event; further rows repeat only the id. */
function toCsv() {
  const rows = [];
  for (const e of data.events) {
    e.citations.forEach((c, i) => {
      const source = sources.get(c.source);
      const row = { id: e.id, source: c.source, quote: c.quote ?? '', url: c.url ?? '', source_title: source?.title ?? '', publisher: source?.publisher ?? '' };
      if (i === 0) {
        Object.assign(row, {
          date: e.date, end: e.end ?? '', title: e.title, summary: e.summary ?? '', category: e.category ?? '',
          place: e.place?.name ?? '', lat: e.place?.lat ?? '', lon: e.place?.lon ?? '', dateBasis: e.dateBasis ?? '', dateNote: e.dateNote ?? '',
        });
      }
      rows.push(row);
    });
  }
  return `${csvFormat(rows, COLUMNS)}\n`;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A TimelineJS3 date object at the precision written (TimelineJS has no ~ or ? qualifiers: they are lost). */
function tjsDate(text) {
  const [y, m, d] = text.replace(/[~?%]/g, '').split('-').map(Number);
  return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

function toTimelineJS() {
  return {
    title: { text: { headline: escapeHtml(data.title), text: `<p>${escapeHtml(data.description)}</p>` } },
    events: data.events.map((e) => {
      const [start, end] = (e.end ? [e.date, e.end] : e.date.split('/'));
      const first = e.citations[0];
      return {
        unique_id: e.id,
        start_date: tjsDate(start),
        ...(end ? { end_date: tjsDate(end) } : {}),
        text: { headline: escapeHtml(e.title), text: `<p>${escapeHtml(e.summary)}</p>` },
        group: e.category,
        media: { url: '', caption: escapeHtml(first.quote), credit: escapeHtml(sources.get(first.source)?.title ?? '') },
      };
    }),
    eras: (data.eras ?? []).map((era) => ({ start_date: tjsDate(era.start), end_date: tjsDate(era.end), text: { headline: escapeHtml(era.title) } })),
  };
}

const outputs = {
  'data/ukraine-2022.csv': toCsv(),
  'data/ukraine-2022.timelinejs.json': `${JSON.stringify(toTimelineJS(), null, 2)}\n`,
};
if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([file, text]) => readFileSync(join(root, file), 'utf8') !== text).map(([f]) => f);
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')} (run node test/tools/data-variants.mjs)`);
    process.exit(1);
  }
} else {
  for (const [file, text] of Object.entries(outputs)) writeFileSync(join(root, file), text);
  console.log(`wrote ${Object.keys(outputs).join(', ')}`);
}
