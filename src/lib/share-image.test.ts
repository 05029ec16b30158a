import { describe, expect, it } from 'vitest';
import { renderShareImage, shareSvg, SHARE_HEIGHT, SHARE_WIDTH } from './share-image';

const card = {
  kicker: 'Chapter 6 of 7',
  title: 'The journey of two Maybachs',
  dek: 'Leg by leg, from a German factory to a car in Pyongyang.',
  siteName: 'Lux & Loaded',
};

describe('shareSvg(card)', () => {
  it('draws every word as outlines, so no system font is needed', () => {
    const svg = shareSvg(card);
    expect(svg).not.toMatch(/<text/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain('<title>The journey of two Maybachs</title>');
  });

  it('cuts a title too long for three lines with an ellipsis', () => {
    const svg = shareSvg({ ...card, title: 'word '.repeat(60).trim() });
    expect(svg.match(/fill="#1b1b1b" d=/g)!.length).toBe(4); // three title lines and the site name
  });
});

describe('renderShareImage(card)', () => {
  it('returns a 1200 × 630 PNG', async () => {
    const png = await renderShareImage(card);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
  });
});
