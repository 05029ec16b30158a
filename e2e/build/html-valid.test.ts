// Every built page is valid HTML (html-validate, recommended rules; see .htmlvalidate.json for the
// one rule switched off and why).
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate over dist/', () => {
  for (const page of builtPages()) {
    it(`${page} has no errors`, async () => {
      const report = await validator.validateFile(join(DIST, page, 'index.html'));
      const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(errors).toEqual([]);
    });
  }
});
