/**
 * Translation freshness: for every English chapter and page, whether its Korean edition is fresh
 * (it names the English file's current revision), stale (the English changed after the revision it
 * names) or missing. A revision is the first 12 hex digits of the SHA-256 of the English file, the
 * same as `sha256sum FILE | cut -c1-12`. The build prints stale and missing files as a warning;
 * `npm run translations` prints the table and, with --accept, records that a Korean file follows
 * the English as it is now. Plain Node (no astro:*), so the command line can use it too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export type TranslationState = 'fresh' | 'stale' | 'missing';

export interface TranslationStatus {
  /** The English file, from the project root: "content/chapters/06-the-maybach-journey.md". */
  english: string;
  /** Where its Korean edition lives (or would live): "content/ko/chapters/06-the-maybach-journey.md". */
  korean: string;
  state: TranslationState;
  /** The English file's revision now. */
  revision: string;
  /** The English file's `updated` date (else `published`), YYYY-MM-DD, when it has one. */
  englishDate?: string;
  /** What the Korean file's translationOf names, when it exists. */
  translated?: { revision: string; date?: string };
}

/** The kinds of English files that have a Korean edition. */
export const TRANSLATED_FOLDERS = ['chapters', 'pages'] as const;

/** First 12 hex digits of the SHA-256 of a file's bytes. */
export function revisionOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);
}

/** A frontmatter date as YYYY-MM-DD (YAML reads unquoted dates as Date objects). */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

function frontmatterOf(path: string): Record<string, unknown> {
  try {
    return parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
  } catch {
    return {};
  }
}

/** The Korean file for an English one: content/chapters/x.md → content/ko/chapters/x.md. */
export function koreanFileFor(english: string): string {
  return english.replace(/^content\//, 'content/ko/');
}

/** The date the English edition carries now: its `updated`, else its `published`. */
export function englishDateOf(root: string, english: string): string | undefined {
  const fm = frontmatterOf(join(root, english));
  return isoDate(fm.updated) ?? isoDate(fm.published);
}

/** The state of one English file's Korean edition. */
export function translationStatus(root: string, english: string): TranslationStatus {
  const korean = koreanFileFor(english);
  const revision = revisionOf(join(root, english));
  const englishDate = englishDateOf(root, english);
  if (!existsSync(join(root, korean))) return { english, korean, state: 'missing', revision, englishDate };
  const of = frontmatterOf(join(root, korean)).translationOf as { revision?: unknown; date?: unknown } | undefined;
  const translated = { revision: String(of?.revision ?? ''), date: isoDate(of?.date) };
  const state = translated.revision === revision ? 'fresh' : 'stale';
  return { english, korean, state, revision, englishDate, translated };
}

/** Every English chapter and page with the state of its Korean edition, in folder and file order. */
export function translationReport(root: string): TranslationStatus[] {
  return TRANSLATED_FOLDERS.flatMap((kind) => {
    const dir = join(root, 'content', kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .sort()
      .map((name) => translationStatus(root, `content/${kind}/${name}`));
  });
}

/** One sentence per stale or missing Korean file, for the build's warning and the command line. */
export function translationWarnings(report: TranslationStatus[]): string[] {
  return report.flatMap((s) => {
    if (s.state === 'missing') {
      return [`${s.korean} is missing: ${s.english} has no Korean edition yet; translate it under that name.`];
    }
    if (s.state === 'stale') {
      const since = s.translated?.date ? `the English edition of ${s.translated.date}` : 'an older English edition';
      const now = s.englishDate ? ` (updated ${s.englishDate})` : '';
      return [
        `${s.korean} is stale: it follows ${since} (revision ${s.translated?.revision || 'none'}), but ${s.english}${now} is now revision ${s.revision}. Update the Korean text, then run npm run translations -- --accept ${s.korean}.`,
      ];
    }
    return [];
  });
}

/** The report as a table for a terminal: state, English file, its date and revision, what the Korean follows. */
export function formatReport(report: TranslationStatus[]): string {
  const rows = [
    ['state', 'English file', 'English date', 'revision now', 'Korean follows'],
    ...report.map((s) => [
      s.state,
      s.english,
      s.englishDate ?? '–',
      s.revision,
      s.translated ? `${s.translated.revision || '–'} of ${s.translated.date ?? '–'}` : '–',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const count = (state: TranslationState) => report.filter((s) => s.state === state).length;
  const total = `${count('fresh')} fresh, ${count('stale')} stale, ${count('missing')} missing, of ${report.length} English files.`;
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line), '', total].join('\n');
}
