// The workers that compress the Korean subsets to WOFF2 (src/cli/fonts/subset-worker.mjs), one per
// core, up to four: the compression is what takes the time and runs on one core each.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A pool of subsetting workers, one per core; `run(file, points)` resolves to the WOFF2 subset. */
export function workers(features) {
  const pool = Array.from(
    { length: Math.max(1, Math.min(4, availableParallelism())) },
    () => new Worker(new URL('./subset-worker.mjs', import.meta.url)),
  );
  const waiting = new Map();
  let next = 0;
  for (const worker of pool) {
    worker.on('message', ({ id, subset, error }) => {
      const { resolve, reject } = waiting.get(id);
      waiting.delete(id);
      if (error) reject(new Error(error));
      else resolve(Buffer.from(subset));
    });
  }
  return {
    run: (file, points) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        pool[id % pool.length].postMessage({ id, file, points, features });
      }),
    close: () => Promise.all(pool.map((w) => w.terminate())),
  };
}
