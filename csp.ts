/**
 * The Content Security Policy of the production build: everything from our own origin,
 * nothing inline, nothing remote. `geo/…` data is bundled or fetched from 'self'; MapLibre's
 * worker is a same-origin file; generated images are data:/blob:. The only remote hosts are
 * the tile servers of the online basemaps, in img-src and connect-src; the app requests them
 * only after the user picks an online basemap (see README, "Online basemaps").
 */
import { basemapConfig, basemapTileOrigins } from './src/lib/map/basemap.ts';

export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/**
 * The tile origins of the build's online basemaps, from its VITE_* variables: OpenStreetMap's
 * (or `VITE_OSM_TILES`'s), and Tianditu's t0…t7 unless `VITE_ENABLE_TIANDITU=false` (a key may
 * be entered by the user, so the origins do not wait for `VITE_TIANDITU_KEY`).
 */
export function basemapOrigins(env: Record<string, unknown>): string[] {
  return basemapTileOrigins(basemapConfig(env));
}

/** The policy with img-src and connect-src widened to `origins`; every other directive as is. */
export function cspDirectives(origins: readonly string[] = []): Record<string, string> {
  const widen = (value: string) => [value, ...origins].join(' ');
  return {
    ...CSP_DIRECTIVES,
    'img-src': widen(CSP_DIRECTIVES['img-src']),
    'connect-src': widen(CSP_DIRECTIVES['connect-src']),
  };
}

export function cspHeader(directives: Record<string, string> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The header a production build with this environment ships (and public/_headers holds). */
export function buildCspHeader(env: Record<string, unknown>): string {
  return cspHeader(cspDirectives(basemapOrigins(env)));
}
