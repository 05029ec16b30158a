import { describe, expect, it } from 'vitest';
import { summariseReport } from './browser-summary.mjs';

const spec = (title: string, line: number, status: string, results: unknown[]) => ({
  title,
  file: 'embeds.spec.ts',
  line,
  tests: [{ status, results }],
});

describe('the summary of a failed browser run', () => {
  it('says nothing when every test passed', () => {
    expect(summariseReport({ errors: [], suites: [{ title: 'a.spec.ts', specs: [spec('works', 3, 'expected', [{}])] }] })).toBe('');
  });

  it('repeats an error outside any test, each failure with its place and message, and the tests that never ran', () => {
    const text = summariseReport({
      errors: [{ message: 'worker crashed', stack: 'Error: worker process exited unexpectedly\n    at x' }],
      suites: [
        {
          title: 'embeds.spec.ts',
          specs: [spec('passes', 5, 'expected', [{}])],
          suites: [
            {
              title: 'on the site',
              specs: [
                spec('frames the figure', 40, 'unexpected', [{ error: { message: '\u001b[31mexpected 1\u001b[39m to be 2' } }]),
                spec('resizes', 60, 'skipped', []),
              ],
            },
          ],
        },
      ],
    });
    expect(text).toContain('Error outside any test:\n    Error: worker process exited unexpectedly');
    expect(text).toContain('✘ embeds.spec.ts:40 › embeds.spec.ts › on the site › frames the figure\n    expected 1 to be 2');
    expect(text).toContain('– did not run: embeds.spec.ts:60 › embeds.spec.ts › on the site › resizes');
    expect(text).not.toContain('passes');
  });
});
