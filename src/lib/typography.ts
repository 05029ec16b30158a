/** Typographer's quotes for text that comes from data/ and so never passes through smartypants. */

/** Curls straight quotes: apostrophes to ’, "pairs" to “pairs”, 'pairs' to ‘pairs’. */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{–—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{–—-])'/g, '$1‘')
    .replace(/'/g, '’');
}
