// After a failed browser run: what failed, from Playwright's JSON report, as the last lines of the
// output. A CI log is often read from its tail, and the list reporter prints an error that belongs
// to no test (a crashed worker, a failing hook) somewhere in the middle of 800 lines.
import { existsSync, readFileSync } from 'node:fs';

const firstLines = (text, n = 12) =>
  String(text ?? '')
    // Playwright colours its messages; a log file keeps the escape codes otherwise.
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .slice(0, n)
    .map((line) => `    ${line}`)
    .join('\n');

/** Every test of a suite tree, with the titles that lead to it. */
function* testsOf(suite, titles = []) {
  const path = suite.title ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) yield { title: [...path, spec.title].join(' › '), spec, test };
  for (const child of suite.suites ?? []) yield* testsOf(child, path);
}

/** The summary as text, from the parsed report; empty when nothing failed. */
export function summariseReport(report) {
  const lines = [];
  for (const error of report.errors ?? []) lines.push(`  Error outside any test:\n${firstLines(error.stack ?? error.message)}`);
  for (const { title, spec, test } of (report.suites ?? []).flatMap((s) => [...testsOf(s)])) {
    const where = `${spec.file}:${spec.line}`;
    if (test.status === 'unexpected') {
      const last = test.results?.at(-1);
      lines.push(`  ✘ ${where} › ${title}\n${firstLines(last?.error?.stack ?? last?.error?.message ?? '(no message)')}`);
    } else if (test.status === 'skipped' && !(test.results ?? []).length) lines.push(`  – did not run: ${where} › ${title}`);
  }
  return lines.length ? `\nWhat failed in the browser tests (from test-results/report.json):\n${lines.join('\n')}\n` : '';
}

/** Prints the summary of the report at `file`, if there is one. */
export function printBrowserSummary(file = 'test-results/report.json') {
  if (!existsSync(file)) return;
  try {
    const text = summariseReport(JSON.parse(readFileSync(file, 'utf8')));
    if (text) console.error(text);
  } catch (error) {
    console.error(`(The browser report ${file} could not be read: ${error.message})`);
  }
}
