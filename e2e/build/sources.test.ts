// Build test over dist/sources/: every source shows either its headline as published (marked with its
// language, followed by our translation when it is not English) or our description, marked as such.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { typeset } from '../../src/lib/typography';
import { builtHtml } from '../support/dist';

const data = getDataset();

describe('/sources/', () => {
  it('shows each source’s original headline or a marked description, and counts them', () => {
    const d = parseHTML(builtHtml('/sources/')).document;
    const counts = { original: 0, translated: 0, description: 0 };
    for (const source of data.sources) {
      const entry = d.getElementById(source.id);
      expect(entry, source.id).not.toBeNull();
      const title = entry!.querySelector('.citation__title')!;
      expect(title, source.id).not.toBeNull();
      const shown = source.titleSupplied ? title.textContent!.replace(/^\[|\]$/g, '') : title.textContent;
      expect(shown, source.id).toBe(typeset(source.title));
      const translation = entry!.querySelector('.citation__translation');
      if (source.titleSupplied) {
        counts.description++;
        expect(title.getAttribute('data-title'), source.id).toBe('description');
        expect(title.textContent, source.id).toMatch(/^\[.*\]$/);
        expect(translation, source.id).toBeNull();
      } else {
        counts.original++;
        expect(title.getAttribute('data-title'), source.id).toBe('original');
        if (source.language === 'en') {
          expect(title.hasAttribute('lang'), source.id).toBe(false);
          expect(translation, source.id).toBeNull();
        } else {
          counts.translated++;
          expect(title.getAttribute('lang'), source.id).toBe(source.language);
          expect(translation?.textContent, source.id).toBe(`(in English: ${typeset(source.titleEnglish!)})`);
        }
      }
    }
    expect(counts.original + counts.description).toBe(data.sources.length);
    // The counts the page shows today; they move as more headlines are recovered from stored copies.
    expect(counts.original).toBe(data.sources.filter((s) => !s.titleSupplied).length);
    expect(counts.original).toBeGreaterThan(40);
    console.info(`/sources/: ${counts.original} original headlines (${counts.translated} translated), ${counts.description} descriptions`);
  });
});
