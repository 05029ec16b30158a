// Build tests over dist/: the entity pages. Every company, ship, airline, place, country and make in
// data/ has a page and every page belongs to one; each page carries the standing note; only the
// entities a sanctions list names say anything about sanctions; and every paragraph of the story
// that names an entity is listed on that entity's page, linked back to the paragraph.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/lib/data';
import { ENTITY_KINDS, entities, entityPath } from '../../src/lib/entities';
import { buildProfile } from '../../src/lib/entity-pages/profile';
import { builtHtml, builtPages } from '../support/dist';

const data = getDataset();
const named = entities(data);
const doc = (page: string) => parseHTML(builtHtml(page)).document;
const segments = new Set(Object.values(ENTITY_KINDS).map((k) => k.segment));
const entityPages = builtPages().filter((p) => {
  const parts = p.split('/').filter(Boolean);
  return parts.length === 2 && segments.has(parts[0]);
});
const chapters = builtPages().filter((p) => p.startsWith('/chapters/'));

/** How many :entity[…] directives the published chapters hold, read from their Markdown. */
function entityDirectives(): number {
  const folder = join(process.cwd(), 'content/chapters');
  return readdirSync(folder)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .filter((text) => !/^draft:\s*true\s*$/m.test(text.split(/^---$/m)[1] ?? ''))
    .reduce((count, text) => count + (text.match(/:entity\[/g) ?? []).length, 0);
}

describe('entity pages', () => {
  it('every entity in the data has its page, headed with its name', () => {
    for (const entity of named.values()) {
      const path = entityPath(entity);
      expect(entityPages, entity.id).toContain(path);
      expect(doc(path).querySelector('h1')!.textContent, path).toBe(entity.name);
    }
  });

  it('every entity page belongs to an entity in the data, under its own kind', () => {
    for (const page of entityPages) {
      const [segment, id] = page.split('/').filter(Boolean);
      const entity = named.get(id);
      expect(entity, page).toBeDefined();
      expect(ENTITY_KINDS[entity!.kind].segment, page).toBe(segment);
    }
    expect(entityPages.length).toBe(named.size);
  });

  it('each kind has an index listing all its pages, and the directory reaches every index', () => {
    const directory = doc('/directory/');
    for (const [kind, { segment }] of Object.entries(ENTITY_KINDS)) {
      const index = doc(`/${segment}/`);
      const links = new Set([...index.querySelectorAll('.entity-index__list a')].map((a) => a.getAttribute('href')));
      const expected = [...named.values()].filter((e) => e.kind === kind).map(entityPath);
      expect([...links].sort(), segment).toEqual(expected.sort());
      expect(directory.querySelector(`a[href="/${segment}/"]`), segment).not.toBeNull();
    }
  });

  it('every entity page carries the standing note on naming, linked to the statement', () => {
    for (const page of entityPages) {
      const note = doc(page).querySelector('.naming-note');
      expect(note?.textContent, page).toContain('not an accusation of wrongdoing');
      expect(note!.querySelector('a[href="/responses/"]'), page).not.toBeNull();
    }
  });

  it('shows a sanctions listing, with its date, entry and programme, exactly where the data records one', () => {
    const listed = new Set(data.sanctionsListings.map((l) => l.entity));
    for (const page of entityPages) {
      const id = page.split('/').filter(Boolean)[1];
      const section = doc(page).querySelector('#sanctions');
      if (!listed.has(id)) {
        expect(section, `${page} must say nothing about sanctions`).toBeNull();
        expect(builtHtml(page), page).not.toMatch(/OFAC|Specially Designated/);
        continue;
      }
      const text = section!.closest('section')!.textContent!;
      expect(text).toContain('3 May 2024');
      for (const listing of data.sanctionsListings.filter((l) => l.entity === id)) {
        expect(text, page).toContain(String(listing.entryNumber));
        expect(text, page).toContain(listing.listedName);
        for (const programme of listing.programmes) expect(text, page).toContain(programme);
      }
    }
  });

  it('every :entity mention in a chapter appears on the entity’s page, linking back to its paragraph', () => {
    let mentions = 0;
    for (const chapter of chapters) {
      for (const link of doc(chapter).querySelectorAll('a.entity[data-entity]')) {
        mentions++;
        const passage = link.closest('[id^="p-"], h2[id], h3[id], li[id]');
        expect(passage, `${chapter}: ${link.textContent} sits in no passage with an id`).not.toBeNull();
        const target = `${chapter}#${passage!.id}`;
        const page = entityPath(named.get(link.getAttribute('data-entity')!)!);
        const backlinks = [...doc(page).querySelectorAll('#in-the-story ~ ul a, .mentions a')].map((a) => a.getAttribute('href'));
        expect(backlinks, `${page} should link to ${target}`).toContain(target);
      }
    }
    // Every directive in the published Markdown became one link, and each was checked above.
    expect(mentions).toBe(entityDirectives());
  });

  it('every backlink on an entity page leads to a paragraph that names that entity', () => {
    for (const page of entityPages) {
      const id = page.split('/').filter(Boolean)[1];
      for (const a of doc(page).querySelectorAll('.mentions a')) {
        const [path, hash] = a.getAttribute('href')!.split('#');
        const paragraph = doc(path).getElementById(hash);
        expect(paragraph, `${page} → ${path}#${hash}`).not.toBeNull();
        expect(paragraph!.querySelector(`a.entity[data-entity="${id}"]`), `${page} → ${path}#${hash}`).not.toBeNull();
      }
    }
  });

  it('draws a locator map on the page of every place and of every entity on a leg of the journey', () => {
    const onLegs = new Set(data.journeyLegs.flatMap((l) => [l.carrier, ...l.parties, l.from, l.to]).filter(Boolean));
    for (const page of entityPages) {
      const [segment, id] = page.split('/').filter(Boolean);
      if (segment === 'places' || onLegs.has(id))
        expect(doc(page).querySelector('figure.locator svg[role="img"][aria-label]'), page).not.toBeNull();
    }
  });

  it('lists the sources its record and listings cite, first citation first, linked to the bibliography', () => {
    for (const entity of named.values()) {
      const page = entityPath(entity);
      const links = [...doc(page).querySelectorAll('.entity-sources a')].map((a) => a.getAttribute('href'));
      const cited = buildProfile(data, entity.id).sources;
      expect(cited.length, page).toBeGreaterThan(0);
      expect(links, page).toEqual(cited.map((id) => `/sources/#${id}`));
    }
  });
});
