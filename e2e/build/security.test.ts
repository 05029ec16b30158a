// The security policy ships twice, as a meta tag on every page and in _headers; both say what
// src/lib/security.ts says (public/_headers word for word), except that the build adds to style-src
// the SHA-256 hash of the stylesheet it puts inline in each page (src/cli/inline-css.mjs), in the
// same words in both. No page carries an inline script, an event handler, a style attribute or a
// <style> element that the policy does not name by hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, cspMetaDevServer, securityHeaders, withStyleHashes } from '../../src/lib/security';
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

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const documents = new Map(builtPages().map((page) => [page, parseHTML(builtHtml(page)).document]));

/** The hash of every distinct <style> element in dist/. */
const inlineHashes = [
  ...new Set([...documents.values()].flatMap((d) => [...d.querySelectorAll('style')].map((s) => sha256(s.textContent ?? '')))),
].sort();

interface HeaderRule {
  path: string;
  /** Headers set, in order; a null value is a "! Name" line, which drops what earlier rules set. */
  lines: [string, string | null][];
}

/** Every rule of a _headers file, in file order. */
function headerRules(path: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), lines: [] });
    else if (line.trim().startsWith('!')) rules.at(-1)!.lines.push([line.trim().slice(1).trim(), null]);
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.lines.push([name, value.join(':').trim()]);
    }
  }
  return rules;
}

/** The headers a host that applies every matching rule in order (Cloudflare Pages) sends for a path. */
function headersFor(rules: HeaderRule[], path: string): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!pattern.test(path)) continue;
    for (const [name, value] of rule.lines) {
      if (value === null) delete sent[name];
      else sent[name] = [...(sent[name] ?? []), value];
    }
  }
  return sent;
}

describe('framing: only embed pages may be framed, by any site', () => {
  const rules = headerRules(join(DIST, '_headers'));
  // As sent from dist/: the build adds the inlined stylesheets' hashes to both policies.
  const sitePolicy = withStyleHashes(cspHeader, inlineHashes);
  const embedPolicy = sitePolicy.replace("frame-ancestors 'none'", 'frame-ancestors *');

  it('public/_headers has exactly three rules, the site-wide one, /embed/* and /ko/embed/*, which dist/_headers keeps with the hashes added', () => {
    const hashed = headerRules(join(process.cwd(), 'public/_headers')).map((rule) => ({
      ...rule,
      lines: rule.lines.map(([name, value]): [string, string | null] => [
        name,
        name === 'Content-Security-Policy' && value ? withStyleHashes(value, inlineHashes) : value,
      ]),
    }));
    expect(hashed).toEqual(rules);
    expect(rules.map((r) => r.path)).toEqual(['/*', '/embed/*', '/ko/embed/*']);
  });

  it('the /embed/* and /ko/embed/* rules drop X-Frame-Options and replace the policy with the same one allowing any frame ancestor', () => {
    expect(cspHeader).toContain("frame-ancestors 'none'");
    expect(embedPolicy).not.toBe(sitePolicy);
    expect(rules[2].lines).toEqual(rules[1].lines);
    expect(rules[1].lines).toEqual([
      ['Content-Security-Policy', null],
      ['X-Frame-Options', null],
      ['Content-Security-Policy', embedPolicy],
    ]);
  });

  for (const page of [
    '/',
    '/chapters/the-vehicles/',
    '/data/',
    '/search/',
    '/data/charts/vehicles-by-make.svg',
    '/embedded/',
    '/ko/',
    '/ko/chapters/the-vehicles/',
    '/ko/search/',
    '/ko/embedded/',
  ]) {
    it(`${page} still refuses to be framed`, () => {
      const sent = headersFor(rules, page);
      expect(sent['Content-Security-Policy']).toEqual([sitePolicy]);
      expect(sent['X-Frame-Options']).toEqual(['DENY']);
    });
  }

  // Both editions' embed pages: /embed/<id>/ and /ko/embed/<id>/.
  const embeds = builtPages().filter((p) => /^\/(ko\/)?embed\//.test(p));
  it('there are embed pages to frame, as many in Korean as in English', () => {
    expect(embeds.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(0);
    expect(embeds.filter((p) => p.startsWith('/ko/')).length).toBe(embeds.filter((p) => p.startsWith('/embed/')).length);
  });
  for (const page of embeds) {
    it(`${page} may be framed by any site, under one policy that is otherwise the site's`, () => {
      const sent = headersFor(rules, page);
      expect(sent['Content-Security-Policy']).toEqual([embedPolicy]);
      expect(sent['X-Frame-Options']).toBeUndefined();
      for (const name of Object.keys(securityHeaders).filter((n) => n !== 'Content-Security-Policy' && n !== 'X-Frame-Options'))
        expect(sent[name], name).toEqual([securityHeaders[name]]);
      // frame-ancestors means nothing in a meta tag, so the page's own policy cannot refuse the frame.
      const { document } = parseHTML(builtHtml(page));
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).not.toMatch(/frame-ancestors/);
    });
  }
});

describe('security headers and policy', () => {
  it('public/_headers sends exactly the headers in src/lib/security.ts', () => {
    expect(headersFile(join(process.cwd(), 'public/_headers'))).toEqual(securityHeaders);
  });

  it("dist/_headers is public/_headers with the inlined stylesheets' hashes added to style-src", () => {
    expect(inlineHashes.length).toBeGreaterThan(0);
    expect(headersFile(join(DIST, '_headers'))).toEqual({
      ...securityHeaders,
      'Content-Security-Policy': withStyleHashes(securityHeaders['Content-Security-Policy'], inlineHashes),
    });
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
    for (const csp of [securityHeaders['Content-Security-Policy'], headersFile(join(DIST, '_headers'))['Content-Security-Policy']]) {
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-hashes'/);
      expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
    }
    // Only the dev server, which injects its stylesheets as <style> elements, relaxes style-src.
    expect(cspMetaDevServer).toBe(cspMeta.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  });

  it("the meta policy on every page says what dist/_headers says, less the directives a meta tag can't carry", () => {
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
      [...documents.values()].map((d) => d.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''),
    );
    expect(metas.size).toBe(1);
    expect(directives([...metas][0])).toEqual(header);
  });

  it('covers every page of both editions', () => {
    const pages = [...documents.keys()];
    expect(pages.filter((p) => p.startsWith('/ko/')).length).toBe(pages.filter((p) => !p.startsWith('/ko/')).length);
  });

  for (const [page, document] of documents) {
    it(`${page} carries the policy and no inline script, handler or style it does not name`, () => {
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
        withStyleHashes(cspMeta, inlineHashes),
      );
      const inline = [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      );
      expect(handlers).toEqual([]);
      const styled = [...document.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 80));
      expect(styled).toEqual([]);
      // The page's stylesheet is inline, in the head, and no stylesheet is linked.
      expect(document.querySelectorAll('head > style').length).toBeGreaterThan(0);
      expect(document.querySelectorAll('style').length).toBe(document.querySelectorAll('head > style, head > noscript > style').length);
      expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBe(0);
    });
  }
});
