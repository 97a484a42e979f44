import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { buildSvgModel, fitLabel, labelFont, resolveSvgColours, type SvgGeometry, type SvgModelInput, type SvgStyleSource } from '../../src/render/svg-model.js';
import { createFormatter } from '../../src/format.js';
import { assignCategoryStyles, UNCATEGORISED } from '../../src/model/categories.js';
import { parseTimeline } from '../../src/model/parse.js';
import { shapePath } from '../../src/render/shapes.js';
import { measureText } from '../../src/render/text-measure.js';
import { EN_STRINGS } from '../../src/strings.js';
import { DARK, LIGHT } from '../../src/styles/palette.js';

const SEED = 42;
const DAY = 864e5;
/** A fake font: 7 px per character, the ellipsis included. */
const measure = (text: string) => text.length * 7;
const format = createFormatter({ locale: 'en', strings: EN_STRINGS, timeZone: '', timeZoneValid: true, dateOnly: true });
const styles = assignCategoryStyles(['military', 'diplomacy', UNCATEGORISED]);
const colours = { background: '#fff', color: '#111', muted: '#333', grid: '#eee' };

const { timeline } = parseTimeline({ events: [
  { id: 'a', date: '2022-02-24', title: 'Invasion begins', category: 'military' },
  { id: 'b', date: '2022-02-25~', title: 'Talks', category: 'diplomacy' },
  { id: 'c', date: '2022-02-26/2022-02-28', title: 'Siege' },
] });

/** Three events in three lanes: a plain day with its label right, an approximate one with a bar and its label left, one without a label. */
const events: SvgGeometry = {
  width: 600,
  height: 200,
  laneHeight: 28,
  ticks: [{ x: 100, labelX: 100, label: 'Feb', major: true }, { x: 200, labelX: 250, label: '24', major: false }],
  gaps: [{ start: 0, end: 3 * DAY, x0: 300, x1: 340 }, { start: 0, end: DAY / 4, x0: 400, x1: 410 }],
  inView: timeline.events,
  placed: new Map([
    ['a', { lane: 0, markerX: 50, barX0: 45, barX1: 46, labelWidth: 80, labelSide: 'right' as const }],
    ['b', { lane: 1, markerX: 500, barX0: 480, barX1: 520, labelWidth: 60, labelSide: 'left' as const }],
    ['c', { lane: 2, markerX: 10, barX0: 10, barX1: 10, labelWidth: 0, labelSide: 'right' as const }],
  ]),
  clusters: [],
};

/** Too many to draw one by one: two clusters, one running off the left edge, one narrower than the minimum. */
const clustered: SvgGeometry = {
  ...events,
  inView: [],
  placed: new Map(),
  clusters: [{ x0: -50, x1: 100, count: 1234 }, { x0: 580, x1: 590, count: 3 }],
};

function input(overrides: Partial<SvgModelInput> = {}): SvgModelInput {
  return {
    geometry: events,
    title: 'The first week',
    font: 'Inter, sans-serif',
    colours,
    colourOf: (category) => (category === 'military' ? '#b3261e' : category === 'diplomacy' ? '#1f5fbf' : '#444950'),
    shapeOf: (category) => styles.get(category)?.shape,
    markerRadius: 6.5,
    measure,
    gapLabel: format.gapLabel,
    number: format.number,
    rtl: false,
    ...overrides,
  };
}

describe('buildSvgModel', () => {
  it('gives an empty 1000 × 100 picture without a chart, with the title above it', () => {
    expect(buildSvgModel(input({ geometry: null }))).to.deep.equal({
      width: 1000, height: 100, font: 'Inter, sans-serif', background: '#fff', color: '#111', muted: '#333', grid: '#eee',
      title: 'The first week', top: 32, ticks: [], gaps: [], bars: [], markers: [], labels: [], clusters: [],
    });
  });

  it('leaves no room for a title it does not have', () => {
    const model = buildSvgModel(input({ title: '' }));
    expect([model.title, model.top]).to.deep.equal(['', 0]);
  });

  it('draws ticks, gaps, bars, markers and labels where the chart has them', () => {
    const model = buildSvgModel(input());
    expect([model.width, model.height]).to.deep.equal([600, 200]);
    expect(model.ticks).to.deep.equal([
      { x: 100, labelX: 104, label: 'Feb', anchor: 'start', major: true },
      { x: 200, labelX: 250, label: '24', anchor: 'middle', major: false },
    ]);
    expect(model.gaps).to.deep.equal([{ x0: 300, x1: 340, label: '3 days' }, { x0: 400, x1: 410, label: '' }]);
    // Only b's bar is wider than 1 px; bars sit 3 px into the lane (lane 1 starts at 44 + 28).
    expect(model.bars).to.deep.equal([{ x: 480, y: 75, width: 40, height: 18, color: '#1f5fbf', opacity: 0.16 }]);
    expect(model.markers).to.deep.equal([
      { x: 50, y: 57, path: shapePath('circle', 6), color: '#b3261e', dashed: false },
      { x: 500, y: 85, path: shapePath('diamond', 6), color: '#1f5fbf', dashed: true },
      { x: 10, y: 113, path: shapePath('circle', 6), color: '#444950', dashed: false },
    ]);
    // 'Invasion begins' is 105 px: 10 characters and the ellipsis make 77 ≤ 80.
    expect(model.labels).to.deep.equal([
      { x: 62.5, y: 61.5, text: 'Invasion b…', anchor: 'start' },
      { x: 487.5, y: 89.5, text: 'Talks', anchor: 'end' },
    ]);
    expect(model.clusters).to.deep.equal([]);
  });

  it('draws clusters inside the chart, at least 24 px wide, with their counts in the locale', () => {
    const model = buildSvgModel(input({ geometry: clustered }));
    expect(model.clusters).to.deep.equal([
      { x: 2, y: 50, width: 96, height: 40, text: '1,234' },
      { x: 582, y: 50, width: 24, height: 40, text: '3' },
    ]);
    expect([model.bars, model.markers, model.labels]).to.deep.equal([[], [], []]);
  });

  it('sizes markers by the marker radius and lanes by the lane height', () => {
    const model = buildSvgModel(input({ markerRadius: 10, geometry: { ...events, laneHeight: 40 } }));
    expect(model.markers.map((m) => [m.y, m.path])).to.deep.equal([[63, shapePath('circle', 9.5)], [103, shapePath('diamond', 9.5)], [143, shapePath('circle', 9.5)]]);
    expect(model.labels.map((l) => [l.x, l.y])).to.deep.equal([[66, 67.5], [484, 107.5]]);
    expect(model.bars.map((b) => [b.y, b.height])).to.deep.equal([[87, 30]]);
  });

  it('mirrors everything for right-to-left pages, with text anchored the other way', () => {
    const model = buildSvgModel(input({ rtl: true }));
    expect(model.ticks).to.deep.equal([
      { x: 500, labelX: 496, label: 'Feb', anchor: 'end', major: true },
      { x: 400, labelX: 350, label: '24', anchor: 'middle', major: false },
    ]);
    expect(model.gaps).to.deep.equal([{ x0: 260, x1: 300, label: '3 days' }, { x0: 190, x1: 200, label: '' }]);
    expect(model.bars.map((b) => b.x)).to.deep.equal([80]);
    expect(model.markers.map((m) => m.x)).to.deep.equal([550, 100, 590]);
    expect(model.labels.map((l) => [l.x, l.anchor])).to.deep.equal([[537.5, 'end'], [112.5, 'start']]);
    expect(buildSvgModel(input({ rtl: true, geometry: clustered })).clusters.map((c) => [c.x, c.width])).to.deep.equal([[502, 96], [-6, 24]]);
  });

  it('keeps everything but x when mirrored', () => {
    const ltr = buildSvgModel(input());
    const rtl = buildSvgModel(input({ rtl: true }));
    const strip = (items: readonly object[]) => (items as Record<string, unknown>[]).map(({ x: _x, x0: _x0, x1: _x1, labelX: _l, anchor: _a, ...rest }) => rest);
    for (const part of ['ticks', 'gaps', 'bars', 'markers', 'labels'] as const) expect(strip(rtl[part]), part).to.deep.equal(strip(ltr[part]));
  });
});

describe('fitLabel', () => {
  const table: [string, string, number, string][] = [
    ['fits whole', 'Talks', 35, 'Talks'],
    ['cut to the longest prefix that fits with the ellipsis', 'Invasion begins', 80, 'Invasion b…'],
    ['one px short of a longer prefix', 'Invasion begins', 83, 'Invasion b…'],
    ['exactly a longer prefix', 'Invasion begins', 84, 'Invasion be…'],
    ['one character at least, even when nothing fits', 'Invasion begins', 3, 'I…'],
    ['one character that does not fit', 'X', 3, 'X…'],
    ['an empty title', '', 0, ''],
  ];
  for (const [why, text, width, expected] of table) {
    it(why, () => expect(fitLabel(text, width, measure)).to.equal(expected));
  }

  /** The element's search, from the whole title down one character at a time. */
  function linearFit(text: string, width: number, m: (t: string) => number): string {
    if (m(text) <= width) return text;
    let n = text.length;
    while (n > 1 && m(`${text.slice(0, n)}…`) > width) n--;
    return `${text.slice(0, n)}…`;
  }

  it('gives the element\'s answer for real text measured on a canvas, with far fewer measurements', () => {
    const font = labelFont('system-ui, sans-serif');
    expect(font).to.equal('13px system-ui, sans-serif');
    let ours = 0;
    let theirs = 0;
    const title = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom('Обстріл Харкова: загинули щонайменше 11 людей', 'المحادثات في بيلاروسيا 🇧🇾 بين الوفدين', 'Kyiv 🚀🚀 shelling, e\u0301vacuation ﬁnally'),
    );
    fc.assert(
      fc.property(title, fc.integer({ min: 1, max: 400 }), (text, width) => {
        const counted = (count: () => void) => (t: string) => (count(), measureText(t, font));
        const a = fitLabel(text, width, counted(() => ours++));
        const b = linearFit(text, width, counted(() => theirs++));
        expect(a, JSON.stringify(text)).to.equal(b);
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(ours).to.be.below(theirs / 2);
  });
});

describe('resolveSvgColours', () => {
  const military = styles.get('military')!;
  /** Computed styles as a map of custom properties (values keep the spaces browsers leave in them). */
  function source(host: Record<string, string>, root: Record<string, string> = {}, rest: Partial<SvgStyleSource> = {}): SvgStyleSource {
    return { host: (n) => host[n] ?? '', root: (n) => root[n] ?? '', backgroundColor: '', color: '', dark: false, ...rest };
  }
  const styleOf = (c: string) => styles.get(c);

  it('falls back to the light palette', () => {
    const { colours, colourOf } = resolveSvgColours(source({}), styleOf);
    expect(colours).to.deep.equal({ background: LIGHT.bg, color: LIGHT.fg, muted: LIGHT.axis, grid: LIGHT.grid });
    expect([colourOf('military'), colourOf(UNCATEGORISED), colourOf('unknown')]).to.deep.equal([military.light, LIGHT.event, LIGHT.event]);
  });

  it('falls back to the dark palette in the dark scheme', () => {
    const { colours, colourOf } = resolveSvgColours(source({}, {}, { dark: true }), styleOf);
    expect(colours).to.deep.equal({ background: DARK.bg, color: DARK.fg, muted: DARK.axis, grid: DARK.grid });
    expect([colourOf('military'), colourOf(UNCATEGORISED)]).to.deep.equal([military.dark, DARK.event]);
  });

  it('takes the computed colours, the theme\'s properties, then the author\'s over them', () => {
    const theme = { '--_axis-color': ' #010101', '--_grid-color': '#020202 ', '--_event-color': ' #030303 ' };
    const computed = { backgroundColor: 'rgb(1, 2, 3)', color: 'rgb(4, 5, 6)' };
    const themed = resolveSvgColours(source({}, theme, computed), styleOf);
    expect(themed.colours).to.deep.equal({ background: 'rgb(1, 2, 3)', color: 'rgb(4, 5, 6)', muted: '#010101', grid: '#020202' });
    expect(themed.colourOf(UNCATEGORISED)).to.equal('#030303');
    const author = { '--conflict-timeline-axis-color': ' red', '--conflict-timeline-grid-color': 'blue', '--conflict-timeline-event-color': 'green ' };
    const authored = resolveSvgColours(source(author, theme, computed), styleOf);
    expect([authored.colours.muted, authored.colours.grid, authored.colourOf(UNCATEGORISED)]).to.deep.equal(['red', 'blue', 'green']);
  });

  it('takes a category\'s colour from its property, the dark one in the dark scheme, else the light one', () => {
    const light = { '--conflict-timeline-category-military': ' #aa0000' };
    const both = { ...light, '--conflict-timeline-category-military-dark': '#ff9999' };
    expect(resolveSvgColours(source(light), styleOf).colourOf('military')).to.equal('#aa0000');
    expect(resolveSvgColours(source(both), styleOf).colourOf('military')).to.equal('#aa0000');
    expect(resolveSvgColours(source(both, {}, { dark: true }), styleOf).colourOf('military')).to.equal('#ff9999');
    expect(resolveSvgColours(source(light, {}, { dark: true }), styleOf).colourOf('military')).to.equal('#aa0000');
    expect(resolveSvgColours(source({ '--conflict-timeline-category-military-dark': '#ff9999' }), styleOf).colourOf('military')).to.equal(military.light);
  });
});
