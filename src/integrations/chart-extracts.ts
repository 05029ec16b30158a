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
import { formatNumber } from '../lib/format';
import { escapeHtml } from '../lib/html';
import type { Lang } from '../lib/i18n/langs';
import { figureWords } from '../lib/i18n/ui/figures';

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

/** A file size in the data room's style: "812 bytes", "3.4 KB" ("812바이트", "3.4KB"). */
function sizeText(bytes: number, lang: Lang): string {
  if (bytes < 1024) return figureWords(lang, 'bytes', { n: formatNumber(bytes, lang) });
  return figureWords(lang, 'kilobytes', { n: formatNumber(Math.round((bytes / 1024) * 10) / 10, lang) });
}

/** The room's chart-extracts section as HTML, for the extracts found, in the room's language. */
export function extractsHtml(byChart: Map<string, Extract[]>, base: string, lang: Lang = 'en'): string {
  const w = (key: Parameters<typeof figureWords>[1]) => escapeHtml(figureWords(lang, key));
  const rows = [...byChart]
    .map(([id, files]) => {
      const links = files
        .map(
          (f) =>
            `<a href="${escapeHtml(`${base}data/charts/${f.name}`)}" download data-sha256="${f.sha256}" data-bytes="${f.bytes}">${escapeHtml(f.name)}</a>`,
        )
        .join(', ');
      const sizes = files.map((f) => sizeText(f.bytes, lang)).join(', ');
      const hashes = files.map((f) => `<code class="data-room__hash">${f.sha256}</code>`).join(' ');
      return `<tr><th scope="row"><code>${escapeHtml(id)}</code></th><td>${links}</td><td class="data-room__size">${sizes}</td><td>${hashes}</td></tr>`;
    })
    .join('');
  return `<p>${w('extractsIntro')}</p><div class="table-scroll"><table class="data-room__downloads"><caption class="visually-hidden">${w('extractsCaption')}</caption><thead><tr><th scope="col">${w('extracts.chart')}</th><th scope="col">${w('extracts.downloads')}</th><th scope="col">${w('extracts.size')}</th><th scope="col">SHA-256</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Writes the extracts into a data room's <div data-chart-extracts>; a room without one fails the build, naming it. */
function fillRoom(room: string, extracts: Map<string, Extract[]>, base: string, lang: Lang): void {
  const html = readFileSync(room, 'utf8');
  const marker = /(<div data-chart-extracts[^>]*>)[\s\S]*?(<\/div>)/;
  if (!marker.test(html))
    throw new Error(`chart-extracts: the data room ${room} has no <div data-chart-extracts> to list the extracts in; add one to its page.`);
  writeFileSync(
    room,
    html.replace(marker, (_, open: string, close: string) => `${open}${extractsHtml(extracts, base, lang)}${close}`),
  );
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
        fillRoom(join(dist, 'data', 'index.html'), extracts, base, 'en');
        // The Korean data room (/ko/data/) lists the same English-keyed files, in Korean.
        const koRoom = join(dist, 'ko', 'data', 'index.html');
        if (existsSync(koRoom)) fillRoom(koRoom, extracts, base, 'ko');
        const sums = [...extracts.values()].flat().map((f) => `${f.sha256}  charts/${f.name}\n`);
        appendFileSync(join(dist, 'data', 'SHA256SUMS'), sums.join(''));
        logger.info(`listed ${extracts.size} chart extracts in the data room.`);
      },
    },
  };
}
