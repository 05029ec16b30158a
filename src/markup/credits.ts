/**
 * Short credits linked to the bibliography: "Asahi Shimbun, 18 July 2019; Sankei Shimbun, …". In a
 * Korean data set (getDataset('ko')) the publisher is the Korean one, the date Korean style
 * ("아사히신문, 2019년 7월 18일") and the link goes to the Korean sources page.
 */
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import { type Lang, localePath } from '../lib/i18n/langs';
import { html } from '../lib/html';
import { sitePath } from '../lib/paths';
import { shortCredit } from '../lib/sources';
import { typeset } from '../lib/typography';

/** The address of a source's entry on the sources page (of the page's language). */
export function sourceHref(id: string, lang: Lang = 'en'): string {
  return sitePath(`${localePath(lang, '/sources/')}#${id}`);
}

/** "Publisher, date" for a source id, in the data set's language (see shortCredit). Throws on an unknown id. */
export const shortCreditIn = shortCredit;

/** Each source as "Publisher, date", linked to its entry on the sources page, joined with semicolons. */
export function creditLinks(data: Dataset, ids: string[]): string {
  const lang = langOf(data);
  return [...new Set(ids)].map((id) => html`<a href="${sourceHref(id, lang)}">${typeset(shortCreditIn(data, id))}</a>`).join('; ');
}
