// Builds the site search over dist/ with Pagefind (settings in pagefind.yml), then removes the
// ready-made search interfaces Pagefind also writes: the site has its own (<lux-search>), so they
// would only be dead weight on the server. Run by `npm run build` after `astro build`.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = join(process.cwd(), 'dist', 'pagefind');
// The pagefind package's own runner picks the binary for this platform from node_modules; nothing is downloaded.
const runner = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const result = spawnSync(process.execPath, [runner], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('Pagefind failed, so the site has no search index; the messages above say why.');
  process.exit(result.status ?? 1);
}
const unused = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
for (const name of readdirSync(bundle)) if (unused.test(name)) rmSync(join(bundle, name));

function size(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : stat.size;
}
console.log(`Search index: ${(size(bundle) / 1024).toFixed(1)} KB in dist/pagefind.`);
