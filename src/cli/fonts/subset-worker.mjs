// One worker of the Korean font subsetting (src/cli/fonts/korean.mjs): WOFF2 compression is what
// takes the time, and it runs on one core, so the build spreads the subsets over a worker per core.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import subsetFont from 'subset-font';

const sources = new Map();
parentPort.on('message', async ({ id, file, points, features }) => {
  try {
    if (!sources.has(file)) sources.set(file, readFileSync(file));
    const subset = await subsetFont(sources.get(file), String.fromCodePoint(...points), { targetFormat: 'woff2', keepFeatures: features });
    parentPort.postMessage({ id, subset });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
