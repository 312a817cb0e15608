import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, cspHeader } from '../../csp.ts';

describe('Content Security Policy', () => {
  test('is the strict policy: self only, nothing inline, no remote host', () => {
    expect(cspHeader()).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'",
    );
    for (const value of Object.values(CSP_DIRECTIVES)) {
      expect(value).not.toMatch(/unsafe|https?:|\*/);
    }
  });

  test('the documented header for static hosts is the same policy', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${cspHeader()}`);
  });
});
