/**
 * How a source is cited in full, in chapter notes and on the sources page: publisher, the headline
 * as published (marked with its language, followed by our English translation), or our description
 * in square brackets when no stored copy shows it; then the date and the link we read.
 */
import type { Source } from '../lib/schemas/source';
import { formatDate } from '../lib/format';
import { html, raw } from '../lib/html';
import { languageName } from '../lib/languages';
import { typeset } from '../lib/typography';

/** The title as printed: a real title in italics for reports and datasets, in quotes otherwise, with lang when not English; a supplied one in brackets, marked as our description. */
export function titleMarkup(source: Source): string {
  const title = typeset(source.title);
  if (source.titleSupplied) return html`<span class="citation__title" data-title="description">[${title}]</span>`;
  const lang = source.language === 'en' ? '' : html` lang="${source.language}"`;
  if (source.kind === 'report' || source.kind === 'dataset')
    return html`<cite class="citation__title" data-title="original"${raw(lang)}>${title}</cite>`;
  return html`“<span class="citation__title" data-title="original"${raw(lang)}>${title}</span>”`;
}

/** Our English translation of a non-English original title, printed after it; empty otherwise. */
export function translationMarkup(source: Source): string {
  if (source.titleSupplied || !source.titleEnglish) return '';
  return html` <span class="citation__translation">(in English: ${typeset(source.titleEnglish)})</span>`;
}

/** One citation as HTML: "Publisher, “Title” (linked), 18 July 2019. Read in a copy on …. In Korean." */
export function citationHtml(source: Source): string {
  const date = source.published ? formatDate(source.published) : 'undated';
  const link = html`<a class="citation__link" href="${source.url}" rel="external noreferrer">${raw(titleMarkup(source))}</a>${raw(
    translationMarkup(source),
  )}`;
  const extras: string[] = [];
  if (source.via) extras.push(html`Read in a copy on ${source.via}.`);
  const language = languageName(source.language);
  if (language) extras.push(html`In ${language}.`);
  return html`<span class="citation"><span class="citation__publisher">${typeset(source.publisher)}</span>, ${raw(link)}, ${date}.${
    extras.length ? raw(` ${extras.join(' ')}`) : ''
  }</span>`;
}
