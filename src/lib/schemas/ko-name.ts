/**
 * The Korean name of an entity, shared by the entity schemas: the name in Hangul as Korean outlets
 * write it, and the original script or romanization where that differs from the Hangul (大连,
 * Находка, Slavenburg & Huyser). Both live in the record's `ko` object; Korean pages print the name
 * and may give the original in brackets.
 */
import { z } from 'astro/zod';
import { KoText } from './korean';

/** The languages an original name in another script is written in (BCP 47). */
export const ORIGINAL_LANGS = ['ja', 'ru', 'zh'] as const;

/** `name` (required, Hangul) and `original` (optional, any script) for a record's `ko` object. */
export function koName(what: string) {
  return {
    name: KoText(`The ${what}'s name in Hangul as South Korean outlets write it (North Korean names in the South Korean form).`),
    original: z
      .string()
      .min(1)
      .optional()
      .describe('The name in its original script or romanization, where it differs from the Hangul (e.g. "大连", "Находка").'),
    originalLang: z
      .enum(ORIGINAL_LANGS)
      .optional()
      .describe(
        'The language of the original name when it is not in Latin letters, so Korean pages can mark it: "ru" for Cyrillic, "ja" for kana; for Han characters alone, the language of the record\'s country ("zh" or "ja").',
      ),
  };
}

/** A Korean note, optional like the English one. */
export const KoNote = () => KoText('Our note in Korean.').optional();
