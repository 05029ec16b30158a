/** The part of a paragraph worth quoting on an entity's page: the sentences that name it. */

// A sentence ends at . ! ? or … before a space and a capital, digit, opening quote or (for Korean) Hangul.
const SENTENCE_END = /(?<=[.!?…][’”)]?)\s+(?=[A-Z0-9“‘(\p{Script=Hangul}])/u;

/** The sentences of `text` that contain `named`, joined; the paragraph's opening if none does. */
export function excerpt(text: string, named: string[], limit = 420): string {
  const sentences = text.split(SENTENCE_END);
  const wanted = named.filter(Boolean);
  const picked = sentences.filter((s) => wanted.some((n) => s.includes(n)));
  const chosen = picked.length ? picked : sentences.slice(0, 1);
  // Mark a gap where sentences between or before the chosen ones were left out.
  const parts: string[] = [];
  let last = -1;
  for (const sentence of chosen) {
    const at = sentences.indexOf(sentence);
    if (at > last + 1) parts.push('…');
    parts.push(sentence);
    last = at;
  }
  if (last < sentences.length - 1) parts.push('…');
  const joined = parts.join(' ').replace(/… …/g, '…');
  if (joined.length <= limit) return joined;
  const cut = joined.slice(0, limit);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
