import { describe, expect, it } from 'vitest';
import { fit, fontFace, renderShareImage, shareSvg, SHARE_HEIGHT, SHARE_WIDTH, wrap } from './share-image';
import { token } from './tokens';

const card = {
  kicker: 'Chapter 6 of 7',
  title: 'The journey of two Maybachs',
  dek: 'Leg by leg, from a German factory to a car in Pyongyang.',
  siteName: 'Lux & Loaded',
};
const figure = { width: 720, height: 240, body: '<rect class="probe" width="720" height="240" fill="#123456"/>' };

describe('shareSvg(card)', () => {
  it('draws every word as outlines, so no system font is needed', () => {
    const svg = shareSvg(card);
    expect(svg).not.toMatch(/<text/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain('<title>The journey of two Maybachs</title>');
  });

  it('paints with the palette of tokens.css, not colours of its own', () => {
    const svg = shareSvg(card);
    for (const name of ['paper', 'ink', 'accent', 'muted', 'rule']) expect(svg, name).toContain(`fill="${token(name)}"`);
    const colours = new Set(svg.match(/#[0-9a-f]{6}/gi));
    const palette = new Set(['paper', 'ink', 'accent', 'muted', 'rule'].map((n) => token(n)));
    expect([...colours].filter((c) => !palette.has(c))).toEqual([]);
  });

  it('never cuts a long title or dek: every word is drawn, smaller if need be', () => {
    const title = 'word '.repeat(30).trim();
    const dek = 'a longer dek that goes on '.repeat(20).trim();
    const svg = shareSvg({ ...card, title, dek });
    const ink = svg.match(new RegExp(`fill="${token('ink')}" d=`, 'g'))!.length - 1; // less the site name
    const lines = fit(title, fontFace('serif', 700), [64, 56, 48, 42], SHARE_WIDTH - 160, 3);
    expect(ink).toBe(lines.lines.length);
    expect(lines.lines.join(' ')).toBe(title);
    expect(svg).not.toContain('…');
    const dekLines = svg.match(new RegExp(`fill="${token('muted')}" d=`, 'g'))!.length;
    expect(dekLines).toBeGreaterThan(3);
  });

  it('places a figure beside or under the title, scaled to fit inside the card', () => {
    const svg = shareSvg({ ...card, figure });
    const [, x, y, w, h] = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 720 240"/.exec(svg)!.map(Number);
    expect(x + w).toBeLessThanOrEqual(SHARE_WIDTH);
    expect(y + h).toBeLessThanOrEqual(SHARE_HEIGHT - 100);
    expect(w / h).toBeCloseTo(3, 1);
    expect(svg).toContain('class="probe"');
    expect(svg.match(new RegExp(`fill="${token('muted')}" d=`, 'g'))).toBeNull(); // the figure takes the dek's place
  });
});

describe('wrap(text, face, size, width)', () => {
  it('keeps every word and breaks before a line would overflow', () => {
    const face = fontFace('sans');
    const lines = wrap('one two three four five six seven eight', face, 30, 200);
    expect(lines.join(' ')).toBe('one two three four five six seven eight');
    for (const line of lines) expect(face.getAdvanceWidth(line, 30)).toBeLessThanOrEqual(200);
  });
});

describe('renderShareImage(card)', () => {
  it('returns a 1200 × 630 PNG', async () => {
    const png = await renderShareImage(card);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
  });
});
