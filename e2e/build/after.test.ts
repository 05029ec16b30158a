// Build tests over dist/: the chapter "After the report" prints its numbers from the records of
// the years after the report, says once that the yearly series has holes, and is in the contents.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { citableFigures, printFigure } from '../../src/lib/figures';
import { builtHtml } from '../support/dist';

const PAGE = '/chapters/after-the-report/';
const data = getDataset();
const figures = citableFigures(data);
const text = () => parseHTML(builtHtml(PAGE)).document.querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the chapter after the report', () => {
  it('prints the 2023 total and the first half of 2024 from the yearly series', () => {
    const body = text();
    for (const id of ['seoul-list-imports-2023', 'seoul-list-imports-2024-h1']) {
      const figure = figures.get(id);
      expect(figure, id).toBeDefined();
      const row = data.chinaLuxuryImports.find((r) => r.figure === id);
      expect(row?.value, id).toBe(figure?.value);
      expect(body).toContain(printFigure(figure!).replace(/\s+/g, ' '));
    }
  });

  it('says once that the missing years are not filled in', () => {
    const body = text();
    expect(body.match(/do not fill the missing years/g)).toHaveLength(1);
    expect(body.match(/trail goes cold/g)).toHaveLength(1);
  });

  it('is linked from the chapter before it', () => {
    expect(builtHtml('/chapters/what-remains-unknown/')).toContain(`href="${PAGE}"`);
  });
});
