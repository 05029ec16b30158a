import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atomFeed, stableUrn } from './atom';

const feed = {
  key: 'corrections',
  title: 'Corrections & updates',
  subtitle: 'Every correction.',
  self: 'https://example.org/corrections/feed.xml',
  alternate: 'https://example.org/corrections/',
  author: 'The team',
  updated: '2026-11-28',
};

describe('atomFeed(feed)', () => {
  it('writes one entry per correction with a stable id, its date, link and escaped HTML', () => {
    const xml = atomFeed({
      ...feed,
      entries: [
        {
          key: '2026-12-01-days',
          title: 'Days <dark>',
          updated: '2026-12-01',
          link: 'https://example.org/corrections/#2026-12-01-days',
          html: '<p>We said 19 &amp; now 18.</p>',
        },
      ],
    });
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>\s*/, ''));
    const entry = document.querySelector('entry')!;
    expect(entry.querySelector('id')!.textContent).toBe(stableUrn('2026-12-01-days'));
    expect(entry.querySelector('title')!.textContent).toBe('Days <dark>');
    expect(entry.querySelector('updated')!.textContent).toBe('2026-12-01T00:00:00Z');
    expect(entry.querySelector('content')!.textContent).toBe('<p>We said 19 &amp; now 18.</p>');
    expect(document.querySelector('feed > updated')!.textContent).toBe('2026-12-01T00:00:00Z');
  });

  it('is still a valid feed with no entries, dated by the latest change to the story', () => {
    const xml = atomFeed({ ...feed, entries: [] });
    expect(xml).toContain('<updated>2026-11-28T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});

describe('stableUrn(key)', () => {
  it('gives the same UUID for the same key and a different one for another key', () => {
    expect(stableUrn('a')).toBe(stableUrn('a'));
    expect(stableUrn('a')).not.toBe(stableUrn('b'));
    expect(stableUrn('a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
