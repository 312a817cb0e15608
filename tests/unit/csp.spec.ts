import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  CSP_DIRECTIVES,
  basemapOrigins,
  buildCspHeader,
  cspDirectives,
  cspHeader,
} from '../../csp.ts';

const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'";

const TIANDITU = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);

describe('Content Security Policy', () => {
  test('the base policy is strict: self only, nothing inline, no remote host', () => {
    expect(cspHeader()).toBe(STRICT);
    for (const value of Object.values(CSP_DIRECTIVES)) {
      expect(value).not.toMatch(/unsafe|https?:|\*/);
    }
  });

  test('online basemaps widen img-src and connect-src by their tile origins only', () => {
    const widened = cspDirectives(['https://tile.openstreetmap.org']);
    expect(widened['img-src']).toBe("'self' data: blob: https://tile.openstreetmap.org");
    expect(widened['connect-src']).toBe("'self' https://tile.openstreetmap.org");
    for (const [name, value] of Object.entries(CSP_DIRECTIVES)) {
      if (name !== 'img-src' && name !== 'connect-src') expect(widened[name]).toBe(value);
    }
    for (const value of Object.values(widened)) expect(value).not.toMatch(/unsafe|\*/);
  });

  test('the default build allows OpenStreetMap and Tianditu t0–t7', () => {
    expect(basemapOrigins({})).toEqual(['https://tile.openstreetmap.org', ...TIANDITU]);
  });

  test('VITE_OSM_TILES replaces the OSM origin; VITE_ENABLE_TIANDITU=false drops Tianditu', () => {
    expect(
      basemapOrigins({
        VITE_OSM_TILES: 'http://127.0.0.1:47123/{z}/{x}/{y}.png',
        VITE_ENABLE_TIANDITU: 'false',
      }),
    ).toEqual(['http://127.0.0.1:47123']);
  });

  test('a build-time Tianditu key changes nothing in the policy (the key is not an origin)', () => {
    expect(basemapOrigins({ VITE_TIANDITU_KEY: 'a'.repeat(32) })).toEqual(basemapOrigins({}));
  });

  test('a tile template that is not http(s) fails the build instead of widening the policy', () => {
    expect(() => basemapOrigins({ VITE_OSM_TILES: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => basemapOrigins({ VITE_OSM_TILES: 'not a url' })).toThrow(/tile URL/);
  });

  test('the documented header (public/_headers, README) is the default build’s policy, framing allowed', () => {
    // frame-ancestors only in the header: a <meta> policy cannot carry it (docs/embed.md).
    const header = `Content-Security-Policy: ${buildCspHeader({})}; frame-ancestors *\n`;
    expect(readFileSync('public/_headers', 'utf8')).toContain(header);
    expect(readFileSync('README.md', 'utf8')).toContain(header);
  });

  test('the meta policy (csp.ts, vite.config.ts) never says frame-ancestors', () => {
    expect(buildCspHeader({})).not.toContain('frame-ancestors');
    expect(readFileSync('vite.config.ts', 'utf8')).not.toContain('frame-ancestors');
    expect(readFileSync('csp.ts', 'utf8')).not.toContain('frame-ancestors');
  });
});
