/**
 * What is known, country by country. Above: China's share of the goods C4ADS traced, against all
 * other countries together. Below: every value of goods a source gives for one country, one bar per
 * record on one dollar scale, grouped by what it rests on (a UN panel finding, a seizure), each
 * labelled with its period. Then, on one line, the countries the sources name without any value.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import { basisWords, countryRows, type CountryRow } from './imports-by-country-rows';
import { drawImports } from './imports-by-country-draw';
import { figure, figureText, joinList, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/imports-by-country';

export { countryRows, type CountryRow } from './imports-by-country-rows';

const valued = (rows: CountryRow[]) => rows.filter((r) => r.unit === 'usd' && r.value !== null);

/** The first and last year the values cover, from their figures' periods. */
function span(rows: CountryRow[], data: Dataset) {
  const periods = valued(rows).map((r) => figure(data, r.id).period!);
  const years = periods.flatMap((p) => [p.start.slice(0, 4), p.end.slice(0, 4)]).sort();
  return formatPeriod({ start: years[0], end: years[years.length - 1] }, langOf(data));
}

const countryCount = (rows: CountryRow[], lang: 'en' | 'ko') =>
  formatValue(new Set(rows.map((r) => r.countryId)).size, 'count', { noun: 'countries', lang });

export const importsByCountry: ChartSpec<CountryRow> = {
  id: 'imports-by-country',
  title: (rows, data) => {
    const lang = langOf(data);
    const china = rows.find((r) => r.basis === 'c4ads')!;
    const values = valued(rows);
    if (!values.length) return w(lang, 'titleNoValues', { share: china.display });
    return w(lang, 'title', { share: china.display, count: countryCount(values, lang), span: span(rows, data) });
  },
  dek: (_rows, data) => {
    const lang = langOf(data);
    return w(lang, 'dek', { estimate: figureText(figure(data, 'value-estimate-c4ads'), lang) });
  },
  rows: countryRows,
  columns: (lang) => [
    { key: 'country', label: w(lang, 'col.country') },
    { key: 'what', label: w(lang, 'col.what'), format: (r) => r.what ?? '—' },
    { key: 'value', label: w(lang, 'col.value'), format: (r) => r.display },
    { key: 'period', label: w(lang, 'col.period'), format: (r) => r.period ?? '—' },
    { key: 'basis', label: w(lang, 'col.basis'), format: (r) => (r.basis ? basisWords(r.basis, lang) : '—') },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'countryId', label: 'Country record', in: 'download' },
    { key: 'unit', label: 'Unit', in: 'download' },
    { key: 'qualifier', label: 'Qualifier', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.filter((r) => r.value !== null).flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const lang = langOf(data);
    const notes = [w(lang, 'noteValues')];
    const combined = rows.find((r) => r.countryId === 'other-countries');
    if (combined?.basis === 'derived')
      notes.push(sentence(w(lang, 'noteCombined', { method: figure(data, combined.id).method ?? w(lang, 'basis.derived') })));
    if (valued(rows).some((r) => r.qualifier !== 'exact')) notes.push(w(lang, 'noteBound'));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const shares = rows.filter((r) => r.unit === 'percent').map((r) => w(lang, 'altShare', { country: r.country, share: r.display }));
    const values = valued(rows).map((r) =>
      w(lang, 'altValue', { country: r.country, what: r.what!, display: r.display, period: r.period!, basis: basisWords(r.basis!, lang) }),
    );
    const none = rows.filter((r) => r.value === null);
    return sentence(
      w(lang, 'alt', {
        shares: joinList(shares, lang),
        values: values.join('; '),
        count: countryCount(none, lang),
        none: joinList(
          none.map((r) => r.country),
          lang,
        ),
      }),
    );
  },
  legend: (rows, lang) => [
    { className: 'mark mark--china', label: w(lang, 'legend.share') },
    { className: 'mark mark--derived mark--unattributed', label: w(lang, 'legend.derived') },
    ...(['un-panel', 'seizure'] as const)
      .filter((b) => rows.some((r) => r.basis === b))
      .map((b) => ({ className: `mark mark--${b}`, label: basisWords(b, lang) })),
    ...(valued(rows).some((r) => r.qualifier !== 'exact')
      ? [{ className: 'mark mark--un-panel mark--bound', label: w(lang, 'legend.bound') }]
      : []),
  ],
  render: drawImports,
};
