/**
 * SVG snapshot tests for charts and maps. The SVG is normalised (numbers rounded, attributes in a
 * stable order, one element per line) and compared with __snapshots__/<id>.svg beside the spec.
 * On a mismatch the new rendering is written to <id>-changed.svg for a look, and the test fails.
 * A missing snapshot is created locally but fails under CI, so CI never invents a reference.
 * Set UPDATE_SNAPSHOTS=1 to accept intended changes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Rounds every decimal number to `digits` places so sub-pixel noise does not fail a snapshot. */
function roundNumbers(text: string, digits: number): string {
  return text.replace(/-?\d+\.\d+/g, (n) => {
    const rounded = Number(Number(n).toFixed(digits));
    return Object.is(rounded, -0) ? '0' : String(rounded);
  });
}

function serialise(node: Element, depth: number, out: string[], digits: number): void {
  const indent = '  '.repeat(depth);
  const attributes = [...node.attributes]
    .map((a) => [a.name, roundNumbers(a.value, digits)] as const)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  const children = [...node.childNodes];
  const text = children
    .filter((c) => c.nodeType === 3)
    .map((c) => c.textContent?.trim())
    .filter(Boolean)
    .join(' ');
  const elements = children.filter((c): c is Element => c.nodeType === 1);
  const tag = node.tagName.toLowerCase();
  if (elements.length === 0) {
    out.push(`${indent}<${tag}${attributes}>${text}</${tag}>`);
    return;
  }
  out.push(`${indent}<${tag}${attributes}>${text}`);
  for (const child of elements) serialise(child, depth + 1, out, digits);
  out.push(`${indent}</${tag}>`);
}

/** A stable, line-per-element form of an SVG (or any markup holding one). */
export function normaliseSvg(markup: string, digits = 1): string {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const out: string[] = [];
  for (const child of [...document.body.children]) serialise(child, 0, out, digits);
  return `${out.join('\n')}\n`;
}

export interface SnapshotResult {
  pass: boolean;
  message: string;
}

/** Compares `markup` with the stored snapshot `<dir>/__snapshots__/<id>.svg`. */
export function compareSvgSnapshot(dir: string, id: string, markup: string): SnapshotResult {
  const folder = join(dir, '__snapshots__');
  const stored = join(folder, `${id}.svg`);
  const changed = join(folder, `${id}-changed.svg`);
  const actual = normaliseSvg(markup);
  if (process.env.UPDATE_SNAPSHOTS === '1' || (!existsSync(stored) && !process.env.CI)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(stored, actual);
    rmSync(changed, { force: true });
    return { pass: true, message: `wrote ${stored}` };
  }
  if (!existsSync(stored)) {
    return {
      pass: false,
      message: `No snapshot ${stored}. Run the tests locally (without CI set) to create it, look at it, and commit it.`,
    };
  }
  if (readFileSync(stored, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return { pass: true, message: 'matches' };
  }
  writeFileSync(changed, actual);
  return {
    pass: false,
    message: `The SVG for "${id}" differs from ${stored}. The new rendering is in ${changed}: open both, and if the change is intended, rerun with UPDATE_SNAPSHOTS=1.`,
  };
}
