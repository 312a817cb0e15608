/**
 * A tiny static server for the bench on 127.0.0.1: one folder per URL prefix, gzip for
 * text (compressed once per file, so compression never competes with the browser for
 * the CPU), and a tally of the script bytes it sends, so "JS bytes on the wire" is what
 * actually crossed the socket.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const GZIP = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);
const SCRIPTS = new Set(['.js', '.mjs']);

/** Script bytes sent since the last reset: on the wire (gzip) and decoded. */
export interface ScriptTally {
  files: number;
  wire: number;
  decoded: number;
}

export interface StaticServer {
  origin: string;
  tally: ScriptTally;
  resetTally(): void;
  close(): Promise<void>;
}

interface Body {
  raw: Buffer;
  gzip: Buffer | null;
}

/**
 * Serve `mounts` (URL prefix such as '/app/' → folder) on a free port of 127.0.0.1;
 * scripts whose path matches `untallied` (bench-only code) are served but not counted.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  untallied?: RegExp,
): Promise<StaticServer> {
  const cache = new Map<string, Body>();
  const tally: ScriptTally = { files: 0, wire: 0, decoded: 0 };

  const read = (file: string): Body => {
    let body = cache.get(file);
    if (!body) {
      const raw = readFileSync(file);
      body = { raw, gzip: GZIP.has(extname(file)) ? gzipSync(raw) : null };
      cache.set(file, body);
    }
    return body;
  };

  const resolve = (pathname: string): string | null => {
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!pathname.startsWith(prefix)) continue;
      const rest = normalize(decodeURIComponent(pathname.slice(prefix.length)));
      if (rest.startsWith('..')) return null;
      const file = join(
        folder,
        rest.endsWith('/') || rest === '.' ? join(rest, 'index.html') : rest,
      );
      try {
        return statSync(file).isFile() ? file : null;
      } catch {
        return null;
      }
    }
    return null;
  };

  const server: Server = createServer((request, response) => {
    const file = resolve(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const body = read(file);
    const gzip = body.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const sent = gzip ? body.gzip! : body.raw;
    response.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': sent.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(sent);
    if (SCRIPTS.has(ext) && !untallied?.test(file)) {
      tally.files += 1;
      tally.wire += sent.length;
      tally.decoded += body.raw.length;
    }
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    tally,
    resetTally() {
      Object.assign(tally, { files: 0, wire: 0, decoded: 0 });
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
