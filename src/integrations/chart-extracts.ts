/**
 * After the build, lists the charts' own data extracts (dist/data/charts/<id>.csv and .json, which
 * the chart pages write) in the data room, with their sizes and checksums, and adds them to
 * SHA256SUMS. It reads what the build produced rather than the chart registry, so extracts appear
 * in the room as soon as they exist, however they are made.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatBytes } from '../lib/data-room/format';
import { escapeHtml } from '../lib/html';

interface Extract {
  name: string;
  bytes: number;
  sha256: string;
}

/** The extracts in a built site's data/charts folder, by chart id, CSV before JSON. */
export function findExtracts(dist: string): Map<string, Extract[]> {
  const dir = join(dist, 'data', 'charts');
  const byChart = new Map<string, Extract[]>();
  if (!existsSync(dir)) return byChart;
  for (const name of readdirSync(dir).sort()) {
    const match = /^(.+)\.(csv|json)$/.exec(name);
    if (!match) continue;
    const buffer = readFileSync(join(dir, name));
    const extract = { name, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
    byChart.set(match[1], [...(byChart.get(match[1]) ?? []), extract]);
  }
  return byChart;
}

/** The room's chart-extracts section as HTML, for the extracts found. */
export function extractsHtml(byChart: Map<string, Extract[]>, base: string): string {
  const rows = [...byChart]
    .map(([id, files]) => {
      const links = files
        .map(
          (f) =>
            `<a href="${escapeHtml(`${base}data/charts/${f.name}`)}" download data-sha256="${f.sha256}" data-bytes="${f.bytes}">${escapeHtml(f.name)}</a>`,
        )
        .join(', ');
      const sizes = files.map((f) => formatBytes(f.bytes)).join(', ');
      const hashes = files.map((f) => `<code class="data-room__hash">${f.sha256}</code>`).join(' ');
      return `<tr><th scope="row"><code>${escapeHtml(id)}</code></th><td>${links}</td><td class="data-room__size">${sizes}</td><td>${hashes}</td></tr>`;
    })
    .join('');
  return `<p>Each chart’s own data, as drawn: the rows behind its marks, taken from the files above.</p><div class="table-scroll"><table class="data-room__downloads"><caption class="visually-hidden">Chart extracts</caption><thead><tr><th scope="col">Chart</th><th scope="col">Downloads</th><th scope="col">Size</th><th scope="col">SHA-256</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function chartExtracts(): AstroIntegration {
  let base = '/';
  return {
    name: 'chart-extracts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const extracts = findExtracts(dist);
        if (extracts.size === 0) return;
        const room = join(dist, 'data', 'index.html');
        const html = readFileSync(room, 'utf8');
        const marker = /(<div data-chart-extracts[^>]*>)[\s\S]*?(<\/div>)/;
        if (!marker.test(html)) throw new Error('chart-extracts: the data room has no <div data-chart-extracts> to list the extracts in.');
        writeFileSync(
          room,
          html.replace(marker, (_, open: string, close: string) => `${open}${extractsHtml(extracts, base)}${close}`),
        );
        const sums = [...extracts.values()].flat().map((f) => `${f.sha256}  charts/${f.name}\n`);
        appendFileSync(join(dist, 'data', 'SHA256SUMS'), sums.join(''));
        logger.info(`listed ${extracts.size} chart extracts in the data room.`);
      },
    },
  };
}
