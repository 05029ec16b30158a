import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractsHtml, findExtracts } from './chart-extracts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lux-dist-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'data', 'charts'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'data', 'charts', name), text);
  return dir;
}

describe('findExtracts(dist) and extractsHtml(extracts, base)', () => {
  it('finds nothing when no chart has written an extract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lux-dist-'));
    dirs.push(dir);
    expect(findExtracts(dir).size).toBe(0);
  });

  it('groups a chart’s CSV and JSON under its id, with sizes and checksums, and ignores other files', () => {
    const found = findExtracts(
      dist({ 'vehicles-by-make.csv': 'make,vehicles\nUAZ,537\n', 'vehicles-by-make.json': '[]', 'notes.txt': 'x' }),
    );
    expect([...found.keys()]).toEqual(['vehicles-by-make']);
    expect(found.get('vehicles-by-make')!.map((f) => [f.name, f.bytes])).toEqual([
      ['vehicles-by-make.csv', 22],
      ['vehicles-by-make.json', 2],
    ]);
    // sha256 of "[]"
    expect(found.get('vehicles-by-make')![1].sha256).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945');
  });

  it('writes a table row per chart with links under the base path', () => {
    const html = extractsHtml(findExtracts(dist({ 'a-chart.csv': 'x', 'a-chart.json': '[]' })), '/lux/');
    const doc = parseHTML(`<body>${html}</body>`).document;
    expect(doc.querySelectorAll('tbody tr').length).toBe(1);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/lux/data/charts/a-chart.csv',
      '/lux/data/charts/a-chart.json',
    ]);
  });

  it('writes the Korean data room in Korean, linking the same English-keyed files', () => {
    const html = extractsHtml(findExtracts(dist({ 'a-chart.csv': 'x', 'a-chart.json': '[]' })), '/', 'ko');
    const doc = parseHTML(`<body>${html}</body>`).document;
    expect([...doc.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['차트', '내려받기', '크기', 'SHA-256']);
    expect(doc.querySelector('.data-room__size')?.textContent).toBe('1바이트, 2바이트');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/data/charts/a-chart.csv',
      '/data/charts/a-chart.json',
    ]);
  });
});
