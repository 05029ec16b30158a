// Every figure the story cites, rendered into a Korean notes list from the real data: the
// pipeline's own words are Korean, the label and note come from each record's ko object.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../lib/data';
import { citableFigures } from '../lib/figures';
import { renderNoteList } from './note-list';
import { renderMarkdown } from './render';

const korean = getDataset('ko');
const cited = [
  ...new Set(
    ['content/chapters', 'content/pages'].flatMap((folder) =>
      readdirSync(join(process.cwd(), folder))
        .filter((n) => n.endsWith('.md'))
        .flatMap((n) => [...readFileSync(join(process.cwd(), folder, n), 'utf8').matchAll(/:figure\[([a-z0-9-]+)\]/g)].map((m) => m[1])),
    ),
  ),
];

describe('the Korean notes list over the real data', () => {
  const { notes } = renderMarkdown(cited.map((id) => `:figure[${id}]`).join(' '), 'content/ko/chapters/00-all.md', korean, { lang: 'ko' });
  const doc = parseHTML(`<body>${renderNoteList(korean, notes)}</body>`).document;
  const items = [...doc.querySelectorAll('.note--figure')];

  it('has a note for every cited figure', () => {
    expect(items.length).toBe(cited.length);
  });

  it('writes none of the English furniture', () => {
    const english = /Sources?:|confidence|Disputed\.|Also given as|Our calculation|Part of |Back to the/;
    expect(items.filter((li) => english.test(li.textContent!)).map((li) => li.getAttribute('data-figure'))).toEqual([]);
  });

  it('opens the note of every figure and make with Korean: the value, then the Korean label', () => {
    // A facilitator count's label is "<name>: <count label>" from data/facilitators.json, whose
    // Korean (ko.label on each count) belongs with the names in that file.
    const all = citableFigures(korean);
    const ours = items.filter((li) => all.get(li.getAttribute('data-figure')!)!.file !== 'data/facilitators.json');
    expect(ours.length).toBeGreaterThan(60);
    const opening = ours.map((li) => li.querySelector('p')!.textContent!);
    expect(opening.filter((text) => !/[가-힣]/.test(text.slice(text.indexOf(':') + 1)))).toEqual([]);
  });
});
