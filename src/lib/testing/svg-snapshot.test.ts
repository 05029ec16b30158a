import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareSvgSnapshot, normaliseSvg } from './svg-snapshot';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  vi.unstubAllEnvs();
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'lux-snap-'));
  dirs.push(d);
  return d;
};

describe('normaliseSvg(markup)', () => {
  it('rounds numbers, orders attributes and puts one element on a line', () => {
    expect(normaliseSvg('<svg viewBox="0 0 10.04 5"><rect y="1.26" x="0.333"/><text x="2">Hi</text></svg>')).toBe(
      '<svg viewBox="0 0 10 5">\n  <rect x="0.3" y="1.3"></rect>\n  <text x="2">Hi</text>\n</svg>\n',
    );
  });
});

describe('compareSvgSnapshot(dir, id, markup)', () => {
  it('creates a missing snapshot locally, then matches it', () => {
    vi.stubEnv('CI', '');
    const dir = tmp();
    expect(compareSvgSnapshot(dir, 'demo', '<svg><rect x="1"/></svg>').pass).toBe(true);
    expect(compareSvgSnapshot(dir, 'demo', '<svg><rect x="1.01"/></svg>')).toEqual({ pass: true, message: 'matches' });
  });

  it('fails on a change and writes the new rendering beside the stored one', () => {
    vi.stubEnv('CI', '');
    const dir = tmp();
    compareSvgSnapshot(dir, 'demo', '<svg><rect x="1"/></svg>');
    const result = compareSvgSnapshot(dir, 'demo', '<svg><rect x="2"/></svg>');
    expect(result.pass).toBe(false);
    expect(readFileSync(join(dir, '__snapshots__', 'demo-changed.svg'), 'utf8')).toContain('x="2"');
  });

  it('never creates a missing snapshot under CI', () => {
    vi.stubEnv('CI', 'true');
    const dir = tmp();
    const result = compareSvgSnapshot(dir, 'demo', '<svg/>');
    expect(result.pass).toBe(false);
    expect(existsSync(join(dir, '__snapshots__', 'demo.svg'))).toBe(false);
  });
});
