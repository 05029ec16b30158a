/** Languages of the sources, in words. */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The language of a source in words ("Korean"), or undefined for English. */
export function languageName(code: string): string | undefined {
  if (code === 'en') return undefined;
  return languageNames.of(code) ?? code;
}
