/**
 * A tiny raster tile server on 127.0.0.1 for the basemap tests: every `…/{z}/{x}/{y}.png`
 * answers with a solid 256×256 PNG, and each request is recorded. The port is fixed because
 * the test build (global-setup.ts) bakes the tile URL into the app and its CSP.
 */
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';

export const TILE_PORT = 47123;
export const TILE_ORIGIN = `http://127.0.0.1:${TILE_PORT}`;

/** The variables of the `e2e-basemap` build: both basemaps point at the local server. */
export const BASEMAP_TEST_ENV: Record<string, string> = {
  VITE_OSM_TILES: `${TILE_ORIGIN}/osm/{z}/{x}/{y}.png`,
  VITE_TIANDITU_TILES: `${TILE_ORIGIN}/tianditu/{layer}/{z}/{x}/{y}.png?tk={tk}`,
  VITE_TIANDITU_REVIEW_NUMBER: 'GS(0000)0000号',
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour RGB PNG of `size`×`size` pixels. */
export function solidPng([r, g, b]: [number, number, number], size = 256): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.alloc(1 + size * 3); // filter byte 0, then the pixels
  for (let i = 0; i < size; i++) row.set([r, g, b], 1 + i * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TileServer {
  /** Paths (with query) requested so far. */
  requests: string[];
  /** 'ok': tiles; 'error': every request answers 500. */
  mode: 'ok' | 'error';
  close(): Promise<void>;
}

export async function startTileServer(): Promise<TileServer> {
  const png = solidPng([250, 200, 60]);
  const state: Omit<TileServer, 'close'> = { requests: [], mode: 'ok' };
  const server: Server = createServer((request, response) => {
    state.requests.push(request.url ?? '');
    // The app is on another origin (the preview server): MapLibre fetches tiles with CORS.
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (state.mode === 'error' || !/\/\d+\/\d+\/\d+\.png(\?|$)/.test(request.url ?? '')) {
      response.writeHead(state.mode === 'error' ? 500 : 404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(TILE_PORT, '127.0.0.1', () => resolve());
  });
  return Object.assign(state, {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
