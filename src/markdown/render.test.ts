import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { charts } from '../figures';
import { fixtureDataset } from '../lib/data/test-support/dataset';
import { MarkdownError } from './errors';
import { renderNoteList } from './note-list';
import { renderMarkdown } from './render';

const data = fixtureDataset();
const file = 'content/chapters/01-test.md';

function errorOf(markdown: string, options = {}): string {
  try {
    renderMarkdown(markdown, file, data, options);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownError);
    return (error as Error).message;
  }
  throw new Error('expected the Markdown to be rejected');
}

function dom(markdown: string) {
  const { html } = renderMarkdown(markdown, file, data);
  return parseHTML(`<body>${html}</body>`).document;
}

describe('renderMarkdown(source, file, data) with block directives', () => {
  it('renders a chart directive into a full figure with its SVG', () => {
    const { html } = renderMarkdown('Intro.\n\n::chart{id="vehicles-by-make"}\n', file, data);
    expect(html).toContain('<figure class="chart" id="figure-vehicles-by-make"');
    expect(html).toMatch(/<svg[^>]+class="chart-svg/);
  });

  it('renders a map directive into a figure with its map drawn as SVG', () => {
    const { html } = renderMarkdown('::map{id="maybach-journey"}', file, data);
    expect(html).toContain('<svg class="map-svg');
  });

  it('names the file, line and nearest id for an unknown chart', () => {
    expect(errorOf('Text.\n\n::chart{id="vehicles-by-maker"}')).toBe(
      `content/chapters/01-test.md:3:1: unknown chart id "vehicles-by-maker". Did you mean "vehicles-by-make"? Known charts: ${Object.keys(charts).join(', ')}.`,
    );
  });

  it('names the file, line and nearest id for an unknown map', () => {
    expect(errorOf('::map{id="maybach-jorney"}')).toBe(
      'content/chapters/01-test.md:1:1: unknown map id "maybach-jorney". Did you mean "maybach-journey"? Known maps: maybach-journey, vehicle-flows.',
    );
  });

  it('rejects a chart without an id', () => {
    expect(errorOf('::chart')).toContain('content/chapters/01-test.md:1:1: ::chart needs an id');
  });

  it('rejects an unknown directive loudly instead of dropping it', () => {
    expect(errorOf('::chrat{id="vehicles-by-make"}')).toContain('unknown directive "::chrat". Did you mean "::chart"?');
  });

  it('says where a chart goes when it is written inside a sentence', () => {
    expect(errorOf('See :chart{id="vehicles-by-make"} here.')).toBe(
      'content/chapters/01-test.md:1:5: ::chart goes on a line of its own, with two colons, as ::chart{id="…"}; it cannot sit inside a sentence.',
    );
  });
});

describe(':figure[id]', () => {
  it('prints the value through the house formatter and links it to its note', () => {
    const doc = dom('Traced :figure[vehicles-total] in all.');
    const ref = doc.querySelector('a.figure-ref')!;
    expect(ref.getAttribute('href')).toBe('#note-1');
    expect(ref.querySelector('data')!.getAttribute('value')).toBe('10');
    expect(ref.querySelector('data')!.textContent).toBe('10 vehicles');
  });

  it('prints without the noun or the qualifier when asked', () => {
    const withQualifier = fixtureDataset((r) => {
      r.figures[0].qualifier = 'as many as';
    });
    const render = (md: string) =>
      parseHTML(`<body>${renderMarkdown(md, file, withQualifier).html}</body>`).document.querySelector('data')!.textContent;
    expect(render(':figure[vehicles-total]')).toBe('as many as 10 vehicles');
    expect(render(':figure[vehicles-total]{without="noun"}')).toBe('as many as 10');
    expect(render(':figure[vehicles-total]{without="qualifier"}')).toBe('10 vehicles');
    expect(render(':figure[vehicles-total]{without="noun qualifier"}')).toBe('10');
  });

  it('prints vehicle makes and facilitator counts, and "unknown" for a make without a count', () => {
    const doc = dom(':figure[uaz], :figure[shipping-co-vehicles] and :figure[mercedes-benz].');
    expect([...doc.querySelectorAll('.figure-ref__value')].map((v) => v.textContent)).toEqual(['5 vehicles', '5 vehicles', 'unknown']);
  });

  it('flags a disputed figure where it is printed and gives both sides in its note', () => {
    const disputed = fixtureDataset((r) => {
      Object.assign(r.figures[2], {
        status: 'disputed',
        alternatives: [{ value: 90, relation: 'conflicting', sources: ['report'], note: 'Another count.' }],
      });
    });
    const { html, notes } = renderMarkdown('China sent :figure[china-share].', file, disputed);
    const doc = parseHTML(`<body>${html}${renderNoteList(disputed, notes)}</body>`).document;
    expect(doc.querySelector('a.figure-ref--disputed .figure-ref__flag')!.textContent).toBe(' disputed');
    const note = doc.querySelector('#note-1')!.textContent!;
    expect(note).toContain('Disputed.');
    expect(note).toContain('give a different value: 90%');
    expect(note).toContain('Another count.');
  });

  it('reuses the note when the same figure appears twice', () => {
    const { notes, html } = renderMarkdown(':figure[vehicles-total], again :figure[vehicles-total], and :figure[uaz].', file, data);
    expect(notes.map((n) => [n.number, n.id, n.refs.length])).toEqual([
      [1, 'vehicles-total', 2],
      [2, 'uaz', 1],
    ]);
    expect(html).toContain('id="note-1-ref-2"');
    // Every mention stays a link outside the Tab order: the notes are one stop away, at the end of the text.
    const refs = [...parseHTML(`<p>${html}</p>`).document.querySelectorAll('a.figure-ref')].map((a) => a.getAttribute('tabindex'));
    expect(refs).toEqual(['-1', '-1', '-1']);
  });

  it('names the file, the line counting the frontmatter, and the nearest id for an unknown figure', () => {
    expect(errorOf('First line.\n\nWe found :figure[vehicle-total] cars.', { lineOffset: 8 })).toBe(
      'content/chapters/01-test.md:11:10: unknown figure id "vehicle-total". Did you mean "vehicles-total"? A figure is a record in data/figures.json, a make in data/vehicle-makes.json or a count in data/facilitators.json; add it there first if it is new.',
    );
  });

  it('rejects an unknown option and an unknown part to leave out', () => {
    expect(errorOf(':figure[uaz]{witout="noun"}')).toBe(
      'content/chapters/01-test.md:1:1: unknown option "witout" on :figure. Did you mean "without"? Write :figure[id], or :figure[id]{without="noun"}, {without="qualifier"} or {without="noun qualifier"}.',
    );
    expect(errorOf(':figure[uaz]{without="nouns"}')).toContain('without="nouns" is not understood: "nouns" Did you mean "noun"?');
  });

  it('rejects an empty figure', () => {
    expect(errorOf('A :figure[] here.')).toBe(
      'content/chapters/01-test.md:1:3: :figure needs an id between the brackets, e.g. :figure[vehicles-total].',
    );
  });
});

describe(':cite[source-id]', () => {
  it('becomes a numbered note with publisher, title, date and link; the same source keeps its number', () => {
    const { html, notes } = renderMarkdown('One :cite[paper]. Two :cite[report]. Three :cite[paper].', file, data);
    const doc = parseHTML(`<body>${html}${renderNoteList(data, notes)}</body>`).document;
    expect([...doc.querySelectorAll('sup.cite-ref a')].map((a) => a.textContent)).toEqual(['Note 1', 'Note 2', 'Note 1']);
    const first = doc.querySelector('#note-1')!;
    expect(first.textContent).toContain('A newspaper, [Report on the vehicles], July 2019.');
    expect(first.textContent).toContain('In Japanese.');
    expect(first.querySelector('a.citation__link')!.getAttribute('href')).toBe('https://example.org/a');
    expect(doc.querySelector('#note-2 cite')!.textContent).toBe('Lux & Loaded');
    // Cited twice, the note has one way back: to its first mention. No mention is a Tab stop (the
    // notes toggle at the end of the text is), and each stays a link for a pointer and a screen reader.
    expect([...doc.querySelectorAll('sup.cite-ref a')].map((a) => a.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1']);
    expect([...first.querySelectorAll('.note__back a')].map((a) => a.getAttribute('href'))).toEqual(['#note-1-ref-1']);
  });

  it('hangs on the word before it, and is marked when it directly follows a figure', () => {
    const { html } = renderMarkdown('Said so :cite[paper]. Counted :figure[vehicles-total] :cite[report].', file, data);
    expect(html).toContain('Said so<sup class="note-marker cite-ref">');
    expect(html).toMatch(/<\/a><sup class="note-marker cite-ref cite-ref--after-figure">/);
  });

  it('takes several ids separated by commas', () => {
    const doc = dom('Both :cite[report, paper].');
    expect([...doc.querySelectorAll('sup.cite-ref a')].map((a) => a.getAttribute('href'))).toEqual(['#note-1', '#note-2']);
  });

  it('names the file, line and nearest id for an unknown source', () => {
    expect(errorOf('Said so :cite[repot].')).toBe(
      'content/chapters/01-test.md:1:9: unknown source id "repot". Did you mean "report"? Sources are the records in data/sources.json; add the source there first if it is new.',
    );
  });
});

describe(':entity[id]', () => {
  it('prints the name from the data, linked to the entity’s own page', () => {
    const doc = dom('Carried by :entity[shipping-co] to :entity[dalian] in :entity[china] and :entity[uaz] makes.');
    const links = [...doc.querySelectorAll('.entity')];
    expect(links.map((s) => [s.tagName, s.textContent, s.getAttribute('href'), s.getAttribute('data-entity-kind')])).toEqual([
      ['A', 'Shipping Co', '/facilitators/shipping-co/', 'facilitator'],
      ['A', 'Dalian', '/places/dalian/', 'place'],
      ['A', 'China', '/countries/china/', 'country'],
      ['A', 'UAZ', '/makes/uaz/', 'vehicle-make'],
    ]);
  });

  it('shows the sentence’s own words when the id is given as an option', () => {
    const doc = dom('The :entity[shipper\'s]{id="shipping-co"} ship.');
    expect(doc.querySelector('.entity')!.textContent).toBe('shipper’s');
    expect(doc.querySelector('.entity')!.getAttribute('data-entity')).toBe('shipping-co');
  });

  it('names the file, line and nearest id for an unknown entity', () => {
    expect(errorOf('\nThen :entity[shipping] sailed.')).toBe(
      'content/chapters/01-test.md:2:6: unknown entity id "shipping". Did you mean "shipping-co"? An entity is a facilitator, place, country or vehicle make in data/ (facilitators.json, places.json, countries.json or vehicle-makes.json).',
    );
  });
});

describe('hand-typed figures', () => {
  it('stop the build with the line and the figure to use instead', () => {
    expect(errorOf('Dates are fine: 14 June 2018.\nBut 10 vehicles are not.')).toBe(
      'content/chapters/01-test.md:2:5: "10" looks like a figure typed by hand. Write :figure[vehicles-total] instead, so the number comes from the data with its sources. Only dates, years, resolution numbers and names such as DN5505 may be typed.',
    );
  });

  it('may be allowed where an old figure must be quoted, as in a correction', () => {
    expect(() => renderMarkdown('We wrote 19 days.', file, data, { checkNumbers: false })).not.toThrow();
  });
});

describe('headings and links', () => {
  it('gives headings ids and lists them, including words printed by directives', () => {
    const { headings, html } = renderMarkdown('## The ship\n\n### What :entity[shipping-co] said\n', file, data);
    expect(headings).toEqual([
      { depth: 2, id: 'the-ship', text: 'The ship' },
      { depth: 3, id: 'what-shipping-co-said', text: 'What Shipping Co said' },
    ]);
    expect(html).toContain('<h2 id="the-ship">');
  });

  it('fails on a link to a page the site does not have', () => {
    expect(errorOf('See [the sources](/source/).', { knownPages: ['/', '/sources/'] })).toBe(
      'content/chapters/01-test.md:1:5: the link "/source/" leads to no page of this site. Did you mean "/sources/"? Site links look like "/chapters/the-vehicles/".',
    );
  });
});

describe('passages', () => {
  const source = [
    'Opening words about :entity[shipping-co].',
    '',
    'A second paragraph with :figure[vehicles-total] :cite[report].',
    '',
    '## The ship',
    '',
    'Under the heading, :entity[dalian] and :entity[the shipper]{id="shipping-co"}.',
    '',
    '- a tight item naming :entity[china]',
    '- another item',
    '',
    '> A quotation naming :entity[rotterdam].',
    '',
    '## The ship',
    '',
    'Same heading again.',
  ].join('\n');

  it('gives every paragraph an id counted within its section, and records the entities each names', () => {
    const { passages } = renderMarkdown(source, file, data);
    expect(passages.map((p) => [p.id, p.kind, p.mentions.map((m) => `${m.entity}:${m.text}`)])).toEqual([
      ['p-intro-1', 'paragraph', ['shipping-co:Shipping Co']],
      ['p-intro-2', 'paragraph', []],
      ['the-ship', 'heading', []],
      ['p-the-ship-1', 'paragraph', ['dalian:Dalian', 'shipping-co:the shipper']],
      ['p-the-ship-2', 'list-item', ['china:China']],
      ['p-the-ship-3', 'list-item', []],
      ['p-the-ship-4', 'paragraph', ['rotterdam:Rotterdam']],
      ['the-ship-1', 'heading', []],
      ['p-the-ship-1-1', 'paragraph', []],
    ]);
  });

  it('keeps the words a reader sees, figures printed and note numbers left out', () => {
    const { passages } = renderMarkdown(source, file, data);
    expect(passages[1].text).toBe('A second paragraph with 10 vehicles.');
  });

  it('writes the ids into the HTML, on the <li> of a tight list', () => {
    const doc = dom(source);
    expect(doc.querySelector('#p-intro-1')!.tagName).toBe('P');
    expect(doc.querySelector('#p-the-ship-2')!.tagName).toBe('LI');
    expect(doc.querySelector('#p-the-ship-2 .entity')!.getAttribute('data-entity')).toBe('china');
    expect(doc.querySelector('#p-the-ship-4')!.closest('blockquote')).not.toBeNull();
  });

  it('keeps a paragraph’s id when its words change, and moves only the ids after an added paragraph', () => {
    const ids = (md: string) => renderMarkdown(md, file, data).passages.map((p) => p.id);
    const before = ids('One.\n\n## Later\n\nTwo.\n\nThree.');
    expect(ids('One, reworded at length.\n\n## Later\n\nTwo.\n\nThree.')).toEqual(before);
    expect(ids('One.\n\nInserted.\n\n## Later\n\nTwo.\n\nThree.')).toEqual(['p-intro-1', 'p-intro-2', 'later', 'p-later-1', 'p-later-2']);
  });
});
