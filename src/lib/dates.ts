/** Partial dates ("2018", "2018-06", "2018-06-14"): their bounds and their order. */

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function earliestDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function latestDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/** True when `a` can be on or before `b` (partial dates are given the benefit of the doubt). */
export function canPrecede(a: string, b: string): boolean {
  return earliestDay(a) <= latestDay(b);
}

/** Whole days from one full date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
