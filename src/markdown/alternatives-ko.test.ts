// Where sources disagree, in Korean: every alternative in data/figures.json that carries words
// (display, meaning, note) carries them in Korean too, and the Korean notes list prints those,
// with no English word left but the proper names below.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import figures from '../../data/figures.json';
import sources from '../../data/sources.json';
import { getDataset } from '../lib/data';
import { renderNoteList, takesEuro } from './note-list';
import { renderMarkdown } from './render';

/** Proper names a Korean note may print in Latin letters: each is a publisher in data/sources.json. */
const LATIN_NAMES = ['sport auto'];

const WORDED = ['display', 'meaning', 'note'] as const;
type Worded = Partial<Record<(typeof WORDED)[number] | 'ko', unknown>>;
const withAlternatives = figures.filter((f) => f.alternatives.length > 0);

function koreanNote(id: string): Element {
  const korean = getDataset('ko');
  const { notes } = renderMarkdown(`:figure[${id}]`, 'content/ko/chapters/00-test.md', korean, { lang: 'ko' });
  const doc = parseHTML(`<body>${renderNoteList(korean, notes)}</body>`).document;
  return doc.querySelector('.note--figure')!;
}

/** The note's words about the other sources: the disputed and also-given paragraphs, credits removed. */
function alternativesText(li: Element): string {
  const paragraphs = [...li.querySelectorAll('p')].filter(
    (p) => p.classList.contains('note__disputed') || p.textContent!.includes('로도 보도됐다'),
  );
  return paragraphs
    .map((p) => {
      const copy = p.cloneNode(true) as Element;
      copy.querySelectorAll('a').forEach((a) => a.remove());
      return copy.textContent!;
    })
    .join(' ');
}

describe('alternatives in Korean', () => {
  it('gives every worded alternative a Korean version of each of its words', () => {
    const missing = withAlternatives.flatMap((f) =>
      (f.alternatives as Worded[]).flatMap((a, i) => {
        const ko = (a.ko ?? {}) as Worded;
        return WORDED.filter((k) => a[k] !== undefined && ko[k] === undefined).map((k) => `${f.id}[${i}].${k}`);
      }),
    );
    expect(missing).toEqual([]);
    const worded = withAlternatives.flatMap((f) => (f.alternatives as Worded[]).filter((a) => WORDED.some((k) => a[k] !== undefined)));
    expect(worded.length).toBe(28);
  });

  it('joins the also-given list with the particle its last value takes', () => {
    expect(['6억 원 이상', '약 50만 달러', '2년 10개월', '2억6000만 달러(승용차)', '1만 병', '9만3', '45'].map(takesEuro)).toEqual([
      true,
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(koreanNote('maybach-value-each').textContent).toMatch(/6억 원 이상 \([^)]*\)으로도 보도됐다\./);
    expect(koreanNote('seoul-list-2016-vehicles').textContent).toMatch(/\(승용차\) \([^)]*\)로도 보도됐다\./);
  });

  it('whitelists only names that are publishers in data/sources.json', () => {
    const publishers = new Set(sources.map((s) => s.publisher));
    expect(LATIN_NAMES.filter((n) => !publishers.has(n))).toEqual([]);
  });

  describe.each(withAlternatives.map((f) => [f.id, f] as const))('%s', (id, figure) => {
    const text = alternativesText(koreanNote(id));

    it('prints the Korean display, meaning and note of each alternative', () => {
      for (const a of figure.alternatives as Worded[]) {
        const ko = (a.ko ?? {}) as Record<string, string>;
        for (const k of WORDED) if (ko[k]) expect(text).toContain(ko[k].replace(/[.]$/, ''));
        if (typeof a.display === 'string') expect(text).not.toContain(a.display);
      }
    });

    it('leaves no English word of four or more letters', () => {
      const left = LATIN_NAMES.reduce((t, name) => t.replaceAll(name, ''), text);
      expect(left.match(/[A-Za-z]{4,}/g) ?? []).toEqual([]);
    });
  });
});

describe('alternatives in the English notes list', () => {
  const english = (id: string) => {
    const data = getDataset('en');
    const { notes } = renderMarkdown(`:figure[${id}]`, 'content/chapters/00-test.md', data);
    return parseHTML(`<body>${renderNoteList(data, notes)}</body>`).document.querySelector('.note--figure')!.textContent!;
  };

  it('says what a conflicting value measures, and keeps a rounded value’s note', () => {
    expect(english('voyage-days-rotterdam-dalian')).toContain('give a different value: 47 days, days from the 14 June departure');
    expect(english('value-estimate-c4ads')).toMatch(/up to \$5\.1bn \(<?.*; looks like the same estimate cut down to one decimal\)/);
  });
});
