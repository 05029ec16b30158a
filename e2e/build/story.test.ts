// Build tests over dist/: the story as a reader gets it. Every directive kind is rendered from the
// data, every note and link resolves, chapters run in order, and the supporting pages are complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { entities, entityUrl } from '../../src/lib/entities';
import { citableFigures, isDisputed, printFigure } from '../../src/lib/figures';
import { typeset } from '../../src/lib/typography';
import { builtHtml, builtPages, DIST } from '../support/dist';

const data = getDataset();
const figures = citableFigures(data);
const named = entities(data);
const doc = (page: string) => parseHTML(builtHtml(page)).document;
const chapterPages = () => builtPages().filter((p) => p.startsWith('/chapters/'));
const storyPages = () => [...chapterPages(), '/', '/methodology/', '/responses/', '/sources/', '/corrections/'];

describe('the chapters', () => {
  it('are six to eight, each with a byline, a published date and notes', () => {
    const pages = chapterPages();
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBeLessThanOrEqual(8);
    for (const page of pages) {
      const d = doc(page);
      expect(d.querySelector('.byline')?.textContent, page).toContain('By ');
      expect(d.querySelector('.byline time[datetime]')?.getAttribute('datetime'), page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.querySelectorAll('.notes .note').length, page).toBeGreaterThan(0);
    }
  });

  it('are listed on the home page in the order the previous and next links follow', () => {
    const listed = [...doc('/').querySelectorAll('.chapter-list a')].map((a) => a.getAttribute('href'));
    expect(listed.length).toBeGreaterThanOrEqual(6);
    expect([...listed].sort()).toEqual([...chapterPages()].sort());
    const ordered = [...doc('/').querySelectorAll('.chapter-list a')].map((a) => a.getAttribute('href')!);
    ordered.forEach((page, i) => {
      const d = doc(page);
      expect(d.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, page).toBe(ordered[i - 1] ?? null);
      expect(d.querySelector('a[rel="next"]')?.getAttribute('href') ?? null, page).toBe(ordered[i + 1] ?? null);
    });
  });

  it('give a contents list to long chapters, pointing at their sections', () => {
    let long = 0;
    for (const page of chapterPages()) {
      const d = doc(page);
      const sections = d.querySelectorAll('.prose h2[id]').length;
      const entries = [...d.querySelectorAll('nav.contents a')].map((a) => a.getAttribute('href')!.slice(1));
      if (sections >= 3) {
        long++;
        expect(entries.length, page).toBe(sections);
      } else expect(entries, `${page} has fewer than three sections and no contents list`).toEqual([]);
      for (const id of entries) expect(d.getElementById(id), `${page}#${id}`).not.toBeNull();
    }
    // The story's chapters are long enough to have sections; a build that lost them all would pass the loop above.
    expect(long).toBeGreaterThan(0);
  });
});

describe(':figure in the built pages', () => {
  it('prints every figure as the data has it, through the house formatter, and flags each disputed one', () => {
    let count = 0;
    for (const page of storyPages()) {
      for (const ref of doc(page).querySelectorAll('a.figure-ref')) {
        count++;
        const figure = figures.get(ref.getAttribute('data-figure')!)!;
        expect(figure, page).toBeDefined();
        const printed = ref.querySelector('.figure-ref__value')!.textContent;
        const forms = [true, false].flatMap((noun) => [true, false].map((qualifier) => printFigure(figure, 'en', { noun, qualifier })));
        expect(forms, `${page} ${figure.id}`).toContain(printed);
        expect(ref.classList.contains('figure-ref--disputed'), `${page} ${figure.id}`).toBe(isDisputed(figure));
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('links every figure to a note on the same page that names its sources and links back', () => {
    for (const page of storyPages()) {
      const d = doc(page);
      for (const ref of d.querySelectorAll('a.figure-ref')) {
        const note = d.querySelector(ref.getAttribute('href')!)!;
        expect(note, `${page} ${ref.getAttribute('href')}`).not.toBeNull();
        const figure = figures.get(ref.getAttribute('data-figure')!)!;
        const linked = [...note.querySelectorAll('a[href*="/sources/#"]')].map((a) => a.getAttribute('href')!.split('#')[1]);
        for (const id of figure.sources) expect(linked, `${page} note for ${figure.id}`).toContain(id);
        // One back-link per note, to the first mention of it on the page.
        const first = d.querySelector(`main a[href="${ref.getAttribute('href')}"]`)!;
        const back = [...note.querySelectorAll('.note__back a')].map((a) => a.getAttribute('href'));
        expect(back, `${page} back-link of ${ref.getAttribute('href')}`).toEqual([`#${first.id}`]);
      }
    }
  });

  it('gives both sides of a disputed figure in its note', () => {
    const d = doc('/chapters/the-findings/');
    const ref = d.querySelector('a.figure-ref[data-figure="value-reported-to-un"]')!;
    expect(ref.querySelector('.figure-ref__flag')!.textContent!.trim()).toBe('disputed');
    const note = d.querySelector(ref.getAttribute('href')!)!;
    expect(note.querySelector('.note__disputed')!.textContent).toContain('another meaning');
    const cited = [...note.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const id of ['nk-chosun-2019-07-c4ads', 'cnn-2019-07-blog-copy', 'joongang-daily-2019-07-18'])
      expect(cited).toContain(`/sources/#${id}`);
  });
});

describe(':cite in the built pages', () => {
  it('numbers each source once per page and gives publisher, title, date and link in the note', () => {
    let count = 0;
    let refs = 0;
    for (const page of storyPages()) {
      const d = doc(page);
      const notes = [...d.querySelectorAll('.note--source')];
      for (const note of notes) {
        count++;
        const link = note.querySelector('a.citation__link')!;
        const id = note.getAttribute('data-source')!;
        const source = data.sources.find((s) => s.id === id)!;
        expect(link.getAttribute('href'), `${page} ${id}`).toBe(source.url);
        expect(note.querySelector('.citation__publisher')!.textContent).toBe(typeset(source.publisher));
        const title = typeset(source.title);
        const kindOfTitle = source.titleSupplied ? 'supplied' : source.kind === 'report' || source.kind === 'dataset' ? 'work' : 'article';
        expect(link.textContent, `${page} ${id}`).toBe({ supplied: `[${title}]`, work: title, article: `“${title}”` }[kindOfTitle]);
      }
      const ids = notes.map((n) => n.getAttribute('data-source'));
      expect(new Set(ids).size, `${page}: a source has two notes`).toBe(ids.length);
      for (const ref of d.querySelectorAll('sup.cite-ref a')) {
        refs++;
        expect(d.querySelector(ref.getAttribute('href')!), page).not.toBeNull();
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(refs).toBeGreaterThanOrEqual(count);
  });
});

describe(':entity in the built pages', () => {
  it('names a record from the data and links it to that record’s page', () => {
    let count = 0;
    for (const page of storyPages()) {
      for (const el of doc(page).querySelectorAll('.entity')) {
        count++;
        const entity = named.get(el.getAttribute('data-entity')!);
        expect(entity, page).toBeDefined();
        expect(el.getAttribute('data-entity-kind')).toBe(entity!.kind);
        expect(el.tagName, page).toBe('A');
        expect(el.getAttribute('href'), page).toBe(entityUrl(entity!));
      }
    }
    expect(count).toBeGreaterThan(30);
  });
});

describe('the supporting pages', () => {
  it('the sources page has one entry per source, anchored by its id', () => {
    const d = doc('/sources/');
    for (const source of data.sources) {
      const entry = d.getElementById(source.id);
      expect(entry, source.id).not.toBeNull();
      expect(entry!.querySelector('a.citation__link')!.getAttribute('href')).toBe(source.url);
    }
  });

  it('every link to the sources page, from any page, lands on an entry', () => {
    const anchors = new Set(data.sources.map((s) => s.id));
    let links = 0;
    for (const page of builtPages()) {
      for (const a of doc(page).querySelectorAll('a[href*="/sources/#"]')) {
        links++;
        expect(anchors.has(a.getAttribute('href')!.split('#')[1]), `${page}: ${a.getAttribute('href')}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(50);
  });

  it('no page gives the same id to two elements, so every anchor is unambiguous', () => {
    for (const page of builtPages()) {
      const ids = [...doc(page).querySelectorAll('[id]')].map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        page,
      ).toEqual([]);
    }
  });

  it('the statement on naming lists everyone named, with every response the data records', () => {
    const d = doc('/responses/');
    expect(d.querySelector('.prose')!.textContent).toContain('Being named does not mean');
    for (const party of data.facilitators) {
      const section = d.getElementById(party.id);
      expect(section, party.id).not.toBeNull();
      for (const r of party.responses) expect(section!.textContent).toContain(typeset(r.summary));
      if (party.responses.length === 0) expect(section!.textContent).toContain('No public response');
    }
  });

  it('the methodology and corrections pages are built, and the corrections feed is Atom', () => {
    expect(doc('/methodology/').querySelector('h1')!.textContent).toBe('Methodology');
    expect(doc('/corrections/').querySelector('a[href="/corrections/feed.xml"]')).not.toBeNull();
    const xml = readFileSync(join(DIST, 'corrections/feed.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toMatch(/<link rel="self" type="application\/atom\+xml" href="[^"]*\/corrections\/feed.xml"\/>/);
    expect(doc('/').querySelector('link[rel="alternate"][type="application/atom+xml"]')).not.toBeNull();
  });

  it('the home page gives the key findings with figures from the data', () => {
    const d = doc('/');
    const shown = [...d.querySelectorAll('.home__findings a.figure-ref')].map((a) => a.getAttribute('data-figure'));
    for (const id of [
      'source-countries',
      'countries-reported-to-un',
      'value-estimate-c4ads',
      'value-reported-to-un',
      'china-share',
      'vehicles-total',
    ]) {
      expect(shown).toContain(id);
    }
  });
});
