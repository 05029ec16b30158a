// Weighs and times every map: the figure's HTML gzipped (level 9, as a server would) and the time
// to render it, first call (topologies simplified) and warm (average of ten). Prints a table; it
// asserts nothing, since times depend on the machine. Run: npx vite-node src/cli/measure-maps.ts
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { getDataset } from '../lib/data';
import { maps } from '../maps';

const data = getDataset();
const rows = Object.values(maps).map((spec) => {
  const t0 = performance.now();
  const html = spec.render(data);
  const first = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < 10; i++) spec.render(data);
  const warm = (performance.now() - t1) / 10;
  return {
    map: spec.id,
    'raw KB': (Buffer.byteLength(html) / 1024).toFixed(1),
    'gzip KB': (gzipSync(html, { level: 9 }).length / 1024).toFixed(1),
    'first render ms': first.toFixed(0),
    'warm render ms': warm.toFixed(1),
  };
});
console.table(rows);
