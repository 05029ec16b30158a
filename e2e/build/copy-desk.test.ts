// Build test over dist/: internal working notes never reach a reader. Every text file the site
// publishes (pages, feeds, the data room's JSON and CSV, chart extracts) is read as a reader gets it:
// HTML loses its tags, scripts and styles but keeps the words a screen reader speaks (alt,
// aria-label, title, meta content); addresses (http… and the ids inside href) are dropped, since a
// source's own URL or a dataset's package name is a credit, not a working note.
//
// Forbidden, case-insensitive, anywhere in that text:
//   "check against", "checking against", "needs checking"   a to-do left for ourselves ("Check against the PDF.")
//   "research team"   ourselves as the pipeline saw us; write "we"
//   "fact base"       our research notes, not a source a reader can open
//   "not checked"     the refrain of what we did not do; say what the source is instead
//   "reference row"   a dataset's row label on place pages
//   "WPI"             (as a word) the World Port Index's abbreviation: spell it out
//   "1:110m", "1:50m", "world-atlas at"   map-scale pipeline notes ("Too small to appear in world-atlas at 1:110m")
//   "TODO", "FIXME", "XXX", "lorem ipsum"   placeholders
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';

export const FORBIDDEN: { label: string; pattern: RegExp }[] = [
  { label: 'Check against', pattern: /check(ing)? against/i },
  { label: 'needs checking', pattern: /needs? (to be )?check(ing|ed)\b/i },
  { label: 'research team', pattern: /research team/i },
  { label: 'fact base', pattern: /fact[\s-]base/i },
  { label: 'not checked', pattern: /not checked/i },
  { label: 'Reference row', pattern: /reference row/i },
  { label: 'WPI', pattern: /\bWPI\b/i },
  { label: '1:110m / 1:50m', pattern: /\b1:(110|50)m\b/i },
  { label: 'world-atlas at', pattern: /world-atlas at\b/i },
  { label: 'TODO', pattern: /\bTODO\b/ },
  { label: 'FIXME', pattern: /\bFIXME\b/i },
  { label: 'XXX', pattern: /\bXXX\b/ },
  { label: 'lorem ipsum', pattern: /lorem ipsum/i },
];

const TEXT_FILES = /\.(html|json|csv|xml|txt|svg|md)$/;

function publishedFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(DIST, path);
    // The search index and the bundled scripts are derived from the pages or are code, not copy.
    if (rel === 'pagefind' || rel === '_astro') continue;
    if (statSync(path).isDirectory()) out.push(...publishedFiles(path));
    else if (TEXT_FILES.test(name)) out.push(path);
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** What a reader (or a screen reader) gets from a published file. */
export function readerText(path: string, raw: string): string {
  let text = raw;
  if (/\.(html|svg|xml)$/.test(path)) {
    const spoken: string[] = [];
    text = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
    text.replace(/\s(?:alt|aria-label|title|content)="([^"]*)"/gi, (_m, v: string) => {
      spoken.push(v);
      return '';
    });
    text = text.replace(/<[^>]*>/g, ' ') + ' ' + spoken.join(' ');
    text = decode(text);
  }
  return text.replace(/https?:\/\/\S+/g, ' ');
}

describe('the copy desk', () => {
  it('finds no internal working note in any published file', () => {
    const hits: string[] = [];
    const files = publishedFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readerText(file, readFileSync(file, 'utf8'));
      for (const { label, pattern } of FORBIDDEN) {
        const m = pattern.exec(text);
        if (m) {
          const at = m.index;
          hits.push(`${relative(DIST, file)}: "${label}" in "…${text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ')}…"`);
        }
      }
    }
    expect(hits, `internal phrases reached dist/:\n${hits.join('\n')}`).toEqual([]);
  });

  it('readerText keeps spoken attributes and drops addresses', () => {
    const html = '<a href="https://msi.nga.mil/Publications/WPI">World Port Index</a><img alt="TODO caption">';
    const text = readerText('x.html', html);
    expect(text).toContain('World Port Index');
    expect(text).not.toMatch(/\bWPI\b/);
    expect(text).toContain('TODO caption');
  });
});

describe('dates on entity pages', () => {
  it('never print a scheduled or estimated date as one that happened', async () => {
    const { getDataset } = await import('../../src/lib/data');
    const { formatDate } = await import('../../src/lib/format');
    const { builtHtml, builtPages } = await import('../support/dist');
    const wrong: string[] = [];
    const legs = getDataset().journeyLegs;
    const pages = builtPages().filter((p) => /^\/(places|facilitators|countries|makes)\//.test(p));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const text = readerText('x.html', builtHtml(page));
      for (const leg of legs)
        for (const [which, verb] of [
          ['depart', 'Left'],
          ['arrive', 'Arrived'],
        ] as const) {
          const point = leg[which];
          if (point && point.basis !== 'reported' && text.includes(`${verb}: ${formatDate(point.date)}`))
            wrong.push(`${page}: ${leg.id} ${verb}: ${formatDate(point.date)} (${point.basis})`);
        }
    }
    expect(wrong).toEqual([]);
  });
});
