// Data is text, never markup: a scratch build whose records hold HTML in their names must print
// those names as text in pages, charts, maps, tooltips and downloads, and run none of it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { scratchCopy, type Scratch } from '../support/scratch';

const COMPANY = 'Han <script>alert("company")</script> Trade & "Sons"';
const MAKE = 'Mitsu<img src=x onerror="alert(\'make\')">bishi';
const PLACE = 'Busan</title><script>alert("place")</script>';

let scratch: Scratch;
let dist: string;

function rename(file: string, id: string, name: string) {
  const path = join(scratch.dir, 'data', file);
  const records = JSON.parse(readFileSync(path, 'utf8')) as { id: string; name: string }[];
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`${file} has no record "${id}"`);
  record.name = name;
  writeFileSync(path, JSON.stringify(records, null, 2));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

beforeAll(async () => {
  scratch = scratchCopy();
  rename('facilitators.json', 'han-trade', COMPANY);
  rename('vehicle-makes.json', 'mitsubishi', MAKE);
  rename('places.json', 'busan', PLACE);
  const { status, output } = await scratch.build();
  if (status !== 0) throw new Error(`The scratch build failed:\n${output.slice(-3000)}`);
  dist = join(scratch.dir, 'dist');
}, 240_000);
afterAll(() => scratch?.remove());

describe('names that contain HTML', () => {
  it('never become elements: no injected script, image or handler on any page', () => {
    for (const file of htmlFiles(dist)) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const scripts = [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert('));
      expect(
        scripts.map((s) => s.outerHTML),
        file,
      ).toEqual([]);
      expect(document.querySelectorAll('img[onerror], [onerror]').length, file).toBe(0);
    }
  });

  it('print as text on the entity pages', () => {
    const company = parseHTML(readFileSync(join(dist, 'facilitators/han-trade/index.html'), 'utf8')).document;
    expect(company.querySelector('h1')?.textContent).toBe(COMPANY);
    const make = parseHTML(readFileSync(join(dist, 'makes/mitsubishi/index.html'), 'utf8')).document;
    expect(make.querySelector('h1')?.textContent).toContain(MAKE);
  });

  it('stay text in the chart and map tooltips and labels', () => {
    const pages = htmlFiles(dist).map((f) => parseHTML(readFileSync(f, 'utf8')).document);
    const tips = pages.flatMap((d) => [...d.querySelectorAll('[data-tip-title]')].map((el) => el.getAttribute('data-tip-title')));
    expect(tips).toContain(MAKE);
    expect(tips.some((t) => t?.includes(PLACE))).toBe(true);
    const svgText = pages.flatMap((d) => [...d.querySelectorAll('svg text')].map((t) => t.textContent));
    expect(svgText.some((t) => t?.includes('Mitsu<img'))).toBe(true);
  });

  it('come back unchanged from the JSON and CSV downloads', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/facilitators.json'), 'utf8')) as { id: string; name: string }[];
    expect(json.find((r) => r.id === 'han-trade')?.name).toBe(COMPANY);
    const csv = parseCsv(readFileSync(join(dist, 'data/vehicle-makes.csv'), 'utf8'));
    expect(csv.some((row) => Object.values(row).includes(MAKE))).toBe(true);
    const chart = parseCsv(readFileSync(join(dist, 'data/charts/vehicles-by-make.csv'), 'utf8'));
    expect(chart.some((row) => Object.values(row).includes(MAKE))).toBe(true);
  });
});
