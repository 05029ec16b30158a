/** Typesetting for text that comes from data/ or frontmatter and so never passes through smartypants. */

/** Curls straight quotes (’ “ ” ‘) and puts an en dash in spans of years ("2015-2017" → "2015–2017"). */
export function typeset(text: string): string {
  return text
    .replace(/\b((?:19|20)\d{2})-((?:19|20)?\d{2})\b(?!-)/g, '$1–$2')
    .replace(/(^|[\s([{–—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{–—-])'/g, '$1‘')
    .replace(/'/g, '’');
}
