// Weighs and times every map: the figure's HTML gzipped (level 9, as a server would) and the time
// to render it, first call (topologies simplified) and warm (average of ten). Prints a table; it
// asserts nothing, since times depend on the machine. Run: npx vite-node src/cli/measure-maps.ts
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { getDataset } from '../lib/data';
import { figureIds, renderFigure } from '../figures';

const data = getDataset();
const rows = figureIds('map').map((id) => {
  const t0 = performance.now();
  const html = renderFigure(id, data);
  const first = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < 10; i++) renderFigure(id, data);
  const warm = (performance.now() - t1) / 10;
  return {
    map: id,
    'raw KB': (Buffer.byteLength(html) / 1024).toFixed(1),
    'gzip KB': (gzipSync(html, { level: 9 }).length / 1024).toFixed(1),
    'first render ms': first.toFixed(0),
    'warm render ms': warm.toFixed(1),
  };
});
console.table(rows);
