/** How a source is credited in one line: "Asahi Shimbun, 18 July 2019". */
import type { Dataset } from './data';
import { formatDate } from './format';

/** Short credit for a bibliography id: publisher and date. Throws on an unknown id. */
export function shortCredit(data: Dataset, id: string): string {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw new Error(`Unknown source id "${id}"`);
  return source.published ? `${source.publisher}, ${formatDate(source.published)}` : source.publisher;
}
