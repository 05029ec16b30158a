// `npm run bench` (a measurement, not a test): builds the site with `npm run build` (so the fonts
// are subset and the search built, as published), prints per page the client JavaScript (KB gzip,
// against the 10 KB budget) and the total transfer as Chromium loads the page from a gzip-serving
// server, then times the first chart until painted on our prerendered page against the same chart
// drawn in the browser by Plot on a comparison page. The comparison page is a copy of the built
// page (same HTML, same stylesheet, same subset fonts) with only that chart's SVG taken out and a
// script that draws it put in. Several runs each, alternating, a fresh browser context per run;
// both medians, their spread (min–max) and the ratio of the medians. Then Lighthouse (mobile
// profile) on the home page and every chapter, and the build time with the data scaled 10× and
// 100× in scratch copies, as ratios to the 1× build.
// Options: --runs N (default 7), --no-build (measure the existing dist/), --no-lighthouse,
// --lighthouse-runs N (default 3, each page in both editions), --lighthouse-reports DIR (keep each
// run's JSON report), --only-lighthouse (skip sections 1 and 2), --pages /a/,/ko/b/ (Lighthouse on
// these pages only), --no-scale, --scale 1,10,100 (the factors to build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';
import { pageJavaScript } from './bench/js-size.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { timeScaledBuild } from './bench/scale.mjs';
import { buildPlotPage } from './bench/plot-page.mjs';
import { serveStatic } from './bench/serve.mjs';

const root = process.cwd();
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs')) || 7;
const lighthouseRuns = Number(option('--lighthouse-runs')) || 3;
const onlyLighthouse = args.includes('--only-lighthouse');
// How long the paint-timing section waits for a chart to paint before it reports the run as failed.
const PAINT_TIMEOUT_MS = 60_000;
const BUDGET = 10 * 1024;

const conditions = [
  { name: 'desktop, no throttling', viewport: { width: 1280, height: 900 } },
  {
    name: 'phone: 4× slower CPU, 1.6 Mbps, 150 ms RTT',
    viewport: { width: 375, height: 740 },
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const pad = (text, n) => String(text).padEnd(n);
const padStart = (text, n) => String(text).padStart(n);

if (!args.includes('--no-build')) {
  process.stdout.write('Building the site (npm run build)… ');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  if (result.status !== 0) {
    console.error(`failed.\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  console.log('done.');
}
if (!existsSync(dist)) {
  console.error('dist/ is missing: run without --no-build.');
  process.exit(1);
}

const pages = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === 'index.html') pages.push(`/${relative(dist, dir).split(sep).join('/')}/`.replace(/\/+/g, '/'));
  }
})(dist);
pages.sort();

/** The home page and every chapter, in English and in Korean. */
function lighthouseTarget(path) {
  return /^\/(ko\/)?(chapters\/[^/]+\/)?$/.test(path);
}

const executablePath = await findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// The first chart of the first page that has one.
const chartPage = pages.find((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('data-chart="'));
const chartId = chartPage && /data-chart="([^"]+)"/.exec(readFileSync(join(dist, chartPage, 'index.html'), 'utf8'))[1];

const scratch = mkdtempSync(join(tmpdir(), 'lux-bench-'));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const comparison = chartId ? await buildPlotPage({ root, dist, scratch, pagePath: chartPage, id: chartId }) : null;
  const server = await serveStatic(comparison?.site ?? dist);

  // 1. Per page: JavaScript and everything Chromium transfers to show it.
  if (!onlyLighthouse) await perPage();
  async function perPage() {
    console.log(`\nPer page (JavaScript: inline scripts plus linked /_astro/ files and their imports, gzip -9;`);
    console.log(`transfer: every response Chromium receives for the page at 1280 px, served with gzip)\n`);
    console.log(
      `${pad('page', 36)}${padStart('JS gzip', 10)}  ${pad('budget 10 KB', 14)}${padStart('transfer', 11)}${padStart('requests', 10)}`,
    );
    let over = 0;
    const transfers = new Map();
    for (const path of pages) {
      const js = pageJavaScript(dist, readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const finished = [];
      page.on('requestfinished', (request) => finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const transfer = (await Promise.all(finished)).reduce((a, b) => a + b, 0);
      await context.close();
      transfers.set(path, transfer);
      if (js.gzip > BUDGET) over++;
      const verdict = js.gzip <= BUDGET ? `ok (${Math.round((js.gzip / BUDGET) * 100)}%)` : 'OVER';
      console.log(
        `${pad(path, 36)}${padStart(kb(js.gzip), 10)}  ${pad(verdict, 14)}${padStart(kb(transfer), 11)}${padStart(finished.length, 10)}`,
      );
    }

    const HOME_GOAL = 60 * 1024;
    if (transfers.has('/')) {
      const home = transfers.get('/');
      console.log(
        `\nHome page, total transfer on first load: ${kb(home)} (goal under ${kb(HOME_GOAL)}: ${home < HOME_GOAL ? 'met' : 'not met'})`,
      );
    }
    console.log(over ? `\n${over} page(s) over the 10 KB JavaScript budget.` : '\nEvery page is within the 10 KB JavaScript budget.');
  }

  // 2. First chart painted: prerendered SVG against Plot in the browser.
  if (comparison && !onlyLighthouse) {
    console.log(`\nFirst chart painted: "${chartId}" on ${chartPage}`);
    console.log(`  ours: the SVG is in the HTML (no script needed to draw it)`);
    console.log(`  Plot: ${comparison.path} in a scratch folder, the same page drawing the chart with Plot + the spec`);
    console.log(`        (${kb(comparison.script.gzip)} gzip of JavaScript, ${kb(comparison.script.raw)} raw)`);
    console.log(`  ${runs} runs each, alternating, fresh context per run; time from navigation start to the frame that paints the chart\n`);
    const probe = `window.__chartPainted = new Promise((resolve) => {
      const tick = () => {
        const svg = [...document.querySelectorAll(${JSON.stringify(`#figure-${chartId} svg.chart-svg`)})].find((s) => s.getBoundingClientRect().width > 0);
        if (!svg) return requestAnimationFrame(tick);
        // This frame paints the chart; a message posted now is handled once it has been rendered.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(tick);
    });`;
    console.log(
      `${pad('condition', 46)}${padStart('ours', 10)}${padStart('min–max', 13)}${padStart('Plot', 10)}${padStart('min–max', 13)}${padStart('Plot ÷ ours', 13)}`,
    );
    const failures = [];
    for (const condition of conditions) {
      const times = { ours: [], plot: [] };
      for (let run = 0; run < runs; run++) {
        const order = run % 2 ? ['plot', 'ours'] : ['ours', 'plot'];
        for (const which of order) {
          const context = await browser.newContext({ viewport: condition.viewport });
          await context.addInitScript(probe);
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          if (condition.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
          if (condition.network) {
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', condition.network);
          }
          await page.goto(server.url + (which === 'ours' ? chartPage : comparison.path), { waitUntil: 'load' });
          // A chart that never paints (a changed selector, a figure hidden at this width) is reported, not waited on forever.
          let timer;
          const painted = await Promise.race([
            page.evaluate(() => window.__chartPainted),
            new Promise((resolve) => (timer = setTimeout(() => resolve(null), PAINT_TIMEOUT_MS))),
          ]).finally(() => clearTimeout(timer));
          await context.close();
          if (painted === null) failures.push(`${condition.name}, ${which}, run ${run + 1}`);
          else times[which].push(painted);
        }
      }
      if (!times.ours.length || !times.plot.length) {
        console.log(`${pad(condition.name, 46)}  no paint measured (see below)`);
        continue;
      }
      const ours = median(times.ours);
      const plot = median(times.plot);
      console.log(
        `${pad(condition.name, 46)}${padStart(`${ours.toFixed(0)} ms`, 10)}${padStart(spread(times.ours), 13)}${padStart(`${plot.toFixed(0)} ms`, 10)}${padStart(spread(times.plot), 13)}${padStart(`${(plot / ours).toFixed(2)}×`, 13)}`,
      );
      console.log(
        `${pad('', 46)}  runs, ours: ${times.ours.map((t) => t.toFixed(0)).join(' ')}; Plot: ${times.plot.map((t) => t.toFixed(0)).join(' ')}`,
      );
    }
    for (const failure of failures) {
      console.log(`  FAILED: the chart did not paint within ${PAINT_TIMEOUT_MS / 1000} s (${failure}); that run is left out.`);
    }
  }

  // 3. Lighthouse on the home page and every chapter, in both editions.
  if (!args.includes('--no-lighthouse')) {
    const chosen = option('--pages')?.split(',');
    const targets = pages.filter((p) => (chosen ? chosen.includes(p) : lighthouseTarget(p)));
    console.log(
      `\nLighthouse 12, mobile profile (emulated phone, simulated slow 4G, 4× CPU), ${lighthouseRuns} run(s) per page, fresh Chromium each;`,
    );
    console.log(`a score shows min–max over the runs when they differ; LCP and TBT: median (min–max), CLS: the largest\n`);
    console.log(
      `${pad('page', 40)}${padStart('perf', 8)}${padStart('a11y', 8)}${padStart('best', 8)}${padStart('seo', 8)}${padStart('LCP s', 18)}${padStart('CLS', 8)}${padStart('TBT ms', 16)}`,
    );
    const range = (values, digits = 0) => {
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      return lo === hi ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
    };
    const withMedian = (values, digits) => `${median(values).toFixed(digits)} (${range(values, digits)})`;
    const below = [];
    for (const r of await lighthouseScores(
      targets.map((p) => server.url + p),
      executablePath,
      { runs: lighthouseRuns, reportDir: option('--lighthouse-reports') },
    )) {
      const path = new URL(r.url).pathname;
      const score = (c) => range(r.runs.map((run) => run.scores[c]));
      console.log(
        `${pad(path, 40)}${padStart(score('performance'), 8)}${padStart(score('accessibility'), 8)}${padStart(score('best-practices'), 8)}${padStart(score('seo'), 8)}${padStart(
          withMedian(
            r.runs.map((run) => run.lcp / 1000),
            2,
          ),
          18,
        )}${padStart(Math.max(...r.runs.map((run) => run.cls)).toFixed(3), 8)}${padStart(
          withMedian(
            r.runs.map((run) => run.tbt),
            0,
          ),
          16,
        )}`,
      );
      const failing = [...new Set(r.runs.flatMap((run) => run.failing))];
      if (failing.length) console.log(`${pad('', 40)}  below 0.9 in some run: ${failing.join(', ')}`);
      if (r.runs.some((run) => Object.values(run.scores).some((v) => v < 100))) below.push(path);
    }
    console.log(
      below.length
        ? `\nBelow 100 in some category in some run: ${below.join(' ')}`
        : '\nEvery page scored 100 in all four categories in every run.',
    );
  }
  await server.close();
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}

// 4. Build time as the data grows, each scaled build in its own scratch copy.
if (!args.includes('--no-scale')) {
  const factors = (args.includes('--scale') ? args[args.indexOf('--scale') + 1] : '1,10,100').split(',').map(Number);
  console.log(`\nBuild time (npm run build, one build each) with every stand-alone data file scaled:\n`);
  console.log(`${pad('data', 8)}${padStart('records', 10)}${padStart('pages', 8)}${padStart('build', 10)}${padStart('÷ 1×', 9)}`);
  const timings = [];
  for (const factor of factors) {
    const t = timeScaledBuild(root, factor);
    timings.push(t);
    const one = timings.find((x) => x.factor === 1);
    console.log(
      `${pad(`${factor}×`, 8)}${padStart(t.records, 10)}${padStart(t.pages, 8)}${padStart(`${t.seconds.toFixed(1)} s`, 10)}${padStart(one ? `${(t.seconds / one.seconds).toFixed(2)}×` : '', 9)}`,
    );
  }
}
