// Hostile `src` responses for test/hostile/network.test.ts, served by the test runner's own dev server as a
// Koa-style middleware (`middleware: [hostileMiddleware()]` in web-test-runner.config.mjs). Everything lives
// under /hostile/; any other path goes on to the next middleware untouched.
//
//   /hostile/404, /hostile/500            an HTTP error (with an HTML body, as real servers send)
//   /hostile/redirect-loop                302 to itself, forever (the browser gives up after ~20 hops)
//   /hostile/slow                         headers and the first bytes of a JSON body, then nothing, never ending
//   /hostile/slow-headers                 nothing at all: not even the status line
//   /hostile/empty                        200 with an empty body
//   /hostile/html                         200 with an HTML page (a login wall, a CDN error page) instead of JSON
//   /hostile/bad-utf8[?csv]               JSON (or CSV) whose bytes are not valid UTF-8
//   /hostile/huge[?nolength][&mb=N]       50 MB (or N MB, 1-1000) streamed, with content-length (or chunked, without)
//   /hostile/changing?key=K               a different valid dataset on each request (counter per key)
//   /hostile/flaky?key=K                  500 on the first request for a key, then valid data
//   /hostile/delay?ms=N&id=I              valid data (title "Delay I") after N ms
//   /hostile/sink/…                       204 No Content (relative payload URLs land here)
//   /hostile/stats?id=I                   what the server saw of requests tagged `id=I` (JSON; see `stat()`)
//   /hostile/reset?key=K                  forgets the counters of `changing`/`flaky` for K
//
// Every response is `cache-control: no-store`, so a browser cache never hides a request. A response that would
// never end on its own ends when the browser closes the connection, so no test leaves work behind on the server.
import { Readable } from 'node:stream';

const MB = 1024 * 1024;
const HUGE_BYTES = 50 * MB;

/** Per `id` (query parameter): what the server saw. Kept small: ids are per test. */
const stats = new Map();
const counters = new Map();

function stat(id) {
  if (!id) return null;
  let s = stats.get(id);
  if (!s) {
    s = { requests: 0, open: 0, completed: 0, aborted: 0, bytesSent: 0 };
    stats.set(id, s);
    if (stats.size > 2000) stats.delete(stats.keys().next().value);
  }
  return s;
}

/** Counts the request under its `id` and records how it ended: completed, or closed early by the client. */
function track(ctx) {
  const s = stat(ctx.query.id);
  if (!s) return null;
  s.requests++;
  s.open++;
  let done = false;
  const finish = (how) => {
    if (done) return;
    done = true;
    s.open--;
    s[how]++;
  };
  ctx.res.once('finish', () => finish('completed'));
  ctx.res.once('close', () => finish(ctx.res.writableFinished ? 'completed' : 'aborted'));
  return s;
}

/** Resolves when the client goes away (or after `ms`, if given): `true` when it went away. */
function clientGone(ctx, ms) {
  return new Promise((resolve) => {
    let timer;
    const gone = () => {
      clearTimeout(timer);
      resolve(true);
    };
    if (ctx.req.destroyed || ctx.res.destroyed) return resolve(true);
    ctx.res.once('close', gone);
    if (ms !== undefined) {
      timer = setTimeout(() => {
        ctx.res.off('close', gone);
        resolve(false);
      }, ms);
    }
  });
}

/** A small valid dataset whose title and ids say where it came from. */
export function dataset(label, count = 2, day = 1) {
  const dd = String(Math.min(28, Math.max(1, day))).padStart(2, '0');
  return {
    title: label,
    events: Array.from({ length: count }, (_, i) => ({
      id: `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i + 1}`,
      date: `2022-03-${dd}`,
      title: `${label}, event ${i + 1}`,
    })),
  };
}

const json = (ctx, value, status = 200) => {
  ctx.status = status;
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify(value);
};

/** A stream of `total` bytes of JSON-looking text (an endless events list), counted into `s.bytesSent`. */
function hugeStream(total, s) {
  const chunk = Buffer.alloc(64 * 1024, '{"date":"2022-01-01","title":"x"},');
  const head = Buffer.from('{"events":[');
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) {
        this.push(null);
        return;
      }
      let piece = sent === 0 ? Buffer.concat([head, chunk]) : chunk;
      if (sent + piece.length > total) piece = piece.subarray(0, total - sent);
      sent += piece.length;
      if (s) s.bytesSent = sent;
      this.push(piece);
    },
  });
}

export function hostileMiddleware() {
  return async function hostile(ctx, next) {
    if (!ctx.path.startsWith('/hostile/')) return next();
    const route = ctx.path.slice('/hostile/'.length);
    ctx.set('cache-control', 'no-store');
    const s = route === 'stats' || route === 'reset' ? null : track(ctx);

    if (route.startsWith('sink/')) {
      // Where relative payload URLs land (test/hostile/injection.test.ts sets a <base> here): nothing.
      ctx.status = 204;
      return;
    }

    switch (route) {
      case 'stats': {
        json(ctx, stats.get(ctx.query.id) ?? { requests: 0, open: 0, completed: 0, aborted: 0, bytesSent: 0 });
        return;
      }
      case 'reset': {
        counters.delete(`changing:${ctx.query.key}`);
        counters.delete(`flaky:${ctx.query.key}`);
        json(ctx, { ok: true });
        return;
      }
      case '404':
        ctx.status = 404;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>';
        return;
      case '500':
        ctx.status = 500;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>500</title><h1>Internal Server Error</h1><script>parent.__hostileCanary&&parent.__hostileCanary("500 body")</script>';
        return;
      case 'redirect-loop': {
        const hop = Number(ctx.query.hop ?? 0) + 1;
        ctx.status = 302;
        ctx.set('location', `/hostile/redirect-loop?hop=${hop}${ctx.query.id ? `&id=${encodeURIComponent(ctx.query.id)}` : ''}`);
        ctx.body = '';
        return;
      }
      case 'slow': {
        // Headers and a first piece of the body go out at once; the rest never comes.
        ctx.status = 200;
        ctx.type = 'application/json; charset=utf-8';
        const body = new Readable({ read() {} });
        body.push('{"title":"Never finished","events":[');
        ctx.res.once('close', () => body.destroy());
        ctx.body = body;
        return;
      }
      case 'slow-headers': {
        // Nothing at all until the client gives up.
        await clientGone(ctx);
        ctx.status = 204; // for the logs only (nothing is sent): not a 404 in the runner's report
        ctx.respond = false;
        return;
      }
      case 'empty':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'html':
        // A 200 that is not the data: a login wall or a CDN's error page. Its script must never run.
        ctx.status = 200;
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = '<!DOCTYPE html>\n<html><head><title>Please sign in</title></head><body><script>parent.__hostileCanary&&parent.__hostileCanary("html body")</script><img src=x onerror="parent.__hostileCanary&&parent.__hostileCanary(\'img\')"><h1>Sign in</h1></body></html>';
        return;
      case 'bad-utf8': {
        const csv = 'csv' in ctx.query;
        ctx.status = 200;
        ctx.type = csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
        // 0xC3 0x28: a broken two-byte sequence; 0xFF never appears in UTF-8; 0xED 0xA0 0x80: a UTF-16 surrogate.
        const prefix = csv ? 'date,title\n2022-01-01,Caf' : '{"events":[{"date":"2022-01-01","title":"Caf';
        const suffix = csv ? '\n' : '"}]}';
        ctx.body = Buffer.concat([Buffer.from(prefix), Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]), Buffer.from(suffix)]);
        return;
      }
      case 'huge': {
        ctx.status = 200;
        ctx.type = 'application/json; charset=utf-8';
        const mb = Number(ctx.query.mb);
        const bytes = Number.isInteger(mb) && mb >= 1 && mb <= 1000 ? mb * MB : HUGE_BYTES;
        const stream = hugeStream(bytes, s);
        ctx.res.once('close', () => stream.destroy());
        ctx.body = stream;
        if (!('nolength' in ctx.query)) ctx.length = bytes;
        else ctx.remove('content-length');
        return;
      }
      case 'changing': {
        const key = `changing:${ctx.query.key ?? ''}`;
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        // A different title, ids, count and day each time, so a mix of two responses would show.
        json(ctx, dataset(`Changing ${n}`, 1 + (n % 4), n));
        return;
      }
      case 'flaky': {
        const key = `flaky:${ctx.query.key ?? ''}`;
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        if (n === 1) {
          ctx.status = 500;
          ctx.type = 'text/plain';
          ctx.body = 'try again';
        } else json(ctx, dataset(`Flaky ${n}`));
        return;
      }
      case 'delay': {
        const ms = Math.min(30_000, Math.max(0, Number(ctx.query.ms) || 0));
        const gone = await clientGone(ctx, ms);
        if (gone) {
          ctx.status = 204;
          ctx.respond = false;
          return;
        }
        json(ctx, dataset(`Delay ${ctx.query.id ?? ''}`, 1, 1 + (Number(ctx.query.day) || 1)));
        return;
      }
      default:
        return next();
    }
  };
}

export default hostileMiddleware;
