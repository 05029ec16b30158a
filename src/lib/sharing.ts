/** What a page tells search engines and social networks: share cards and structured data. */
import { localePath, type Lang } from './i18n/langs';
import { sitePath } from './paths';

export const SITE_NAME = 'Lux & Loaded';
export const PUBLISHER = 'The Lux & Loaded team';

/** The share image of a page: the chapter's own card, or the home card; Korean cards live under /ko/share/. */
export function shareImagePath(slug?: string, lang: Lang = 'en'): string {
  return sitePath(localePath(lang, `/share/${slug ?? 'home'}.png`));
}

/**
 * The text alternative of a generated share card: it says what the card shows, the headline and
 * either the figure drawn under it or the dek printed there.
 */
export function shareCardAlt(kicker: string, title: string, dek: string, figureTitle?: string, lang: Lang = 'en'): string {
  if (lang === 'ko') {
    if (figureTitle) return `${SITE_NAME} 공유 카드. ${kicker}: ${title}. 실린 그림: “${figureTitle}”.`;
    return `${SITE_NAME} 제목 카드. ${kicker}: ${title}. ${dek}`;
  }
  if (figureTitle) return `Share card of ${SITE_NAME}. ${kicker}: ${title}. It shows the figure “${figureTitle}”.`;
  return `Title card of ${SITE_NAME}. ${kicker}: ${title}. ${dek}`;
}

export interface ArticleInfo {
  headline: string;
  description: string;
  published: Date;
  updated?: Date;
  authors: string[];
  section?: string;
}

/** schema.org NewsArticle for a chapter, as JSON text safe to put inside a script element. */
export function newsArticleJson(article: ArticleInfo, url: string, image: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    datePublished: article.published.toISOString(),
    dateModified: (article.updated ?? article.published).toISOString(),
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: PUBLISHER },
    image: [image],
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    isAccessibleForFree: true,
    ...(article.section ? { articleSection: article.section } : {}),
  };
  // "<" is escaped so that no string in the data can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
