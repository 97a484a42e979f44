// What a screen-reader user hears from the demo's first <conflict-timeline>, read from Chromium's accessibility
// tree; and the element under forced colors (Windows High Contrast), which the browser tests cannot emulate.
//
//   node --test test/node/ax-tree.test.mjs
//
// Starts the demo server (`node build.config.mjs --serve`, on a free port, as a child process), opens the page in
// /usr/bin/chromium (CHROME_PATH overrides) with playwright-core, and reads:
//   * Playwright's ariaSnapshot() of the element. It pierces open shadow roots (checked below: the event list
//     exists only inside the shadow root), so it is the tree the user meets: roles, names, pressed/expanded states.
//   * Chromium's own tree over CDP (Accessibility.getPartialAXTree) where ariaSnapshot says nothing: the slider's
//     values, the live region's politeness, and that every SVG is ignored.
// Skipped, with the reason, only when Chromium is missing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../helpers/chromium.mjs';
import { useDemo, HAVE_CHROMIUM } from '../helpers/demo-server.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NO_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH} (set CHROME_PATH)`;

const data = JSON.parse(readFileSync(join(REPO, 'data/ukraine-2022.json'), 'utf8'));
/** The element's English category labels (src/strings.ts, EN_STRINGS.categoryLabels). */
const CATEGORY_LABELS = { military: 'Military', 'civilian-harm': 'Civilian harm', humanitarian: 'Humanitarian', diplomacy: 'Diplomacy', political: 'Political' };
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The events in the element's order: by start, then end, then position in the file (src/model/parse.ts). */
function eventsInOrder() {
  const edges = (date) => {
    const [a, b = a] = date.replace(/\?$/, '').split('/');
    return [Date.parse(`${a}T00:00:00Z`), Date.parse(`${b}T00:00:00Z`)];
  };
  return data.events
    .map((e, index) => ({ ...e, index, edges: edges(e.date) }))
    .sort((x, y) => x.edges[0] - y.edges[0] || x.edges[1] - y.edges[1] || x.index - y.index);
}

/** "24 February 2022, Military: Russia invades Ukraine, 1 of 32" for a single-day event at `position`. */
function expectedName(event, position, count) {
  assert.match(event.date, /^\d{4}-\d{2}-\d{2}$/, `expected a plain day for ${event.id}; this helper formats only those`);
  const day = DATE.format(new Date(`${event.date}T00:00:00Z`));
  return `${day}, ${CATEGORY_LABELS[event.category]}: ${event.title}, ${position} of ${count}`;
}

// ——— the demo server and the browser ———

const demo = useDemo();

/** A fresh page on the demo, with the first timeline drawn; returns the page and a locator for that timeline. */
async function openDemo(options = {}) {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(demo.baseURL);
  const timeline = page.locator('conflict-timeline').first();
  await timeline.locator('button.event').first().waitFor({ timeout: 30_000 });
  return { context, page, timeline };
}

// ——— ariaSnapshot as a tree ———

/**
 * Parses Playwright's aria snapshot (YAML) into nodes {role, name, attrs, text, children}. A key is
 * `role "name" [attr] [attr=value]`, single-quoted when YAML needs it; `: text` follows for inline text.
 */
function parseSnapshot(yaml) {
  const root = { role: 'root', name: '', attrs: {}, text: '', children: [] };
  const stack = [{ indent: -1, node: root }];
  for (const line of yaml.split('\n')) {
    const m = /^(\s*)- (.*)$/.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    let rest = m[2];
    let key;
    if (rest.startsWith("'")) {
      let i = 1;
      key = '';
      while (i < rest.length) {
        if (rest[i] === "'") {
          if (rest[i + 1] === "'") {
            key += "'";
            i += 2;
            continue;
          }
          break;
        }
        key += rest[i++];
      }
      rest = rest.slice(i + 1);
    } else {
      const colon = rest.search(/:( |$)/);
      key = colon < 0 ? rest : rest.slice(0, colon);
      rest = colon < 0 ? '' : rest.slice(colon);
    }
    let text = rest.replace(/^:\s?/, '');
    if (/^".*"$/.test(text)) text = JSON.parse(text);
    const k = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*)$/.exec(key.trim());
    const node = k
      ? {
          role: k[1],
          name: k[2] === undefined ? '' : JSON.parse(`"${k[2]}"`),
          attrs: Object.fromEntries([...(k[3] ?? '').matchAll(/\[([\w-]+)(?:=([^\]]*))?\]/g)].map(([, a, v]) => [a, v ?? true])),
          text,
          children: [],
        }
      : { role: key.trim(), name: '', attrs: {}, text, children: [] };
    while (stack.at(-1).indent >= indent) stack.pop();
    stack.at(-1).node.children.push(node);
    stack.push({ indent, node });
  }
  return root;
}

function* walk(node) {
  for (const child of node.children) {
    yield child;
    yield* walk(child);
  }
}

const find = (node, role, name) => [...walk(node)].find((n) => n.role === role && (name === undefined || n.name === name));
const findAll = (node, role) => [...walk(node)].filter((n) => n.role === role);

// ——— Chromium's tree over CDP ———

/** Chromium's AX node for the element the page expression returns (evaluated in the page). */
async function axNodeOf(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'ax-tree-test' });
  assert.ok(result.objectId, `no element for ${expression}`);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  return nodes[0];
}

const SHADOW = "document.querySelector('conflict-timeline').shadowRoot";
const prop = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;

// —————————————————————————————————————————————————————————————————————————————————————————————— tests

describe('the demo’s first timeline in Chromium’s accessibility tree', () => {
  it('a region named by the dataset title, holding the legend, the controls, the "Events" list and the brush', async (t) => {
    if (!HAVE_CHROMIUM) return t.skip(NO_CHROMIUM);
    const { context, timeline } = await openDemo();
    try {
      const yaml = await timeline.ariaSnapshot();
      const tree = parseSnapshot(yaml);
      const show = `\n--- ariaSnapshot ---\n${yaml}\n`;
      // The event list lives only in the shadow root: if it is here, the snapshot pierced it.
      assert.ok(find(tree, 'list', 'Events'), `ariaSnapshot did not pierce the shadow root${show}`);

      const region = tree.children[0];
      assert.equal(region.role, 'region', show);
      assert.equal(region.name, data.title, show);
      assert.equal(tree.children.length, 1, `one region at the top${show}`);

      // Legend: a list of toggle buttons, "<label> <count>", all pressed (no filter), in the data's order.
      const legend = find(region, 'list', 'Filter by category');
      assert.ok(legend, `no list "Filter by category"${show}`);
      const counts = new Map();
      for (const e of data.events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      const legendButtons = findAll(legend, 'button');
      assert.deepEqual(
        legendButtons.map((b) => b.name),
        [...counts].map(([category, n]) => `${CATEGORY_LABELS[category]} ${n}`),
      );
      assert.ok(legendButtons.map((b) => b.name).includes('Military 8'));
      for (const b of legendButtons) assert.equal(b.attrs.pressed, true, `legend button "${b.name}" is a pressed toggle`);

      // Controls, by role and name.
      for (const name of ['Zoom in', 'Zoom out', 'Show all events']) assert.ok(find(region, 'button', name), `no button "${name}"${show}`);
      const showAs = find(region, 'group', 'Show as');
      assert.ok(showAs, `no group "Show as"${show}`);
      assert.deepEqual(findAll(showAs, 'button').map((b) => [b.name, b.attrs.pressed ?? false]), [['Chart', true], ['Table', false]]);
      const download = find(region, 'button', 'Download');
      assert.ok(download, `no button "Download" (the demo sets the downloads attribute)${show}`);
      assert.equal(download.attrs.expanded, undefined, 'the Download menu starts collapsed');

      // The events: one list named "Events", a button per event, each in its own list item, in time order.
      const ordered = eventsInOrder();
      const list = find(region, 'list', 'Events');
      const items = list.children.filter((n) => n.role === 'listitem');
      assert.equal(items.length, data.events.length, 'one list item per event');
      const buttons = items.map((li) => li.children.find((c) => c.role === 'button'));
      assert.ok(buttons.every(Boolean), 'every list item holds a button');
      assert.equal(buttons[0].name, expectedName(ordered[0], 1, ordered.length));
      assert.equal(buttons[0].name, '24 February 2022, Military: Russia invades Ukraine, 1 of 32');
      buttons.forEach((b, i) => {
        const e = ordered[i];
        assert.ok(b.name.includes(`${CATEGORY_LABELS[e.category]}: ${e.title}`), `event ${i + 1}: "${b.name}" names ${e.id}`);
        assert.ok(b.name.endsWith(`, ${i + 1} of ${ordered.length}`), `event ${i + 1}: "${b.name}" ends with its position`);
        assert.match(b.name, /^\d{1,2} (February|March)[^,\d]*( \d{1,2} (February|March))? 2022( \(uncertain\))?, /u, `event ${i + 1}: "${b.name}" starts with its date in words`);
      });

      // The overview brush.
      assert.ok(find(region, 'slider', 'Visible window'), `no slider "Visible window"${show}`);

      // Nothing graphic is exposed: the axis, markers and overview SVGs are all hidden.
      const graphic = [...walk(region)].filter((n) => /^(img|image|graphics-|svg)/.test(n.role));
      assert.deepEqual(graphic.map((n) => `${n.role} "${n.name}"`), [], `graphics in the tree${show}`);
    } finally {
      await context.close();
    }
  });

  it('the slider has its range and "Showing …" value text; every SVG is ignored; the live region is polite and atomic', async (t) => {
    if (!HAVE_CHROMIUM) return t.skip(NO_CHROMIUM);
    const { context, page } = await openDemo();
    try {
      const cdp = await context.newCDPSession(page);
      const slider = await axNodeOf(cdp, `${SHADOW}.querySelector('[role="slider"]')`);
      assert.equal(slider.role.value, 'slider');
      assert.equal(slider.name.value, 'Visible window');
      assert.equal(slider.ignored, false);
      assert.equal(prop(slider, 'valuemin'), 0);
      assert.equal(prop(slider, 'valuemax'), 100);
      assert.equal(prop(slider, 'focusable'), true);
      const dom = await page.evaluate(`(() => { const b = ${SHADOW}.querySelector('[role="slider"]'); return { now: b.getAttribute('aria-valuenow'), text: b.getAttribute('aria-valuetext') }; })()`);
      assert.equal(slider.value?.value, Number(dom.now), 'the value is aria-valuenow');
      assert.match(dom.text, /^Showing \d{1,2} February\s*–\s*\d{1,2} March 2022$/u);

      // Chromium's CDP fills the "valuetext" property from the control's own value, not from aria-valuetext (it
      // is "" for any ARIA slider, and "50" for an <input type=range aria-valuetext="…">). A plain reference slider
      // on the same page tells which: only if CDP reports the reference's aria-valuetext is the brush held to it.
      // Chromium 150 reports it, but with each UTF-8 byte of a non-ASCII character as a character of its own (the
      // dash of "23 February – 3 March" as "â\x80\x93"); the reference's dash tells, and then that is compared.
      await page.evaluate(() => {
        const ref = document.createElement('div');
        Object.assign(ref, { id: 'ax-reference-slider', tabIndex: -1 });
        for (const [k, v] of Object.entries({ role: 'slider', 'aria-label': 'reference', 'aria-valuenow': '1', 'aria-valuetext': 'reference – text' })) ref.setAttribute(k, v);
        document.body.append(ref);
      });
      const reference = await axNodeOf(cdp, "document.getElementById('ax-reference-slider')");
      await page.evaluate(() => document.getElementById('ax-reference-slider')?.remove());
      const bytewise = (text) => Buffer.from(text, 'utf8').toString('latin1');
      if (prop(reference, 'valuetext') === 'reference – text') {
        assert.equal(prop(slider, 'valuetext'), dom.text, 'Chromium exposes the brush’s aria-valuetext');
      } else if (prop(reference, 'valuetext') === bytewise('reference – text')) {
        t.diagnostic('CDP reports aria-valuetext byte by byte (UTF-8 read as Latin-1): compared in that form');
        assert.equal(prop(slider, 'valuetext'), bytewise(dom.text), 'Chromium exposes the brush’s aria-valuetext');
      } else {
        t.diagnostic(`CDP reports valuetext ${JSON.stringify(prop(reference, 'valuetext'))} for a reference slider with aria-valuetext="reference – text": checked the brush's aria-valuetext in the DOM instead ("${dom.text}")`);
      }

      // Every SVG in the shadow root is ignored by the accessibility tree (aria-hidden), and there are some.
      const svgCount = await page.evaluate(`${SHADOW}.querySelectorAll('svg').length`);
      assert.ok(svgCount > data.events.length, `SVGs in the shadow root: ${svgCount}`);
      for (let i = 0; i < svgCount; i++) {
        const node = await axNodeOf(cdp, `${SHADOW}.querySelectorAll('svg')[${i}]`);
        const cls = await page.evaluate(`${SHADOW}.querySelectorAll('svg')[${i}].getAttribute('class') ?? '(overview)'`);
        assert.equal(node.ignored, true, `svg #${i} (${cls}) is in the accessibility tree as ${node.role?.value}`);
      }

      // The live region: one, polite and atomic, and silent until the reader does something.
      const live = await axNodeOf(cdp, `${SHADOW}.querySelector('[aria-live]')`);
      assert.equal(prop(live, 'live'), 'polite');
      assert.equal(prop(live, 'atomic'), true);
      assert.equal(await page.evaluate(`${SHADOW}.querySelectorAll('[aria-live]').length`), 1);
      assert.equal(await page.evaluate(`${SHADOW}.querySelector('[aria-live]').textContent.trim()`), '');
    } finally {
      await context.close();
    }
  });

  it('after a click on an event: a detail region named by its title, and the live region says "Selected: <title>, <date>"', async (t) => {
    if (!HAVE_CHROMIUM) return t.skip(NO_CHROMIUM);
    const { context, page, timeline } = await openDemo();
    try {
      const ordered = eventsInOrder();
      const first = ordered[0];
      const name = expectedName(first, 1, ordered.length);
      // getByRole pierces the shadow root too: the button a user would find by its name.
      await timeline.getByRole('button', { name, exact: true }).click();
      await timeline.getByRole('region', { name: first.title, exact: true }).waitFor();
      const yaml = await timeline.ariaSnapshot();
      const tree = parseSnapshot(yaml);
      const show = `\n--- ariaSnapshot ---\n${yaml}\n`;
      const region = tree.children[0];

      const detail = find(region, 'region', first.title);
      assert.ok(detail, `no region "${first.title}"${show}`);
      assert.ok(find(detail, 'heading', first.title), `the detail's heading${show}`);
      assert.equal(find(detail, 'heading', first.title).attrs.level, '2');
      assert.ok(find(detail, 'button', 'Close details'), `the detail's close button${show}`);
      const selectedButton = find(region, 'button', name);
      assert.equal(selectedButton.attrs.expanded, true, 'the selected event button is expanded');
      assert.equal(findAll(find(region, 'list', 'Events'), 'button').filter((b) => b.attrs.expanded).length, 1, 'one expanded event');

      const date = DATE.format(new Date(`${first.date}T00:00:00Z`));
      const announcement = `Selected: ${first.title}, ${date}`;
      assert.equal(announcement, 'Selected: Russia invades Ukraine, 24 February 2022');
      await page.waitForFunction(
        (text) => document.querySelector('conflict-timeline').shadowRoot.querySelector('[aria-live]').textContent.trim() === text,
        announcement,
        { timeout: 5000 },
      );
      const cdp = await context.newCDPSession(page);
      const live = await axNodeOf(cdp, `${SHADOW}.querySelector('[aria-live]')`);
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: live.backendDOMNodeId, fetchRelatives: false });
      assert.equal(prop(nodes[0], 'live'), 'polite');
      const texts = (await timeline.ariaSnapshot()).split('\n').filter((l) => l.includes('Selected:'));
      assert.deepEqual(texts.map((l) => l.trim()), [`- text: "${announcement}"`], 'the live region’s text in the tree');
    } finally {
      await context.close();
    }
  });
});

describe('forced colors (Chromium, emulated with Playwright)', () => {
  it('markers, the selected marker, the focus outline and the axis use system colours; markers stay visible', async (t) => {
    if (!HAVE_CHROMIUM) return t.skip(NO_CHROMIUM);
    const { context, page, timeline } = await openDemo();
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colors emulated');
      // Select an event with a plain (certain) date, then move focus with the keyboard (so :focus-visible applies).
      await timeline.locator('button.event[data-id="monday-talks-ceasefire"]').click();
      await timeline.getByRole('region', { name: 'Brief ceasefire during Monday’s Russia–Ukraine talks' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => {
        const a = document.querySelector('conflict-timeline').shadowRoot.activeElement;
        return a?.matches('button.event') && a.dataset.id !== 'monday-talks-ceasefire';
      });

      const r = await page.evaluate(() => {
        /** A system colour as Chromium resolves it here: the computed `color` of a probe that is not adjusted. */
        const system = (name) => {
          const probe = document.createElement('div');
          probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
          document.body.append(probe);
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const root = document.querySelector('conflict-timeline').shadowRoot;
        const style = (n) => getComputedStyle(n);
        const markers = [...root.querySelectorAll('button.event')].map((b) => {
          const s = style(b.querySelector('.marker path'));
          return { id: b.dataset.id, uncertain: b.classList.contains('uncertain'), selected: b.classList.contains('selected'), fill: s.fill, stroke: s.stroke, fillOpacity: s.fillOpacity, opacity: style(b).opacity };
        });
        const focused = root.activeElement;
        const fs = style(focused);
        const pressed = root.querySelector('[part~="view-switch"] button[aria-pressed="true"]');
        const unpressed = root.querySelector('[part~="view-switch"] button[aria-pressed="false"]');
        const look = (n) => {
          const s = style(n);
          return { background: s.backgroundColor, color: s.color, border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, outline: `${s.outlineWidth} ${s.outlineStyle}`, weight: s.fontWeight, decoration: s.textDecorationLine };
        };
        return {
          system: { CanvasText: system('CanvasText'), Canvas: system('Canvas'), Highlight: system('Highlight'), GrayText: system('GrayText') },
          background: style(root.querySelector('.root')).backgroundColor,
          markers,
          legend: [...root.querySelectorAll('.legend button')].map((b) => ({ pressed: b.getAttribute('aria-pressed'), fill: style(b.querySelector('svg path')).fill, stroke: style(b.querySelector('svg path')).stroke })),
          focus: { id: focused?.dataset?.id, outlineColor: fs.outlineColor, outlineStyle: fs.outlineStyle, outlineWidth: fs.outlineWidth },
          axisLine: style(root.querySelector('.axis-line')).stroke,
          tickLines: [...root.querySelectorAll('path.tick:not(.major)')].map((n) => style(n).stroke),
          majorTickLines: [...root.querySelectorAll('path.tick.major')].map((n) => style(n).stroke),
          gapPaths: [...root.querySelectorAll('.gap path')].map((n) => style(n).stroke),
          tickLabels: [...root.querySelectorAll('.tick-label')].map((n) => style(n).fill),
          brush: { border: style(root.querySelector('.brush')).borderTopColor, borderStyle: style(root.querySelector('.brush')).borderTopStyle },
          switchLook: { pressed: look(pressed), unpressed: look(unpressed) },
        };
      });
      const { CanvasText, Canvas, Highlight } = r.system;
      t.diagnostic(`system colours here: ${JSON.stringify(r.system)}`);
      assert.notEqual(CanvasText, Canvas, 'the probes resolve to two different colours');
      assert.equal(r.background, Canvas, 'the element’s background is Canvas');

      const plain = r.markers.filter((m) => !m.uncertain && !m.selected);
      assert.ok(plain.length > 10, 'plain markers to check');
      for (const m of plain) {
        assert.equal(m.fill, CanvasText, `marker of ${m.id}: fill`);
        assert.equal(m.stroke, Canvas, `marker of ${m.id}: stroke`);
        assert.equal(Number(m.fillOpacity), 1, `marker of ${m.id}: opaque`);
        assert.equal(Number(m.opacity), 1, `event ${m.id}: opaque`);
      }
      const selected = r.markers.filter((m) => m.selected);
      assert.equal(selected.length, 1);
      assert.equal(selected[0].fill, Highlight, 'the selected marker is filled with Highlight');
      assert.equal(selected[0].stroke, CanvasText, 'the selected marker is outlined with CanvasText');
      assert.notEqual(selected[0].fill, r.background);

      assert.match(r.focus.outlineStyle, /solid|auto/, 'a focus outline');
      assert.ok(parseFloat(r.focus.outlineWidth) >= 2, `focus outline width ${r.focus.outlineWidth}`);
      assert.equal(r.focus.outlineColor, Highlight, `the focus outline of ${r.focus.id} is Highlight`);

      assert.equal(r.axisLine, CanvasText, 'the axis line');
      assert.ok(r.tickLines.length > 0 && r.tickLines.every((c) => c === CanvasText), `tick lines: ${[...new Set(r.tickLines)]}`);
      assert.ok(r.gapPaths.every((c) => c === CanvasText), `gap marks: ${[...new Set(r.gapPaths)]}`);
      assert.ok(r.tickLabels.length > 0 && r.tickLabels.every((c) => c === CanvasText), `tick labels: ${[...new Set(r.tickLabels)]}`);
      for (const l of r.legend) assert.equal(l.fill, CanvasText, 'pressed legend markers are CanvasText');
      assert.notEqual(r.brush.border, Canvas, 'the brush’s border shows');
      assert.notEqual(r.brush.borderStyle, 'none');

      // Uncertain dates are drawn hollow-ish: a 35 % fill and a dashed outline. They must stay visible too.
      const uncertain = r.markers.filter((m) => m.uncertain && !m.selected);
      assert.ok(uncertain.length > 0, 'uncertain markers to check');
      for (const m of uncertain) {
        assert.equal(m.fill, CanvasText, `uncertain marker of ${m.id}: fill`);
        assert.ok(Number(m.fillOpacity) > 0, `uncertain marker of ${m.id}: not transparent`);
      }
      const offSystem = uncertain.filter((m) => m.stroke !== CanvasText);
      const switchSame = JSON.stringify(r.switchLook.pressed) === JSON.stringify(r.switchLook.unpressed);
      const offMajor = r.majorTickLines.filter((c) => c !== CanvasText);
      assert.deepEqual(offMajor, [], 'major tick lines are CanvasText');
      assert.deepEqual(offSystem.map((m) => m.id), [], 'uncertain markers are outlined in CanvasText');
      assert.equal(switchSame, false, `the Chart and Table buttons must look different: ${JSON.stringify(r.switchLook.pressed)}`);
    } finally {
      await context.close();
    }
  });

  it('legend markers of filtered-out categories use system colours', async (t) => {
    if (!HAVE_CHROMIUM) return t.skip(NO_CHROMIUM);
    const { context, page, timeline } = await openDemo();
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await timeline.getByRole('button', { name: 'Military 8', exact: true }).click();
      await timeline.locator('.legend button[aria-pressed="false"]').waitFor();
      const r = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.cssText = 'forced-color-adjust: none; color: CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const path = document.querySelector('conflict-timeline').shadowRoot.querySelector('.legend button[aria-pressed="false"] svg path');
        const s = getComputedStyle(path);
        return { canvasText, fill: s.fill, stroke: s.stroke };
      });
      assert.equal(r.fill, 'none', 'a filtered-out category shows a hollow marker');
      assert.equal(r.stroke, r.canvasText, 'the hollow legend marker is outlined in CanvasText');
    } finally {
      await context.close();
    }
  });
});
