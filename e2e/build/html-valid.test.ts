// Every built page is valid HTML: html-validate's recommended rules, with two switched off in
// .htmlvalidate.json: no-inline-style, because Plot writes style attributes into its SVG; and
// no-redundant-role, because the data tables restate their table roles on purpose (the phone
// layout changes their display, and browsers then drop the table semantics).
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
