// Run by `npm run build` after Pagefind's own CLI (`pagefind`, settings in pagefind.yml) has
// written the search index into dist/pagefind: removes the ready-made search interfaces Pagefind
// also writes, since the site has its own (<lux-search>), checks that each edition has its own
// index (Pagefind splits the index by <html lang>, and pagefind.js loads the one matching the page
// it runs on, so /ko/search/ searches only Korean pages), and prints the index's size.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const bundle = join(process.cwd(), 'dist', 'pagefind');
if (!existsSync(bundle)) {
  console.error('dist/pagefind is missing: run `npm run build`, which runs Pagefind after astro build.');
  process.exit(1);
}
const unused = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
for (const name of readdirSync(bundle)) if (unused.test(name)) rmSync(join(bundle, name));

// One index per edition, named by language: pagefind.en_<hash>.pf_meta, pagefind.ko_<hash>.pf_meta.
const editions = ['en', 'ko'];
const names = readdirSync(bundle);
const missing = editions.filter((lang) => !names.some((name) => name.startsWith(`pagefind.${lang}_`) && name.endsWith('.pf_meta')));
if (missing.length) {
  console.error(
    `dist/pagefind has no search index for ${missing.join(', ')}: no page in that language carries data-pagefind-body, or its <html lang> is wrong (src/layouts/Base.astro).`,
  );
  process.exit(1);
}

function size(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : stat.size;
}
console.log(`Search index: ${(size(bundle) / 1024).toFixed(1)} KB in dist/pagefind, one index per edition (${editions.join(', ')}).`);
