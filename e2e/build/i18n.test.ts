// The two editions pair page by page: every English page in dist/ has its Korean counterpart at the
// same slug under /ko/ and the reverse; each names the other with hreflang (and English as
// x-default), says its language in <html lang> and og:locale, has its own canonical URL and a
// language switch that lands on the counterpart. Korean pages link to Korean pages, and a chapter
// or page with no Korean file yet shows the notice, not the English text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages, DIST } from '../support/dist';
import { localePath, pathLang, stripLang, type Lang } from '../../src/lib/i18n/langs';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages();
const english = pages.filter((p) => pathLang(p) === 'en');
const korean = pages.filter((p) => pathLang(p) === 'ko');
const documents = new Map(pages.map((p) => [p, parseHTML(builtHtml(p)).document]));
const doc = (p: string) => documents.get(p)!;
/** Embed pages are framed by other sites with no site chrome: their switch sits under the figure, and there is no nav or footer. */
const isEmbed = (p: string) => stripLang(p).startsWith('/embed/');
const HANGUL = /[\uac00-\ud7a3]/;

/** The site path (without the base) of an absolute or base-relative address. */
function sitePathOf(href: string): string {
  const path = new URL(href, 'http://site.invalid/').pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** Whether a language has its own Markdown file for a chapter slug or page id. */
function hasKoreanFile(kind: 'chapters' | 'pages', name: string): boolean {
  const dir = join(process.cwd(), 'content', 'ko', kind);
  if (!existsSync(dir)) return false;
  if (kind === 'pages') return existsSync(join(dir, `${name}.md`));
  return readdirSync(dir).some((file) => file.replace(/^\d+-/, '').replace(/\.md$/, '') === name);
}

describe('the English and Korean editions pair page by page', () => {
  it('builds both editions, with as many pages in each', () => {
    expect(english.length).toBeGreaterThan(50);
    expect(korean.length).toBe(english.length);
  });

  it('every English page has its Korean counterpart at the same slug', () => {
    expect(english.filter((p) => !documents.has(localePath('ko', p)))).toEqual([]);
  });

  it('every Korean page has its English counterpart', () => {
    expect(korean.filter((p) => !documents.has(localePath('en', p)))).toEqual([]);
  });

  it('the Korean corrections feed exists beside the English one, in Korean', () => {
    const feed = readFileSync(join(DIST, 'ko', 'corrections', 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">');
    expect(feed).toMatch(/<title[^>]*>Lux &amp; Loaded: 정정<\/title>/);
    expect(feed).toMatch(/<link rel="alternate"[^>]*href="[^"]*\/ko\/corrections\/"/);
    expect(readFileSync(join(DIST, 'corrections', 'feed.xml'), 'utf8')).toMatch(/<title[^>]*>Lux &amp; Loaded: corrections<\/title>/);
  });
});

describe('every page says its language and names its counterpart', () => {
  const problems = (check: (p: string, lang: Lang) => string | undefined) =>
    pages.flatMap((p) => {
      const problem = check(p, pathLang(p));
      return problem ? [`${p}: ${problem}`] : [];
    });

  it('<html lang> is the language of its address', () => {
    expect(problems((p, lang) => (doc(p).documentElement.getAttribute('lang') === lang ? undefined : 'wrong <html lang>'))).toEqual([]);
  });

  it('hreflang links name the page in both languages, English as x-default', () => {
    expect(
      problems((p) => {
        const alt = (tag: string) => doc(p).querySelector(`link[rel="alternate"][hreflang="${tag}"]`)?.getAttribute('href');
        const want = { en: localePath('en', p), ko: localePath('ko', p), 'x-default': localePath('en', p) };
        const wrong = Object.entries(want).filter(([tag, path]) => {
          const href = alt(tag);
          return !href || !/^https?:\/\//.test(href) || sitePathOf(href) !== path;
        });
        return wrong.length ? `hreflang ${wrong.map(([tag]) => tag).join(', ')} missing or wrong` : undefined;
      }),
    ).toEqual([]);
  });

  it('the canonical URL is the page itself, in its own language', () => {
    expect(
      problems((p) => {
        const href = doc(p).querySelector('link[rel="canonical"]')?.getAttribute('href');
        return href && sitePathOf(href) === p ? undefined : `canonical ${href}`;
      }),
    ).toEqual([]);
  });

  it('og:locale is ko_KR or en_GB, with the other as og:locale:alternate', () => {
    const locale = { en: 'en_GB', ko: 'ko_KR' };
    expect(
      problems((p, lang) => {
        const own = doc(p).querySelector('meta[property="og:locale"]')?.getAttribute('content');
        const others = [...doc(p).querySelectorAll('meta[property="og:locale:alternate"]')].map((m) => m.getAttribute('content'));
        return own === locale[lang] && others.join() === locale[lang === 'en' ? 'ko' : 'en'] ? undefined : `og:locale ${own} / ${others}`;
      }),
    ).toEqual([]);
  });
});

describe('the language switch', () => {
  const chrome = pages;

  it('is on every page, embed pages included', () => {
    expect(chrome.filter(isEmbed).length).toBeGreaterThan(0);
    expect(chrome.filter((p) => doc(p).querySelectorAll('a[data-lang-switch]').length !== 1)).toEqual([]);
  });

  it('is a plain link with lang and hreflang that lands on the same page, built, in the other language', () => {
    const wrong = chrome.filter((p) => {
      const link = doc(p).querySelector('a[data-lang-switch]')!;
      const other: Lang = pathLang(p) === 'en' ? 'ko' : 'en';
      const target = sitePathOf(link.getAttribute('href')!);
      return (
        link.getAttribute('lang') !== other ||
        link.getAttribute('hreflang') !== other ||
        target !== localePath(other, p) ||
        !existsSync(join(DIST, target, 'index.html'))
      );
    });
    expect(wrong).toEqual([]);
  });

  it('is named in the language it leads to', () => {
    expect(doc('/').querySelector('a[data-lang-switch]')!.textContent!.trim()).toBe('한국어');
    expect(doc('/ko/').querySelector('a[data-lang-switch]')!.textContent!.trim()).toBe('English');
  });
});

describe('Korean pages', () => {
  it('print the site chrome in Korean: skip link, navigation and footer', () => {
    const english = korean
      .filter((p) => !isEmbed(p))
      .filter((p) => {
        const d = doc(p);
        const texts = [d.querySelector('.skip-link'), d.querySelector('.site-nav'), d.querySelector('.site-footer p')].map(
          (el) => el?.textContent ?? '',
        );
        return !texts.every((text) => HANGUL.test(text));
      });
    expect(english).toEqual([]);
  });

  it('cite sources in Korean: the language, the copy read and the date in Korean words, on the sources page and in every note', () => {
    const citations = korean.flatMap((p) => [...doc(p).querySelectorAll('.citation')].map((c) => ({ p, text: c.textContent ?? '' })));
    expect(citations.filter(({ p }) => p === '/ko/sources/').length).toBeGreaterThan(100);
    const english = citations.filter(({ text }) => /\bIn [A-Z][a-z]+\.|Read in a copy on|\bundated\b/.test(text));
    expect(english.map(({ p, text }) => `${p}: ${text.slice(0, 80)}`)).toEqual([]);
    const dated = citations.filter(({ text }) => /, \d{4}\.(?: |$)/.test(text) && !/\d{4}년/.test(text));
    expect(dated.map(({ p, text }) => `${p}: ${text.slice(0, 80)}`)).toEqual([]);
  });

  it('link to Korean pages, except links marked with another hreflang (the switch, the untranslated notice)', () => {
    const leaks = korean.flatMap((p) =>
      [...doc(p).querySelectorAll('a[href]')]
        .filter((a) => !a.hasAttribute('hreflang'))
        .map((a) => a.getAttribute('href')!)
        .filter((href) => {
          const url = new URL(href, `http://site.invalid${base}${p.slice(1)}`);
          if (url.origin !== 'http://site.invalid' || !url.pathname.endsWith('/')) return false;
          return pathLang(sitePathOf(url.pathname)) !== 'ko';
        })
        // One line per kind of page and target ("/ko/countries/*/ → /sources/"), so the list stays short.
        .map(
          (href) =>
            `${p.replace(/^(\/ko\/[^/]+\/)[^/]+\/$/, '$1*/')} → ${href.replace(/#.*$/, '').replace(/^(\/[^/]+\/)[^/]+\/$/, '$1*/')}`,
        ),
    );
    expect([...new Set(leaks)].sort()).toEqual([]);
  });

  it('show a chapter with no Korean file as a notice linking to the English, never the English text', () => {
    const chapters = korean.filter((p) => p.startsWith('/ko/chapters/'));
    expect(chapters.length).toBe(english.filter((p) => p.startsWith('/chapters/')).length);
    const wrong = chapters.filter((p) => {
      const d = doc(p);
      const slug = p.split('/')[3];
      const notice = d.querySelector('[data-untranslated] a[hreflang="en"]');
      if (hasKoreanFile('chapters', slug)) return notice !== null || d.querySelector('.prose') === null;
      return !notice || sitePathOf(notice.getAttribute('href')!) !== `/chapters/${slug}/` || d.querySelector('.prose') !== null;
    });
    expect(wrong).toEqual([]);
  });

  it('show an editor-written page with no Korean file as the notice, and its Korean text once it exists', () => {
    const paths: Record<string, string> = { home: '/ko/', methodology: '/ko/methodology/', sources: '/ko/sources/', data: '/ko/data/' };
    const wrong = Object.entries(paths).filter(
      ([id, p]) => hasKoreanFile('pages', id) === (doc(p).querySelector('[data-untranslated]') !== null),
    );
    expect(wrong).toEqual([]);
  });
});
