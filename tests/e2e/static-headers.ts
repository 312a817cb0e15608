/**
 * The headers a static host would send from the build's `_headers` file (Netlify/Cloudflare
 * Pages format: a path pattern, then indented `Name: value` lines), for `vite preview`, so
 * a browser test sees the policy the app ships with (the embed test: framing allowed).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a path matches a pattern: exact, or a prefix before a final `*`. */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** A Vite plugin for `vite preview`: every response gets the headers `<outDir>/_headers` gives its path. */
export function staticHeaders(outDir: string): Plugin {
  const file = `${outDir}/_headers`;
  if (!existsSync(file))
    throw new Error(`${file} is missing: the build should copy public/_headers`);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return {
    name: 'e2e-static-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0]!;
        for (const rule of rules) {
          if (!pathMatches(rule.pattern, path)) continue;
          for (const [name, value] of rule.headers) res.setHeader(name, value);
        }
        next();
      });
    },
  };
}
