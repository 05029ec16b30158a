/** A throwaway copy of the project (sharing node_modules) for builds that are meant to fail. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const COPY = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'pagefind.yml', 'src', 'content', 'data', 'public'];

export interface Scratch {
  dir: string;
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

export function scratchCopy(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'lux-scratch-'));
  for (const name of COPY) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    build(env = {}) {
      // Vitest exports BASE_URL, MODE, NODE_ENV=test and friends; a real build must not inherit them.
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name)),
      );
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
