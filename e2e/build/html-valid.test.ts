// Every built page is valid HTML: html-validate's recommended rules, none switched off (the config
// is checked below, so a rule cannot be turned off quietly). Plot's inline styles become classes
// when charts are serialised, and tables keep their native roles without restating them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate over dist/', () => {
  it('runs the recommended rules with none switched off or weakened', () => {
    const config = JSON.parse(readFileSync(join(process.cwd(), '.htmlvalidate.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toEqual({ extends: ['html-validate:recommended'] });
  });

  // Every page of both editions (the Korean under /ko/), not a sample.
  it('covers both editions, page for page', () => {
    const pages = builtPages();
    expect(pages.filter((p) => p.startsWith('/ko/')).length).toBe(pages.filter((p) => !p.startsWith('/ko/')).length);
  });

  for (const page of builtPages()) {
    it(`${page} has no errors`, async () => {
      const report = await validator.validateFile(join(DIST, page, 'index.html'));
      const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(errors).toEqual([]);
    });
  }
});
