/**
 * What each share card shows: a chapter's card its headline over its lead figure (the first
 * ::chart or ::map in its text), the home card the site's headline over the home page's figure,
 * each figure a card of its own; a chapter without a figure keeps a title card with its dek.
 */
import { getEntry } from 'astro:content';
import { figures } from '../figures/registry';
import { langOf } from '../lib/i18n/dataset-lang';
import { localePath, type Lang } from '../lib/i18n/langs';
import { defineMessages, translator } from '../lib/i18n/messages';
import type { StoryFigure } from '../figures/types';
import type { Dataset } from '../lib/data';
import { type ShareCard, type ShareFigure } from '../lib/share-image';
import { shareCardAlt, SITE_NAME } from '../lib/sharing';
import { typeset } from '../lib/typography';
import { shareFigure } from '../markup/share-figure';
import { chapterSlug } from '../lib/chapters';
import { sitePath } from '../lib/paths';
import { page, publishedChapters } from './site';

/** The id of the first figure a Markdown body places, or undefined when it places none. */
export function leadFigureId(body: string): string | undefined {
  return /^::(?:chart|map)\{[^}\n]*\bid="([^"]+)"/m.exec(body)?.[1];
}

/** The cards' own words, per language. */
const t = translator(
  defineMessages({
    en: {
      home: 'An investigation',
      chapter: 'Chapter {n} of {total}',
      map: 'A map from the investigation',
      chart: 'A chart from the investigation',
      figureAlt: 'Share card of {site} showing the {kind} “{title}”.',
      mapKind: 'map',
      chartKind: 'chart',
    },
    ko: {
      home: '탐사 보도',
      chapter: '{total}개 장 중 제{n}장',
      map: '탐사 보도의 지도',
      chart: '탐사 보도의 도표',
      figureAlt: '{site} 공유 카드. {kind}: “{title}”.',
      mapKind: '지도',
      chartKind: '도표',
    },
  }),
);
export { t as shareWords };

const drawn = new Map<string, ShareFigure>();

/** A story figure drawn for a card at its widest, as its page shows it; fails naming an unknown id. */
export function cardFigure(id: string, data: Dataset): { figure: ShareFigure; title: string } {
  const spec = figures.get(id);
  if (!spec || spec.kind === 'locator') throw new Error(`Share card: no story figure "${id}" in src/figures/registry.ts.`);
  // Drawn once per figure and language: a Korean card shows the Korean drawing.
  const key = `${langOf(data)}:${id}`;
  let figure = drawn.get(key);
  if (!figure) {
    figure = shareFigure(spec.draw(data, Math.max(...spec.widths)));
    drawn.set(key, figure);
  }
  return { figure, title: typeset(spec.texts(data).title) };
}

export interface CardEntry {
  slug: string;
  card: ShareCard;
  /** The figure's title, for the image's text alternative; undefined on a title card. */
  figureTitle?: string;
}

/** A card from a page's texts, with its lead figure when its body places one. */
function entryCard(slug: string, kicker: string, title: string, dek: string, body: string, data: Dataset): CardEntry {
  const id = leadFigureId(body);
  const card: ShareCard = { kicker, title: typeset(title), dek: typeset(dek), siteName: SITE_NAME };
  if (!id) return { slug, card };
  const { figure, title: figureTitle } = cardFigure(id, data);
  return { slug, card: { ...card, figure }, figureTitle };
}

const gathered = new WeakMap<Dataset, Promise<CardEntry[]>>();

/** The home card and one card per published chapter (gathered once per build and dataset), in the data set's language. */
export function pageCards(data: Dataset): Promise<CardEntry[]> {
  let cards = gathered.get(data);
  if (!cards) {
    cards = gatherPageCards(data);
    gathered.set(data, cards);
  }
  return cards;
}

async function gatherPageCards(data: Dataset): Promise<CardEntry[]> {
  const lang = langOf(data);
  // Until an edition has its home page (content/ko/pages/home.md) it has no cards to draw.
  if (lang === 'ko' && !(await getEntry('koPages', 'home'))) return [];
  const chapters = await publishedChapters(lang);
  const home = (await page('home', lang)).entry;
  return [
    entryCard('home', t(lang, 'home'), home.data.title, home.data.dek ?? home.data.description, home.body ?? '', data),
    ...chapters.map((c, i) =>
      entryCard(chapterSlug(c.id), t(lang, 'chapter', { n: i + 1, total: chapters.length }), c.data.title, c.data.dek, c.body ?? '', data),
    ),
  ];
}

const figureKicker = (f: StoryFigure, lang: Lang) => t(lang, f.kind === 'map' ? 'map' : 'chart');

/** One card per story figure: the figure under its own title, in the data set's language. */
export function figureCards(data: Dataset): CardEntry[] {
  const lang = langOf(data);
  return [...figures.values()]
    .filter((f) => f.kind !== 'locator')
    .map((f) => {
      const { figure, title } = cardFigure(f.id, data);
      const card = { kicker: figureKicker(f, lang), title, dek: typeset(f.texts(data).dek), siteName: SITE_NAME, figure };
      return { slug: f.id, card, figureTitle: title };
    });
}

/** Where a story figure's own card is (/share/figures/<id>.png, Korean /ko/share/figures/<id>.png) and its text alternative, for its embed page. */
export function figureCardImage(id: string, data: Dataset): { path: string; alt: string } {
  const f = figures.get(id);
  if (!f) throw new Error(`Share card: no figure "${id}" in the registry (src/figures/registry.ts).`);
  const lang = langOf(data);
  const title = typeset(f.texts(data).title);
  const alt = t(lang, 'figureAlt', { site: SITE_NAME, kind: t(lang, f.kind === 'map' ? 'mapKind' : 'chartKind'), title });
  return { path: sitePath(localePath(lang, `/share/figures/${id}.png`)), alt };
}

/** The card of one page ("home" or a chapter's slug) and its text alternative. */
export async function pageCard(slug: string, data: Dataset): Promise<{ card: ShareCard; alt: string }> {
  const entry = (await pageCards(data)).find((c) => c.slug === slug);
  if (!entry) throw new Error(`Share card: no page card "${slug}"; expected "home" or a published chapter's slug.`);
  const { kicker, title, dek } = entry.card;
  return { card: entry.card, alt: shareCardAlt(kicker, title, dek, entry.figureTitle, langOf(data)) };
}
