/**
 * The Content Security Policy of the production build: everything from our own origin,
 * nothing inline, nothing remote. `geo/…` data is bundled or fetched from 'self'; MapLibre's
 * worker is a same-origin file; generated images are data:/blob:. An online basemap the user
 * turns on widens img-src/connect-src for its tile host only (see README).
 */
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

export function cspHeader(directives: Record<string, string> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
