// The security policy ships twice, as a meta tag on every page and in public/_headers; both say
// what src/lib/security.ts says, and no page carries an inline script, event handler, style
// attribute or <style> element the policy does not name by hash.
import { createHash } from 'node:crypto';
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

  it('the policy allows no inline style or script at all: no unsafe-inline, no unsafe-hashes', () => {
    const csp = securityHeaders['Content-Security-Policy'];
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-hashes'/);
    expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
  });

  it("the meta policy on every page says what _headers says, less the directives a meta tag can't carry", () => {
    const directives = (policy: string) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name, values.join(' ')]),
      );
    const header = directives(headersFile(join(DIST, '_headers'))['Content-Security-Policy']);
    header.delete('frame-ancestors');
    header.delete('upgrade-insecure-requests');
    const metas = new Set(
      builtPages().map((page) => {
        const { document } = parseHTML(builtHtml(page));
        return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      }),
    );
    expect(metas.size).toBe(1);
    expect(directives([...metas][0])).toEqual(header);
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
      const styled = [...document.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 80));
      expect(styled).toEqual([]);
      const style = securityHeaders['Content-Security-Policy'].match(/style-src ([^;]*)/)![1];
      const unhashed = [...document.querySelectorAll('style')]
        .map((el) => el.textContent ?? '')
        .filter((css) => !style.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`));
      expect(unhashed.map((css) => css.slice(0, 80))).toEqual([]);
    });
  }
});
