/**
 * The rows of imports-by-country, read from data/figures.json and data/countries.json: China's share
 * and the derived remainder (C4ADS's basis), then every value of goods a source gives for a single
 * country (its `values`, each with the basis it rests on), then the countries for which no source
 * gives either. Values are kept one record to a row: never added across records, bases or years.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import type { CountryValueBasis } from '../lib/schemas/country';
import type { Figure } from '../lib/schemas/figure';
import { figure } from './text';
import { w } from './words/imports-by-country';

/** What a row's value rests on: C4ADS's share, our arithmetic on it, a UN panel finding or a seizure. */
export type Basis = 'c4ads' | 'derived' | (typeof CountryValueBasis)['options'][number];

export interface CountryRow {
  /** The figure's id; for a country no source gives a value for, the country's id. */
  id: string;
  countryId: string;
  country: string;
  /** What the value is of ("perfume"), or the share's measure; null without a value. */
  what: string | null;
  value: number | null;
  unit: 'percent' | 'usd' | null;
  /** How the source words the number: exact, about, over. */
  qualifier: string;
  /** The value as printed, with its qualifier: "$578,994", "over $2m", "93%". */
  display: string;
  /** The period the value covers, as printed: "January–June 2017"; null without a value. */
  period: string | null;
  basis: Basis | null;
  sources: string[];
}

/** The words for a basis, in `lang`. */
export function basisWords(basis: Basis, lang: Lang): string {
  return w(lang, `basis.${basis}`);
}

function valueRow(f: Figure, base: Pick<CountryRow, 'countryId' | 'country' | 'what' | 'basis'>, lang: Lang): CountryRow {
  if (f.unit !== 'usd' && f.unit !== 'percent')
    throw new Error(`imports-by-country draws US dollars and shares; the figure "${f.id}" is in ${f.unit}.`);
  return {
    ...base,
    id: f.id,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    display: formatValue(f.value, f.unit, { qualifier: f.qualifier, lang }),
    period: f.period ? formatPeriod(f.period, lang) : null,
    sources: f.sources,
  };
}

/** The rows: the two shares, the values largest first within each basis, then the countries with none, by name. */
export function countryRows(data: Dataset): CountryRow[] {
  const lang = langOf(data);
  const named = data.countries.filter((c) => c.roles.some((r) => r.role !== 'destination'));
  const shares = named
    .filter((c) => c.shareFigure)
    .map((c) =>
      valueRow(figure(data, c.shareFigure!), { countryId: c.id, country: c.name, what: w(lang, 'whatShare'), basis: 'c4ads' }, lang),
    );
  const others = figure(data, 'other-countries-share');
  shares.push(
    valueRow(
      others,
      {
        countryId: 'other-countries',
        country: w(lang, 'otherCountries'),
        what: w(lang, 'whatShare'),
        basis: others.status === 'derived' ? 'derived' : 'c4ads',
      },
      lang,
    ),
  );
  const values = named
    .flatMap((c) =>
      (c.values ?? []).map((v) =>
        valueRow(figure(data, v.figure), { countryId: c.id, country: c.name, what: v.what, basis: v.basis }, lang),
      ),
    )
    .sort((a, b) => (a.basis === b.basis ? (b.value ?? 0) - (a.value ?? 0) : a.basis === 'un-panel' ? -1 : 1));
  const none = named
    .filter((c) => !c.shareFigure && !c.values?.length)
    .sort((a, b) => a.name.localeCompare(b.name, lang))
    .map((c): CountryRow => ({
      id: c.id,
      countryId: c.id,
      country: c.name,
      what: null,
      value: null,
      unit: null,
      qualifier: 'exact',
      display: w(lang, 'noValue'),
      period: null,
      basis: null,
      sources: [...new Set(c.roles.flatMap((r) => r.sources))],
    }));
  return [...shares, ...values, ...none];
}
