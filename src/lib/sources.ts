/** How a source is credited in one line: "Asahi Shimbun, 18 July 2019" ("아사히신문, 2019년 7월 18일" in Korean). */
import type { Dataset } from './data';
import { formatDate } from './format';
import { langOf } from './i18n/dataset-lang';

/**
 * Short credit for a bibliography id: publisher and date, in the data set's language. In
 * getDataset('ko') the publisher is the source's `ko` one and the date is written Korean style.
 * Throws on an unknown id.
 */
export function shortCredit(data: Dataset, id: string): string {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw new Error(`Unknown source id "${id}"`);
  return source.published ? `${source.publisher}, ${formatDate(source.published, langOf(data))}` : source.publisher;
}
