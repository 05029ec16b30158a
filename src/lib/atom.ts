/**
 * An Atom 1.0 feed (RFC 4287) as a string. Entry ids are stable URNs derived from each entry's key,
 * so they never change when the site moves; links are absolute when the site's address is known.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './html';

export interface AtomEntry {
  /** A stable key, e.g. the correction's file name. */
  key: string;
  title: string;
  /** Date of the entry, YYYY-MM-DD. */
  updated: string;
  /** The page that shows the entry. */
  link: string;
  /** The entry's HTML. */
  html: string;
}

export interface AtomFeed {
  key: string;
  title: string;
  subtitle: string;
  /** The feed's own address and the page it accompanies. */
  self: string;
  alternate: string;
  author: string;
  /** YYYY-MM-DD of the latest change; used when there are no entries. */
  updated: string;
  entries: AtomEntry[];
}

/** A name-based UUID (version 5 layout, SHA-1) for a key: the same key always gives the same id. */
export function stableUrn(key: string): string {
  const hex = createHash('sha1').update(`lux-and-loaded:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** The feed as XML. */
export function atomFeed(feed: AtomFeed): string {
  const latest = [feed.updated, ...feed.entries.map((e) => e.updated)].sort().at(-1)!;
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${stableUrn(e.key)}</id>
    <title>${escapeHtml(e.title)}</title>
    <updated>${stamp(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeHtml(e.link)}"/>
    <content type="html">${escapeHtml(e.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${stableUrn(feed.key)}</id>
  <title>${escapeHtml(feed.title)}</title>
  <subtitle>${escapeHtml(feed.subtitle)}</subtitle>
  <updated>${stamp(latest)}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(feed.alternate)}"/>
  <author><name>${escapeHtml(feed.author)}</name></author>
${entries.join('\n')}${entries.length ? '\n' : ''}</feed>
`;
}
