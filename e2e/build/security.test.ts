// The security policy ships twice, as a meta tag on every page and in public/_headers; both say
// what src/lib/security.ts says, and no page carries an inline script or event handler.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cspMeta, securityHeaders } from '../../src/lib/security';
import { builtHtml, builtPages, DIST } from '../support/dist';

function headersFile(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === '/*');
  const headers: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    const [name, ...value] = line.trim().split(':');
    headers[name] = value.join(':').trim();
  }
  return headers;
}

describe('security headers and policy', () => {
  it('public/_headers sends exactly the headers in src/lib/security.ts, and is copied into dist/', () => {
    expect(headersFile(join(process.cwd(), 'public/_headers'))).toEqual(securityHeaders);
    expect(headersFile(join(DIST, '_headers'))).toEqual(securityHeaders);
  });

  it('the policy forbids inline scripts and other origins', () => {
    const csp = securityHeaders['Content-Security-Policy'];
    expect(csp).toMatch(/default-src 'self'/);
    // Only our own files may run; 'wasm-unsafe-eval' lets site search compile WebAssembly, nothing more.
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  });

  for (const page of builtPages()) {
    it(`${page} carries the policy and no inline script or handler`, () => {
      const { document } = parseHTML(builtHtml(page));
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(cspMeta);
      const inline = [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      );
      expect(handlers).toEqual([]);
    });
  }
});
