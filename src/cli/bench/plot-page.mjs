// The comparison page for the benchmark: the same built page, with one chart's prerendered SVG
// removed and Observable Plot drawing it in the browser instead, from the same spec and rows. It
// lives only in a scratch folder and is never published.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The source of the Node module that computes chart `id`'s rows exactly as the build does. */
function rowsModule(root, id) {
  return `import { getDataset } from ${JSON.stringify(join(root, 'src/lib/data/index.ts'))};
import { charts } from ${JSON.stringify(join(root, 'src/figures/index.ts'))};
export const rows = charts[${JSON.stringify(id)}].rows(getDataset());`;
}

/** The source of the browser script: Plot and the chart's spec, drawing into the empty figure. */
function browserModule(root, scratch, id) {
  return `import * as mod from ${JSON.stringify(join(root, `src/charts/${id}.ts`))};
import rows from ${JSON.stringify(join(scratch, 'rows.json'))};
const spec = Object.values(mod).find((v) => v && typeof v === 'object' && v.id === ${JSON.stringify(id)});
const host = document.querySelector(${JSON.stringify(`#figure-${id} .chart__plot`)});
// The same switch as the container query in figures.css (42rem).
const layout = host.clientWidth >= 672 ? 'wide' : 'narrow';
// The charts word their marks in the page's language (the build passes it the same way).
const lang = document.documentElement.lang.startsWith('ko') ? 'ko' : 'en';
const svg = spec.render(rows, { width: layout === 'wide' ? 720 : 300, layout, document, lang });
svg.removeAttribute('width');
svg.removeAttribute('height');
svg.setAttribute('class', 'chart-svg chart-svg--' + layout + ' ' + (svg.getAttribute('class') || ''));
svg.setAttribute('role', 'group');
svg.setAttribute('aria-labelledby', ${JSON.stringify(`${id}-title`)});
host.prepend(svg);`;
}

/** The page with chart `id`'s two SVGs removed and the script loaded from <head> (module scripts defer). */
export function withClientChart(html, id, pagePath) {
  const figure = new RegExp(`(<figure[^>]*id="figure-${id}"[\\s\\S]*?<lux-tooltips class="chart__plot">)[\\s\\S]*?(</lux-tooltips>)`);
  if (!figure.test(html)) throw new Error(`The figure "${id}" was not found on ${pagePath}.`);
  // Plot in the browser writes style attributes and a <style> element, which the site's strict
  // policy refuses; the comparison page allows inline styles (a hash would switch that off).
  return html
    .replace(figure, '$1$2')
    .replace(/style-src [^;"]*/, "style-src 'self' 'unsafe-inline'")
    .replace('</head>', '<script type="module" src="/bench/plot-chart.js"></script></head>');
}

/**
 * Bundles JSON files (world-atlas, data/) into the rows module: left external, Node 20 would refuse
 * to import them without an import attribute.
 */
const inlineJson = {
  name: 'inline-json',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => ({ path: createRequire(join(args.resolveDir, 'index.js')).resolve(args.path) }));
  },
};

/** Computes the rows in Node and writes them to `scratch/rows.json`. */
async function writeRows(root, scratch, id) {
  const rowsEntry = join(scratch, 'rows-entry.mjs');
  writeFileSync(rowsEntry, rowsModule(root, id));
  const outfile = join(scratch, 'rows.mjs');
  await build({
    entryPoints: [rowsEntry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    plugins: [inlineJson],
    outfile,
    logLevel: 'error',
  });
  const { rows } = await import(outfile);
  writeFileSync(join(scratch, 'rows.json'), JSON.stringify(rows));
}

/** Bundles the browser script into `script`. */
async function writeBrowserScript(root, scratch, id, script) {
  const entry = join(scratch, 'plot-entry.mjs');
  writeFileSync(entry, browserModule(root, scratch, id));
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    outfile: script,
    logLevel: 'error',
  });
}

/**
 * Copies `dist` into `scratch/site`, writes `/bench/plot-page/index.html` (a copy of `pagePath`
 * whose chart `id` is drawn client-side) and returns its path and the size of the script it loads.
 */
export async function buildPlotPage({ root, dist, scratch, pagePath, id }) {
  const site = join(scratch, 'site');
  cpSync(dist, site, { recursive: true });
  // The Node bundle of the rows keeps packages external; they resolve through this link.
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  await writeRows(root, scratch, id);
  const script = join(site, 'bench', 'plot-chart.js');
  await writeBrowserScript(root, scratch, id, script);
  const page = withClientChart(readFileSync(join(dist, pagePath, 'index.html'), 'utf8'), id, pagePath);
  mkdirSync(join(site, 'bench', 'plot-page'), { recursive: true });
  writeFileSync(join(site, 'bench', 'plot-page', 'index.html'), page);
  const code = readFileSync(script);
  return { site, path: '/bench/plot-page/', script: { raw: code.length, gzip: gzipSync(code, { level: 9 }).length } };
}
