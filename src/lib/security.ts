/**
 * The site's security and privacy policy in one place: the Content-Security-Policy every page
 * carries in a meta tag, and the response headers a static host sends (public/_headers must say
 * the same; a build test checks it). Scripts come only from our own origin as files — no inline
 * script, no eval — and nothing is loaded from any other origin.
 */

/**
 * CSP directives. Nothing inline runs or styles the page: style-src is our own stylesheets only
 * (the styles Plot writes inline into its SVG become classes when a chart is serialised, see
 * src/charts/document.ts), and script-src allows 'wasm-unsafe-eval' because site search (Pagefind) compiles its WebAssembly
 * index reader in the browser; it permits WebAssembly compilation only, not eval() or inline script.
 */
export const cspDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** Directives a browser ignores in a <meta> tag; they are sent as headers only. */
const headerOnly = new Set(['frame-ancestors', 'upgrade-insecure-requests']);

function serialise(directives: [string, string[]][]): string {
  return directives.map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The policy as sent in the Content-Security-Policy header. */
export const cspHeader = serialise(Object.entries(cspDirectives));

/** The policy for <meta http-equiv="Content-Security-Policy">, without header-only directives. */
export const cspMeta = serialise(Object.entries(cspDirectives).filter(([name]) => !headerOnly.has(name)));

/**
 * The policy with SHA-256 hashes (as `'sha256-…'` sources) added to style-src. The build puts each
 * page's stylesheet inline (src/cli/inline-css.mjs) and adds its hash so, in dist/, to every meta
 * tag and to _headers alike; the build tests recompute it with this function.
 */
export function withStyleHashes(policy: string, hashes: string[]): string {
  return policy.replace(/(^|;\s*)(style-src)([^;]*)/, (_, lead: string, name: string, values: string) => {
    const kept = values
      .trim()
      .split(/\s+/)
      .filter((v) => v && !v.startsWith("'sha256-"));
    return `${lead}${[name, ...kept, ...[...hashes].sort()].join(' ')}`;
  });
}

/**
 * The meta policy for `astro dev` only: the dev server injects stylesheets as <style> elements,
 * so style-src adds 'unsafe-inline' there. Never in a build (the build tests check every page).
 */
export const cspMetaDevServer = cspMeta.replace(/(^|; )style-src ([^;]*)/, "$1style-src $2 'unsafe-inline'");

/** Every header a static host should send with every response. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspHeader,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), interest-cohort=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
