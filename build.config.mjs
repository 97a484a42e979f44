// The one build script: `node build.config.mjs` builds dist/ and checks the bundle budget;
// `node build.config.mjs --serve` serves the demo on 127.0.0.1 with a live bundle.
import { build, context } from 'esbuild';
import { createServer } from 'node:http';
import { readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

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

const bundleOptions = {
  entryPoints: [join(root, 'src/bundle.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  // Lit's production build (no dev warnings) goes into the bundle readers download.
  conditions: ['production'],
  plugins: [minifyCss],
};

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
  // (a) One self-contained, minified ESM file for <script type="module">: lit, d3 and the built-in data inside.
  await build({ ...bundleOptions, outfile: join(root, 'dist/conflict-timeline.bundle.js'), minify: true, sourcemap: true });
  // (b) The npm build: one module per source file, lit and d3 left as imports for the user's bundler.
  const sources = (await listSources(join(root, 'src'))).filter((f) => !f.endsWith('builtin-data.ts'));
  await build({ entryPoints: sources, outbase: join(root, 'src'), outdir: join(root, 'dist'), format: 'esm', target: 'es2022', sourcemap: true, logLevel: 'warning' });
  // The built-in dataset is inlined as a module of its own, so no JSON import reaches the user's toolchain.
  await build({ entryPoints: [join(root, 'src/builtin-data.ts')], outfile: join(root, 'dist/builtin-data.js'), bundle: true, format: 'esm', target: 'es2022', logLevel: 'warning' });

  // Type declarations for the npm build (tsconfig.json is the editor's and test's config: it includes test/).
  const bin = (name) => join(root, 'node_modules/.bin', name);
  execFileSync(bin('tsc'), ['--ignoreConfig', 'src/index.ts', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist', '--rootDir', 'src',
    '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2023,dom,dom.iterable', '--strict',
    '--skipLibCheck', '--resolveJsonModule', '--isolatedModules', '--verbatimModuleSyntax'], { cwd: root, stdio: 'inherit' });
  // custom-elements.json from the class JSDoc, for editors, linters and documentation tools.
  execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', 'src/conflict-timeline.ts', 'src/define.ts', '--outdir', '.', '--quiet'], { cwd: root, stdio: 'inherit' });
  // The analyzer reads the sources, but the package ships dist/: point every module path at the file users get.
  const manifestFile = join(root, 'custom-elements.json');
  const manifest = await readFile(manifestFile, 'utf8');
  await writeFile(manifestFile, manifest.replace(/"\/?src\/([\w/-]+)\.[jt]s"/g, '"dist/$1.js"'));

  const bundle = await readFile(join(root, 'dist/conflict-timeline.bundle.js'));
  const gzip = gzipSync(bundle, { level: 9 });
  const kb = (n) => (n / 1024).toFixed(1);
  const budget = pkg.budget?.bundleGzipKB ?? 50;
  console.log(`dist/conflict-timeline.bundle.js: ${kb(bundle.length)} KB minified, ${kb(gzip.length)} KB gzipped (budget ${budget} KB)`);
  await writeFile(join(root, 'dist/size.json'), JSON.stringify({ minified: bundle.length, gzip: gzip.length, budgetKB: budget }, null, 2));
  if (gzip.length > budget * 1024) {
    console.error(`The bundle is over its gzip budget: ${kb(gzip.length)} KB > ${budget} KB.`);
    process.exit(1);
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json' };

async function serve() {
  const ctx = await context({ ...bundleOptions, outfile: join(root, 'demo/conflict-timeline.bundle.js'), write: false, sourcemap: true, minify: false });
  let files = new Map();
  const rebuild = async () => {
    const result = await ctx.rebuild();
    files = new Map(result.outputFiles.map((f) => ['/' + relative(join(root, 'demo'), f.path), f.contents]));
  };
  await rebuild();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      if (files.has(path)) {
        await rebuild();
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

if (process.argv.includes('--serve')) await serve();
else await buildAll();
