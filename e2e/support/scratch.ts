/** A throwaway copy of the project (sharing node_modules) for builds that are meant to fail. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const COPY = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'pagefind.yml', 'src', 'content', 'data', 'public'];

export interface Scratch {
  dir: string;
  /** Runs `astro build` in the copy; asynchronous, so the test worker stays responsive during a long build. */
  build(env?: Record<string, string>): Promise<{ status: number | null; output: string }>;
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
      // Not spawnSync: a build of both editions takes over a minute on two cores, and a worker
      // blocked that long misses vitest's own messages ("Timeout calling onTaskUpdate").
      const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
        cwd: dir,
        env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
      });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
