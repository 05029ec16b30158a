/**
 * How a source is cited in full, in chapter notes and on the sources page: publisher, the headline
 * as published (marked with its language, followed by our translation), or our description in
 * square brackets when no stored copy shows it; then the date and the link we read.
 *
 * In Korean (a source from getDataset('ko'), with lang 'ko'): the publisher as Korean readers know
 * it and our Korean description come from the source's `ko` object; a Korean headline is printed
 * alone, any other headline with our Korean gloss; dates in Korean style; languages in Korean.
 */
import type { Source } from '../lib/schemas/source';
import { formatDate } from '../lib/format';
import { html, raw } from '../lib/html';
import type { Lang } from '../lib/i18n/langs';
import { defineMessages, translator } from '../lib/i18n/messages';
import { languageName } from '../lib/languages';
import { typeset } from '../lib/typography';

export const citationMessages = defineMessages({
  en: { translation: '(in English: {text})', undated: 'undated', via: 'Read in a copy on {site}.', language: 'In {language}.' },
  ko: { translation: '(우리말 번역: {text})', undated: '날짜 없음', via: '{site}에 실린 사본을 읽었다.', language: '{language} 자료.' },
});
const t = translator(citationMessages);

/** The language of the text the title is in, for its lang attribute; none when it is the page's. */
function titleLang(source: Source, lang: Lang): string {
  if (source.titleSupplied) return '';
  return source.language === lang ? '' : html` lang="${source.language}"`;
}

/** The title as printed: a real title in italics for reports and datasets, in quotes otherwise, with lang when not the page's language; a supplied one in brackets, marked as our description. */
export function titleMarkup(source: Source, lang: Lang = 'en'): string {
  const title = typeset(source.title);
  if (source.titleSupplied) return html`<span class="citation__title" data-title="description">[${title}]</span>`;
  const attr = titleLang(source, lang);
  if (source.kind === 'report' || source.kind === 'dataset')
    return html`<cite class="citation__title" data-title="original"${raw(attr)}>${title}</cite>`;
  return html`“<span class="citation__title" data-title="original"${raw(attr)}>${title}</span>”`;
}

/** Our translation of an original title not in the page's language, printed after it; empty otherwise. */
export function translationMarkup(source: Source, lang: Lang = 'en'): string {
  if (source.titleSupplied || source.language === lang) return '';
  const text = lang === 'ko' ? source.ko?.gloss : source.titleEnglish;
  if (!text) return '';
  return html` <span class="citation__translation">${t(lang, 'translation', { text: typeset(text) })}</span>`;
}

/** The date as printed, or "undated". */
export function citationDate(source: Source, lang: Lang = 'en'): string {
  return source.published ? formatDate(source.published, lang) : t(lang, 'undated');
}

/** One citation as HTML: "Publisher, “Title” (linked), 18 July 2019. Read in a copy on …. In Korean." */
export function citationHtml(source: Source, lang: Lang = 'en'): string {
  const link = html`<a class="citation__link" href="${source.url}" rel="external noreferrer">${raw(titleMarkup(source, lang))}</a>${raw(
    translationMarkup(source, lang),
  )}`;
  const extras: string[] = [];
  if (source.via) extras.push(html`${t(lang, 'via', { site: source.via })}`);
  const language = languageName(source.language, lang);
  if (language) extras.push(html`${t(lang, 'language', { language })}`);
  return html`<span class="citation"><span class="citation__publisher">${typeset(source.publisher)}</span>, ${raw(link)}, ${citationDate(
    source,
    lang,
  )}.${extras.length ? raw(` ${extras.join(' ')}`) : ''}</span>`;
}
