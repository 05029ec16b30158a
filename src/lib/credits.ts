/** Short credits linked to the bibliography: "Asahi Shimbun, 18 July 2019; Sankei Shimbun, …". */
import type { Dataset } from './data';
import { html } from './html';
import { sitePath } from './paths';
import { shortCredit } from './sources';
import { typeset } from './typography';

/** Each source as "Publisher, date", linked to its entry on the sources page, joined with semicolons. */
export function creditLinks(data: Dataset, ids: string[]): string {
  return [...new Set(ids)].map((id) => html`<a href="${sitePath(`/sources/#${id}`)}">${typeset(shortCredit(data, id))}</a>`).join('; ');
}
