// @ts-check
import { defineConfig } from 'astro/config';
import { chartExtracts } from './src/integrations/chart-extracts.ts';
import { editorChecks } from './src/integrations/editor-checks.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// No usage reports to Astro from editors' machines or CI. Set here rather than as `VAR=1 astro …`
// in package.json, which Windows shells cannot run; Astro reads the variable after loading this file.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Where the site is published. SITE_URL gives canonical and share URLs their origin; BASE_PATH
// lets the site live under a sub-path (e.g. "/lux-loaded/" on GitHub Pages).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Editors and CI build the same static site; nothing here assumes a server.
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  // English at the root, Korean under /ko/ with the same slugs (src/lib/i18n/langs.ts). The pages
  // themselves live once, under src/pages/[...locale]/, and list both languages in getStaticPaths.
  i18n: { defaultLocale: 'en', locales: ['en', 'ko'], routing: { prefixDefaultLocale: false } },
  // Stylesheets stay files: the CSP's style-src is 'self' with no inline exception.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [editorChecks(), sitemap(), chartExtracts()],
  vite: {
    // Emit every script as a file rather than inlining it, so the CSP can say script-src 'self'
    // with no inline exception (src/lib/security.ts).
    build: { assetsInlineLimit: 0 },
  },
});
