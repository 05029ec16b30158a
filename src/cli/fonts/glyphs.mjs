// What text the built site can show, and which characters a font file holds. Shared by the
// font-subsetting step (src/cli/subset-fonts.mjs) and the build test that checks its result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob as HbBlob, Face } from 'harfbuzzjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text as a reader may see it: entities decoded; tags kept, since attribute values (aria labels, tooltips) are shown too. */
export function decodeEntities(html) {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Every file under `dir` whose name ends with one of `extensions`. */
export function filesUnder(dir, extensions) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, extensions));
    else if (extensions.some((ext) => name.endsWith(ext))) found.push(path);
  }
  return found;
}

/**
 * The code points a page of the built site can put on screen: its HTML (text, attributes, inline
 * scripts that write labels) decoded. Scripts' characters are ASCII apart from the labels they
 * write, so taking them whole costs nothing and misses nothing.
 */
export function codePointsOf(text) {
  const points = new Set();
  for (const char of decodeEntities(text)) points.add(char.codePointAt(0));
  return points;
}

/** The code points of every HTML and JavaScript file in `dist`. */
export function siteCodePoints(dist) {
  const points = new Set();
  for (const file of filesUnder(dist, ['.html', '.js'])) for (const p of codePointsOf(readFileSync(file, 'utf8'))) points.add(p);
  return points;
}

/** The code points a font file (WOFF2, WOFF or TrueType) maps to glyphs. */
export async function fontCoverage(buffer) {
  const sfnt = await fontverter.convert(buffer, 'sfnt');
  const face = new Face(new HbBlob(new Uint8Array(sfnt)), 0);
  try {
    return new Set(face.collectUnicodes());
  } finally {
    face.destroy?.();
  }
}

/** A CSS unicode-range value for a set of code points, with runs written as ranges. */
export function unicodeRange(points) {
  const sorted = [...points].sort((a, b) => a - b);
  const parts = [];
  const hex = (n) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `U+${hex(sorted[i])}-${hex(sorted[j])}` : `U+${hex(sorted[i])}`);
    i = j;
  }
  return parts.join(',');
}

/** The code points a CSS unicode-range value names. */
export function parseUnicodeRange(value) {
  const points = new Set();
  for (const part of value.split(',')) {
    const [from, to] = part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((h) => parseInt(h, 16));
    for (let p = from; p <= (to ?? from); p++) points.add(p);
  }
  return points;
}
