import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHeadersFile, pathMatches } from '../e2e/static-headers.ts';

describe('the browser tests’ reading of _headers', () => {
  test('reads public/_headers: every path gets the policy, with framing allowed', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
    const headers = Object.fromEntries(rules[0]!.headers);
    expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  test('patterns: exact, or a prefix before a final *', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/*', '/assets/a.js')).toBe(true);
    expect(pathMatches('/data/*', '/assets/a.js')).toBe(false);
    expect(pathMatches('/index.html', '/index.html')).toBe(true);
    expect(pathMatches('/index.html', '/')).toBe(false);
  });

  test('a header line before any path, or without a colon, is an error', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/_headers/);
    expect(() => parseHeadersFile('/*\n  not a header')).toThrow(/_headers/);
  });
});
