/** Short credits linked to the bibliography: "Asahi Shimbun, 18 July 2019; Sankei Shimbun, …". */
import type { Dataset } from '../lib/data';
import { html } from '../lib/html';
import { sitePath } from '../lib/paths';
import { shortCredit } from '../lib/sources';
import { typeset } from '../lib/typography';

/** The address of a source's entry on the sources page. */
export function sourceHref(id: string): string {
  return sitePath(`/sources/#${id}`);
}

/** Each source as "Publisher, date", linked to its entry on the sources page, joined with semicolons. */
export function creditLinks(data: Dataset, ids: string[]): string {
  return [...new Set(ids)].map((id) => html`<a href="${sourceHref(id)}">${typeset(shortCredit(data, id))}</a>`).join('; ');
}
