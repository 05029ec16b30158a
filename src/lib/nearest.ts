/** Suggests the closest valid id when an editor mistypes one, for "did you mean …" messages. */

/** Edit distance between two strings (insertions, deletions, substitutions and adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `wanted`; ties go to the candidate that shares the longest prefix. */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const w = wanted.toLowerCase();
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let prefix = 0;
    while (prefix < Math.min(c.length, w.length) && c[prefix] === w[prefix]) prefix++;
    // A candidate that contains the typed text (an abbreviation such as "rzd") is almost always what
    // was meant, however many letters it adds; among those the shortest wins.
    const contains = w.length >= 3 && c.includes(w);
    const score = contains ? -1000 + c.length : editDistance(w, c) - prefix * 0.01;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** A sentence suggesting the nearest candidate, or an empty string when there are none. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  const match = nearest(wanted, candidates);
  return match ? `Did you mean "${match}"?` : '';
}
