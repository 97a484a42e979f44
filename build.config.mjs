// The one build script: `node build.config.mjs` builds dist/ and checks the size budget (package.json "budget");
// `node build.config.mjs --serve` serves the demo on 127.0.0.1 with a live bundle.
// Everything it reports goes to stderr, so that `npm pack --json` (which runs the build in prepack) prints only JSON.
import { build, context } from 'esbuild';
import { createServer } from 'node:http';
import { readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname);
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
/**
 * Collapses the whitespace and comments inside the element's css`` template: the bundle is read by browsers, not
 * people. Only whitespace next to `{ } ; : ,` goes; single spaces inside values and selectors stay.
 */
const minifyCss = {
  name: 'minify-css',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/css`([\s\S]*?)`/g, (_, body) => 'css`' + body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim() + '`');
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * The bundle is built for browsers (Lit's browser build), but frameworks that render on the server (Next.js, Astro,
 * Eleventy) import it in Node too, where its first lines failed: Lit's element class extends `HTMLElement`, and
 * lit-html makes a tree walker from `document` as it loads. In Lit's modules these two names come from a module of
 * their own: the page's own in a browser (the same objects), inert stand-ins where there is no DOM. Nothing is added
 * to globalThis, and src/define.ts defines no element without `customElements`. 30 bytes gzipped.
 */
const nodeSafeGlobals = {
  name: 'node-safe-globals',
  setup(b) {
    b.onResolve({ filter: /^node-safe-globals$/ }, () => ({ path: 'node-safe-globals', namespace: 'node-safe-globals' }));
    b.onLoad({ filter: /.*/, namespace: 'node-safe-globals' }, () => ({
      loader: 'js',
      contents: `const HTMLElementOrStandIn = globalThis.HTMLElement ?? class {};
        const documentOrStandIn = globalThis.document ?? { createTreeWalker: () => ({}) };
        export { HTMLElementOrStandIn as HTMLElement, documentOrStandIn as document };`,
    }));
    b.onLoad({ filter: /[\\/]node_modules[\\/](lit-html|@lit[\\/]reactive-element)[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = ['HTMLElement', 'document'].filter((name) => new RegExp(`\\b${name}\\b`).test(source));
      if (!names.length) return undefined;
      return { contents: `import { ${names.join(', ')} } from 'node-safe-globals';\n${source}`, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * The self-contained bundle for `<script type="module" src=".../conflict-timeline.bundle.js">`: lit and d3 inside.
 * With splitting, the element's dynamic `import()` of the built-in dataset becomes a chunk of its own, fetched only
 * when no other data is given. The entry loads it as `import("./chunks/…")`, which a browser resolves against the
 * entry's own URL, so the pair works from any static server or CDN path with no configuration.
 */
export const bundleOptions = {
  absWorkingDir: root, // the metafile's paths are relative to it
  entryPoints: { 'conflict-timeline.bundle': join(root, 'src/bundle.ts') },
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  // V8's explicit compile hint: every function is compiled while the script streams in, on a background thread,
  // rather than each on the main thread at its first call. On the 4× throttled phone that moved 77 ms of compiling
  // off the main thread before the first paint (traced: 4.6 ms left), and first paint went 450 → 395 ms (medians of
  // 12 alternating runs each). The chunks get it too: the data chunk has no functions, and CSV import's is all used.
  banner: { js: '//# allFunctionsCalledOnLoad' },
  logLevel: 'warning',
  // Lit's production build (no dev warnings) goes into the bundle readers download.
  conditions: ['production'],
  // Quotes and dashes as UTF-8 rather than \u escapes: smaller. Module scripts are always decoded as UTF-8.
  charset: 'utf8',
  // Dates are worded with Intl: d3-scale's default d3-time-format locale is dead weight here (see the stand-in);
  // no d3 transition ever runs, so d3-zoom's d3-transition is one no-op (see src/interaction/no-transition.ts);
  // and the scales' ranges are pixels, never colours, so d3-color is never asked (see src/scales/no-color.ts).
  alias: { 'd3-time-format': './src/scales/no-time-format.ts', 'd3-transition': './src/interaction/no-transition.ts', 'd3-color': './src/scales/no-color.ts' },
  plugins: [minifyCss, nodeSafeGlobals],
};

const BUNDLE = 'dist/conflict-timeline.bundle.js';
const BUILTIN_DATA_SOURCE = 'src/builtin-data.ts';

async function listSources(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listSources(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

async function buildAll() {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  // (a) The self-contained, minified bundle and its lazily loaded data chunk (see bundleOptions).
  // Its source map is written for local debugging but not linked from the bundle and not packed (package.json
  // "files"): with the sources inside it was 1 MB of a 650 kB tarball, and a CDN would serve a link to nothing.
  const bundled = await build({ ...bundleOptions, outdir: join(root, 'dist'), minify: true, sourcemap: 'external', metafile: true });
  // (b) The npm build: one module per source file, lit and d3 left as imports for the user's bundler, and the
  // element's import() of ./builtin-data.js left as it is (the user's bundler splits it off in turn).
  const sources = (await listSources(join(root, 'src'))).filter((f) => !f.endsWith('builtin-data.ts'));
  // No source maps: each module is its source file with the types taken out, readable as it is.
  await build({ entryPoints: sources, outbase: join(root, 'src'), outdir: join(root, 'dist'), format: 'esm', target: 'es2022', logLevel: 'warning' });
  // The built-in dataset is inlined as a module of its own, so no JSON import reaches the user's toolchain.
  await build({ entryPoints: [join(root, BUILTIN_DATA_SOURCE)], outfile: join(root, 'dist/builtin-data.js'), bundle: true, packages: 'external', format: 'esm', target: 'es2022', charset: 'utf8', logLevel: 'warning' });

  // Type declarations for the npm build (tsconfig.json is the editor's and test's config: it includes test/): the
  // package's entry, the data helpers' entry (conflict-timeline/model) and the bundle's (conflict-timeline/bundle).
  const bin = (name) => join(root, 'node_modules/.bin', name);
  execFileSync(bin('tsc'), ['--ignoreConfig', 'src/index.ts', 'src/model-entry.ts', 'src/bundle.ts', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist', '--rootDir', 'src',
    '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2023,dom,dom.iterable', '--strict',
    '--skipLibCheck', '--resolveJsonModule', '--isolatedModules', '--verbatimModuleSyntax'], { cwd: root, stdio: ['ignore', 2, 2] });
  // custom-elements.json from the class JSDoc, for editors, linters and documentation tools.
  execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', 'src/conflict-timeline.ts', 'src/define.ts', '--outdir', '.', '--quiet'], { cwd: root, stdio: ['ignore', 2, 2] });
  // The analyzer reads the sources, but the package ships dist/: point every module path at the file users get.
  const manifestFile = join(root, 'custom-elements.json');
  const manifest = await readFile(manifestFile, 'utf8');
  await writeFile(manifestFile, manifest.replace(/"\/?src\/([\w/-]+)\.[jt]s"/g, '"dist/$1.js"'));

  await reportSizes(bundled.metafile);
}

const KiB = 1024;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const gzipSize = async (file) => gzipSync(await readFile(join(root, file)), { level: 9 }).length;

/**
 * Prints the gzip -9 sizes of the bundle's entry, its data chunk and the npm modules (on stderr), writes them to
 * dist/size.json, and fails the build when the entry is over budget or the built-in dataset is back inside it.
 */
async function reportSizes(metafile) {
  const { entryGzipKiB, entryAimKiB } = pkg.budget;
  const outputs = Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, output]) => ({ file: relative(root, resolve(root, file)), ...output }));
  const entry = outputs.find((o) => o.file === BUNDLE);
  // The output that holds the dataset, and the chunks the entry imports statically (fetched on every page).
  const data = outputs.find((o) => o.inputs[BUILTIN_DATA_SOURCE]);
  const staticChunks = entry.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const problems = [];

  const entryGzip = await gzipSize(entry.file);
  const toAim = entryGzip - entryAimKiB * KiB;
  console.error(`size, gzip -9: ${entry.file} ${kib(entryGzip)} (${kib(entry.bytes)} minified): budget ${entryGzipKiB} KiB; `
    + `${kib(Math.abs(toAim))} ${toAim > 0 ? 'over' : 'under'} the ${entryAimKiB} KiB aim`);
  if (entryGzip > entryGzipKiB * KiB) problems.push(`${entry.file} is ${kib(entryGzip)} gzipped, over its budget of ${entryGzipKiB} KiB.`);
  if (staticChunks.length) problems.push(`${entry.file} imports ${staticChunks.join(', ')} statically: it must stand alone.`);

  const dataGzip = await gzipSize(data.file);
  if (data === entry || staticChunks.includes(data.file)) {
    problems.push(`The built-in dataset loads with ${entry.file}: the element must load ${BUILTIN_DATA_SOURCE} with a dynamic import() only.`);
  } else {
    console.error(`size, gzip -9: ${data.file} ${kib(dataGzip)} (${kib(data.bytes)} minified): the built-in dataset, loaded only when no other data is given`);
  }

  // The npm build, as shipped (unminified, lit and d3 not included): what a user's bundler starts from.
  const npmFiles = (await listFiles(join(root, 'dist'))).filter((f) => f.endsWith('.js') && f !== BUNDLE && !f.startsWith('dist/chunks/'));
  let npmBytes = 0;
  let npmGzip = 0;
  for (const file of npmFiles) {
    npmBytes += (await stat(join(root, file))).size;
    npmGzip += await gzipSize(file);
  }
  console.error(`size, gzip -9: npm modules dist/**/*.js ${kib(npmGzip)} (${npmFiles.length} files, ${kib(npmBytes)}, each gzipped on its own; lit and d3 are the user's)`);

  await writeFile(join(root, 'dist/size.json'), JSON.stringify({
    entry: { file: entry.file, minified: entry.bytes, gzip: entryGzip },
    data: { file: data.file, minified: data.bytes, gzip: dataGzip },
    npm: { files: npmFiles.length, bytes: npmBytes, gzip: npmGzip },
    budget: pkg.budget,
  }, null, 2) + '\n');
  if (problems.length) {
    for (const problem of problems) console.error(`build failed: ${problem}`);
    process.exit(1);
  }
}

/** Every file under dir, as paths relative to the repository. */
async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(relative(root, path));
  }
  return out;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json' };

async function serve() {
  // Kept in memory (write: false) and served under /, as demo/conflict-timeline.bundle.js and demo/chunks/….
  const ctx = await context({ ...bundleOptions, outdir: join(root, 'demo'), write: false, sourcemap: true, minify: false });
  let files = new Map();
  const rebuild = async () => {
    const result = await ctx.rebuild();
    files = new Map(result.outputFiles.map((f) => ['/' + relative(join(root, 'demo'), f.path).split(sep).join('/'), f.contents]));
  };
  await rebuild();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      // A fresh build for each page load, at the entry's request; its chunks come from that same build (a chunk
      // name carries its content's hash, so rebuilding between the two would orphan the name the entry asked for).
      if (path === '/conflict-timeline.bundle.js') await rebuild();
      if (files.has(path)) {
        res.writeHead(200, { 'content-type': TYPES[extname(path)], 'cache-control': 'no-store' });
        return res.end(files.get(path));
      }
      // demo/ at the root; /data/ is the repo's data folder (so the demo loads the same files as the tests).
      const base = path.startsWith('/data/') ? root : join(root, 'demo');
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  let port = Number(process.env.PORT ?? 8000);
  server.on('error', (error) => {
    // Another server (a test run, say) has the port: take the next one rather than fail.
    if (error.code === 'EADDRINUSE' && !process.env.PORT && port < 8020) server.listen(++port, '127.0.0.1');
    else throw error;
  });
  server.on('listening', () => console.log(`demo: http://127.0.0.1:${port}/  (Ctrl+C to stop)`));
  server.listen(port, '127.0.0.1');
}

// Run as a script (`node build.config.mjs`); imported (the bench), it only lends its bundle options.
const isScript = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isScript) {
  if (process.argv.includes('--serve')) await serve();
  else await buildAll();
}

// The article extractor (src/extract/, issue 17), never part of the element's bundle: the `conflict-timeline-extract`
// command as one Node file with chrono-node inside (dist/extract/cli.js, replacing the per-file module of that
// name), and the demo's "Draft a timeline from an article" section as one browser chunk, demo/extract.js, which
// only that section loads (its gzip -9 size is printed). With --serve the chunk is rebuilt whenever its sources change.
if (isScript) {
  const cli = { entryPoints: [join(root, 'src/extract/cli.ts')], outfile: join(root, 'dist/extract/cli.js'), bundle: true, platform: 'node', format: 'esm', target: 'node20', charset: 'utf8', logLevel: 'warning' };
  const demo = { entryPoints: [join(root, 'src/extract/demo.ts')], outfile: join(root, 'demo/extract.js'), bundle: true, format: 'esm', target: 'es2022', minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning',
    banner: { js: '// Built by `node build.config.mjs` from src/extract/demo.ts (the extractor and chrono-node): do not edit.' } };
  if (process.argv.includes('--serve')) await (await context(demo)).watch();
  else {
    await build(cli);
    await build(demo);
    console.error(`size, gzip -9: demo/extract.js ${kib(await gzipSize('demo/extract.js'))} (${kib((await stat(join(root, 'demo/extract.js'))).size)} minified): the demo's article extractor, loaded only by its section`);
  }
}
