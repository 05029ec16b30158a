import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { figureIds } from '../figures/registry';
import { getDataset } from '../lib/data';

// astro:content exists only inside Astro's build: two chapters and a home page stand in for it.
const dir = mkdtempSync(join(tmpdir(), 'lux-cards-'));
const entry = (collection: string, id: string, data: object, body: string) => {
  const filePath = join(dir, `${id}.md`);
  writeFileSync(filePath, `---\n---\n${body}\n`);
  return { id, collection, filePath, body, data };
};
const chapters = [
  entry(
    'chapters',
    '01-one',
    { order: 1, title: 'One', dek: 'The first.' },
    'Words.\n\n::chart{id="estimate-vs-reported"}\n\n::map{id="maybach-journey"}',
  ),
  entry('chapters', '02-two', { order: 2, title: 'Two', dek: 'No figure here.' }, 'Only words; ::chart is named, not placed.'),
];
const home = entry('pages', 'home', { title: 'The site', dek: 'Its dek.' }, 'Intro.\n\n::map{id="maybach-journey" wide}');
vi.mock('astro:content', () => ({
  getCollection: async () => chapters,
  getEntry: async (_: string, id: string) => (id === 'home' ? home : undefined),
}));

const { cardFigure, figureCardImage, figureCards, leadFigureId, pageCard, pageCards } = await import('./share-cards');
const data = getDataset();

describe('share cards', () => {
  it('finds the first figure a body places, and none in text that only names one', () => {
    expect(leadFigureId(chapters[0].body)).toBe('estimate-vs-reported');
    expect(leadFigureId(home.body)).toBe('maybach-journey');
    expect(leadFigureId(chapters[1].body)).toBeUndefined();
  });

  it('gives each chapter its lead figure, the home card its own, and a figureless chapter its dek', async () => {
    const cards = await pageCards(data);
    expect(cards.map((c) => [c.slug, c.card.kicker, c.card.figure ? 'figure' : 'title'])).toEqual([
      ['home', 'An investigation', 'figure'],
      ['one', 'Chapter 1 of 2', 'figure'],
      ['two', 'Chapter 2 of 2', 'title'],
    ]);
    expect(cards[1].card.figure).toBe(cardFigure('estimate-vs-reported', data).figure);
    expect((await pageCard('one', data)).alt).toContain(`It shows the figure “${cards[1].figureTitle}”`);
    expect((await pageCard('two', data)).alt).toContain('No figure here.');
    await expect(pageCard('nope', data)).rejects.toThrow(/no page card "nope"/);
  }, 30_000);

  it('draws a card for every story figure, under its own title', () => {
    const cards = figureCards(data);
    expect(cards.map((c) => c.slug).sort()).toEqual([...figureIds('chart'), ...figureIds('map')].sort());
    for (const c of cards) expect(c.card.title, c.slug).toBe(c.figureTitle);
    expect(() => cardFigure('no-such-figure', data)).toThrow(/no story figure "no-such-figure"/);
  }, 30_000);
});

describe('Korean share cards', () => {
  const ko = getDataset('ko');

  it('give the home card and each chapter card Korean kickers, from the Korean entries', async () => {
    const cards = await pageCards(ko);
    expect(cards[0].slug).toBe('home');
    expect(cards[0].card.kicker).toBe('탐사 보도');
    for (const c of cards.slice(1)) expect(c.card.kicker).toMatch(/^\d+개 장 중 제\d+장$/);
    expect((await pageCard('home', ko)).alt).toMatch(/^Lux & Loaded 공유 카드\. 탐사 보도: /);
  }, 30_000);

  it('draw every figure card from the Korean data set, at /ko/share/figures/', () => {
    const cards = figureCards(ko);
    expect(cards.map((c) => c.slug).sort()).toEqual([...figureIds('chart'), ...figureIds('map')].sort());
    for (const c of cards) expect(c.card.kicker).toMatch(/^탐사 보도의 (지도|도표)$/);
    // A figure is drawn once per language: the Korean card is not the English drawing.
    expect(cardFigure('estimate-vs-reported', ko).figure).not.toBe(cardFigure('estimate-vs-reported', data).figure);
    const image = figureCardImage('vehicles-by-make', ko);
    expect(image.path).toBe('/ko/share/figures/vehicles-by-make.png');
    expect(image.alt).toMatch(/^Lux & Loaded 공유 카드\. 도표: “.+”\.$/);
  }, 30_000);
});
