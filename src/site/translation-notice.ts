/**
 * What a Korean page tells its reader about its translation (TranslationNotice.astro prints it):
 * nothing when the Korean file follows the English as it is now; a dated line linking to the
 * English page when the English has changed since; a notice that the page is not translated yet,
 * with a link to the English, when there is no Korean file.
 */
import { formatDate } from '../lib/format';
import type { Lang } from '../lib/i18n/langs';
import { storyText as t } from '../lib/i18n/ui/story';
import { translationStatus } from './translations';

export interface NoticeContent {
  state: 'stale' | 'missing';
  /** The sentence, in the page's language. */
  text: string;
  /** The words of the link to the English page. */
  linkText: string;
  /** The English page's site path, without the base: "/chapters/the-maybach-journey/". */
  englishPath: string;
}

/** The English page an English file becomes: chapters/06-x.md → /chapters/x/, pages/home.md → /, pages/data.md → /data/. */
export function englishPathOf(englishFile: string): string {
  const match = /^content\/(chapters|pages)\/(?:(\d+)-)?([a-z0-9-]+)\.md$/.exec(englishFile);
  if (!match) throw new Error(`"${englishFile}" is not an English chapter or page (content/chapters/NN-name.md or content/pages/name.md).`);
  const [, kind, , name] = match;
  if (kind === 'chapters') return `/chapters/${name}/`;
  return name === 'home' ? '/' : `/${name}/`;
}

/** The notice for the `lang` edition of `englishFile`, or null when there is nothing to say. */
export function translationNotice(root: string, lang: Lang, englishFile: string): NoticeContent | null {
  if (lang === 'en') return null;
  const status = translationStatus(root, englishFile);
  const englishPath = englishPathOf(englishFile);
  if (status.state === 'fresh') return null;
  if (status.state === 'missing') {
    return { state: 'missing', text: t(lang, 'missingNotice'), linkText: t(lang, 'missingLink'), englishPath };
  }
  const date = status.translated?.date;
  if (!date)
    throw new Error(`${status.korean}: translationOf has no date, so its stale notice cannot say which English edition it follows.`);
  return { state: 'stale', text: t(lang, 'staleNotice', { date: formatDate(date, lang) }), linkText: t(lang, 'staleLink'), englishPath };
}
