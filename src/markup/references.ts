/** How the data room credits a reference dataset: title linked to its origin, publisher, licence and where we used it. */
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { defineMessages, translator } from '../lib/i18n/messages';
import { html } from '../lib/html';
import { typeset } from '../lib/typography';
import { sourceHref } from './credits';

type Source = Dataset['sources'][number];

export const referenceMessages = defineMessages({
  en: {
    licence: 'Licence: {licence}.',
    noLicence: 'not recorded',
    usedIn: 'Used in {files}.',
    inSources: 'In the sources',
    copiesFrom: 'Copies values from {sources}.',
    and: ' and ',
  },
  ko: {
    licence: '라이선스: {licence}.',
    noLicence: '기록 없음',
    usedIn: '사용한 파일: {files}.',
    inSources: '출처 목록에서 보기',
    copiesFrom: '{sources}에서 값을 옮겨 왔다.',
    and: ', ',
  },
});
const t = translator(referenceMessages);

/** The title, with our Korean gloss in brackets on Korean pages. */
function titleText(source: Source, lang: Lang): string {
  const gloss = lang === 'ko' && source.language !== 'ko' ? source.ko?.gloss : undefined;
  return gloss ? `${source.title} (${gloss})` : source.title;
}

/** One reference dataset as a line of HTML; `usedIn` names our files that copy values from it. */
export function referenceHtml(source: Source, usedIn: string[], lang: Lang = 'en'): string {
  const title = titleText(source, lang);
  return [
    html`<a href="${source.url}" rel="external noreferrer">${typeset(title)}</a>, ${typeset(source.publisher)}. ${t(lang, 'licence', {
      licence: source.licence ?? t(lang, 'noLicence'),
    })}`,
    source.note ? html`${typeset(source.note)}` : '',
    usedIn.length ? html`${t(lang, 'usedIn', { files: usedIn.join(', ') })}` : '',
    html`<a class="data-room__muted" href="${sourceHref(source.id, lang)}">${t(lang, 'inSources')}<span class="visually-hidden">: ${typeset(title)}</span></a>`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "Copies values from X and Y." with each linked to its credit further down the room. */
export function copiesFromHtml(data: Dataset, ids: string[]): string {
  const lang = langOf(data);
  const links = ids.map((id) => {
    const source = data.sources.find((s) => s.id === id);
    return html`<a href="#ref-${id}">${typeset(source ? titleText(source, lang) : id)}</a>`;
  });
  return t(lang, 'copiesFrom', { sources: links.join(t(lang, 'and')) });
}
