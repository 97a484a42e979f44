import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { fixture } from './helpers/harness.js';
import { assertBounded } from './helpers/bounded-property.js';
import { buildSvg, eventsToCsv, modelToPng, neutraliseCell, svgToPng, xmlSafe, type SvgModel } from '../src/render/export.js';
import { fitLabel, labelFont } from '../src/render/svg-model.js';
import { measureText } from '../src/render/text-measure.js';
import { shapePath } from '../src/render/shapes.js';
import { parseTimeline } from '../src/model/parse.js';
import { csvToEvents } from '../src/model/csv.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import type { TimelineEvent } from '../src/model/types.js';

/** Every character XML 1.0 forbids, one of each kind, and a lone surrogate of each half. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
const words = (length: number) => 'Shelling of the city centre continued through the night '.repeat(Math.ceil(length / 56)).slice(0, length);

async function timeline(events: TimelineEvent[], title = 'Hostile exports'): Promise<ConflictTimeline> {
  const el = await fixture('<conflict-timeline></conflict-timeline>');
  el.data = { title, events };
  await el.updateComplete;
  return el;
}

function parseSvg(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('exports of hostile data', () => {
  describe('long titles', () => {
    it('fitLabel measures a 100,000-character title about log2(n) times', () => {
      const title = words(100_000);
      let measurements = 0;
      const font = labelFont('sans-serif');
      const fitted = fitLabel(title, 180, (text) => (measurements++, measureText(text, font)));
      expect(measurements).to.be.at.most(Math.ceil(Math.log2(title.length)) + 2);
      expect(fitted.endsWith('…')).to.equal(true);
      expect(measureText(fitted, font)).to.be.at.most(180);
      expect(title.startsWith(fitted.slice(0, -1))).to.equal(true);
    });

    it('exportSVG() of titles up to 100,000 characters gives a parseable SVG with the label cut short', async () => {
      const times: string[] = [];
      for (const length of [1_000, 3_000, 20_000, 100_000]) {
        const title = words(length);
        const el = await timeline([{ id: 'long', date: '2022-02-24', title }, { id: 'short', date: '2022-03-10', title: 'Short' }]);
        const started = performance.now();
        const svg = el.exportSVG();
        times.push(`${length}: ${Math.round(performance.now() - started)} ms`);
        const doc = parseSvg(svg);
        expect(doc.querySelector('parsererror')).to.equal(null);
        const labels = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
        const cut = labels.find((t) => t.startsWith('Shelling'))!;
        expect(cut.endsWith('…')).to.equal(true);
        expect(cut.length).to.be.lessThan(200);
      }
      // Reported, not asserted: the bound is the measurement count above, not this machine's speed.
      console.log(`exportSVG by title length: ${times.join(', ')}`);
    });
  });

  describe('characters XML forbids', () => {
    it('xmlSafe drops controls and non-characters, turns lone surrogates into U+FFFD, keeps pairs, tab, LF and CR', () => {
      expect(xmlSafe('a\u0000b\u001Fc\uFFFEd\uFFFF')).to.equal('abcd');
      expect(xmlSafe('x\uD800y\uDFFFz')).to.equal('x\uFFFDy\uFFFDz');
      expect(xmlSafe('🇺🇦 \t\n\r ok')).to.equal('🇺🇦 \t\n\r ok');
    });

    it('xmlSafe output always parses as XML text and attribute (fast-check)', function () {
      // 300 parses took over 10 s in WebKit beside two busy loops: 60 always run, the rest while the budget lasts.
      assertBounded(this, fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const escaped = xmlSafe(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
        const doc = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg"><text data-x="${escaped}">${escaped}</text></svg>`);
        return doc.querySelector('parsererror') === null;
      }), { seed: 7, minRuns: 60, numRuns: 300 });
    });

    it('exportSVG() parses back with every forbidden character in titles, categories and the dataset title', async () => {
      const events: TimelineEvent[] = FORBIDDEN.map((c, i) => ({
        id: `e${i}`, date: `2022-03-${String(i + 1).padStart(2, '0')}`, title: `T${i}${c}end`, category: `cat${c}${i}`,
      }));
      const el = await timeline(events, `Dataset${FORBIDDEN.join('')}title`);
      const doc = parseSvg(el.exportSVG());
      expect(doc.querySelector('parsererror')).to.equal(null);
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
      expect(texts).to.include(xmlSafe(`Dataset${FORBIDDEN.join('')}title`));
      expect(texts.filter((t) => /^T\d+/.test(t)).length).to.be.greaterThan(0);
      for (const t of texts) expect(t).to.equal(xmlSafe(t));
    });

    it('exportPNG() resolves to a PNG for the same data', async () => {
      const el = await timeline([{ id: 'nul', date: '2022-02-24', title: 'Before\u0000after\uD800' }], 'NUL\u0000title');
      const blob = await el.exportPNG(1);
      expect(blob.type).to.equal('image/png');
      expect((await createImageBitmap(blob)).width).to.be.greaterThan(500);
    });
  });

  describe('CSV formulas', () => {
    const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '＝1+1', '＋1', '－1', '＠A1', '=cmd|\' /C calc\'!A0'];

    it('neutraliseCell prefixes a quote to every formula-like start and leaves plain numbers and text alone', () => {
      for (const cell of HOSTILE) expect(neutraliseCell(cell)).to.equal(`'${cell}`);
      for (const cell of ['-33.5', '+44', '1e-3', '2022-02-24', 'Kyiv', '', "'=already"]) expect(neutraliseCell(cell)).to.equal(cell);
    });

    it('no cell of exportCSV() starts a formula; the raw option keeps the cells as they were (fast-check)', function () {
      const start = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠', 'a', '1', ' ');
      const cell = fc.tuple(start, fc.string({ maxLength: 12 })).map(([s, rest]) => s + rest);
      assertBounded(this, fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (titles) => {
        const { timeline: t } = parseTimeline({ events: titles.map((title, i) => ({ id: `e${i}`, date: '2022-02-24', title: `${title}x`, summary: title, place: { name: title } })) });
        for (const row of csvParseRows(eventsToCsv(t.events)).slice(1)) {
          for (const value of row) expect(/^[=+\-@\t\r＝＋－＠]/.test(value) && !/^[+-]?[\d.]+$/.test(value), JSON.stringify(value)).to.equal(false);
        }
        const raw = csvParseRows(eventsToCsv(t.events, { raw: true })).slice(1);
        expect(raw.map((row) => row[3])).to.deep.equal(t.events.map((e) => e.event.title));
      }), { seed: 11, minRuns: 50, numRuns: 200 });
    });

    it('the element\'s exportCSV() neutralises a formula title and keeps a negative longitude a number', async () => {
      const el = await timeline([{ id: 'f', date: '2022-02-24', title: '=HYPERLINK("http://evil.example","Click")', place: { name: '@Kyiv', lat: 50.45, lon: -30.5 } }]);
      const [back] = csvToEvents(el.exportCSV());
      expect(back.title).to.equal('\'=HYPERLINK("http://evil.example","Click")');
      expect(back.place).to.deep.equal({ name: "'@Kyiv", lat: 50.45, lon: -30.5 });
    });
  });

  // Last: the policy set here stays on this page for the rest of the file.
  describe('PNG under img-src \'self\'', () => {
    const model: SvgModel = {
      width: 400, height: 120, top: 32, font: 'sans-serif', background: '#ffffff', color: '#111111', muted: '#555555', grid: '#dddddd',
      title: 'Chart\u0000 title',
      ticks: [{ x: 100, labelX: 104, label: 'Mar', anchor: 'start', major: true }, { x: 250, labelX: 250, label: '10', anchor: 'middle', major: false }],
      gaps: [{ x0: 300, x1: 340, label: '3 days' }],
      bars: [{ x: 60, y: 45, width: 120, height: 18, color: '#c0392b', opacity: 0.16 }],
      markers: [{ x: 60, y: 54, path: shapePath('circle', 5.5), color: '#c0392b', dashed: false }, { x: 200, y: 82, path: shapePath('diamond', 5.5), color: '#2e86c1', dashed: true }],
      labels: [{ x: 72, y: 58, text: 'Label one', anchor: 'start' }, { x: 188, y: 86, text: 'Label two', anchor: 'end' }],
      clusters: [{ x: 350, y: 44, width: 40, height: 40, text: '12' }],
    };

    async function pixels(blob: Blob): Promise<Uint8ClampedArray> {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    }

    let throughImage: Uint8ClampedArray;
    before(async () => {
      throughImage = await pixels(await svgToPng(buildSvg(model), model.width, model.height + model.top, 1));
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "img-src 'self'";
      document.head.append(meta);
    });

    it('the page forbids blob: images (so the next test can fail)', async () => {
      let error: unknown = null;
      await svgToPng(buildSvg(model), model.width, model.height + model.top, 1).catch((e) => (error = e));
      expect(error).to.be.instanceOf(Error);
    });

    it('modelToPng draws the same picture as the SVG, without an image', async () => {
      const blob = await modelToPng(model, 2);
      expect(blob.type).to.equal('image/png');
      expect((await createImageBitmap(blob)).width).to.equal(800);
      const drawn = await pixels(await modelToPng(model, 1));
      expect(drawn.length).to.equal(throughImage.length);
      let different = 0;
      let inked = 0;
      for (let i = 0; i < drawn.length; i += 4) {
        const delta = Math.max(Math.abs(drawn[i] - throughImage[i]), Math.abs(drawn[i + 1] - throughImage[i + 1]), Math.abs(drawn[i + 2] - throughImage[i + 2]));
        if (delta > 48) different++;
        if (drawn[i] < 200) inked++;
      }
      const pixelCount = drawn.length / 4;
      console.log(`modelToPng vs the SVG through an image: ${different} of ${pixelCount} pixels differ; ${inked} inked`);
      expect(inked).to.be.greaterThan(500);
      expect(different / pixelCount).to.be.lessThan(0.01);
    });
  });
});
