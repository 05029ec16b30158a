/**
 * Reader-facing words per language. Each part of the site keeps its own table (site chrome,
 * figures, entity pages, story furniture), defined with defineMessages so a key written in English
 * and missing in Korean (or the reverse) is a type error, and a placeholder missing in one
 * language fails the unit tests. Placeholders are written {name}.
 */
import type { Lang } from './langs';

export type MessageTable<K extends string> = Record<Lang, Record<K, string>>;

/** Declares a table; the English keys are the contract every other language must meet. */
export function defineMessages<K extends string>(
  table: { en: Record<K, string> } & { [L in Exclude<Lang, 'en'>]: Record<K, string> },
): MessageTable<K> {
  return table;
}

/** A message with its {placeholders} filled; a placeholder with no value is an error, never printed raw. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`Message "${template}" needs a value for {${name}}.`);
    return String(vars[name]);
  });
}

/** A translator bound to one table: t(lang, key, vars). */
export function translator<K extends string>(table: MessageTable<K>) {
  return (lang: Lang, key: K, vars?: Record<string, string | number>): string => format(table[lang][key], vars);
}

/** The placeholders each language uses for each key, for tests that every language asks for the same values. */
export function placeholderMismatches<K extends string>(table: MessageTable<K>): string[] {
  const names = (s: string) =>
    [...s.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  const problems: string[] = [];
  for (const key of Object.keys(table.en) as K[]) {
    for (const lang of Object.keys(table) as Lang[]) {
      if (names(table[lang][key]) !== names(table.en[key])) problems.push(`${lang}.${key}`);
    }
  }
  return problems;
}
