/**
 * The rows of ninety-countries: the countries a figure places among C4ADS's suppliers, the unnamed
 * rest of that count, the states that reported to the UN (none named), then the other countries the
 * sources name with the part each plays. Both counts come from data/figures.json and must be counts
 * with a value, one square per country.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod } from '../lib/format';
import type { Country } from '../lib/schemas/country';
import type { Figure } from '../lib/schemas/figure';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { figure, figureText } from './text';
import { w } from './words/ninety-countries';

export interface CountryUnitRow {
  /** The country's id, or the figure's id for a group of unnamed countries. */
  id: string;
  /** suppliers: among C4ADS's count; reported: told the UN; named: named in the sources, outside both counts. */
  group: 'suppliers' | 'reported' | 'named';
  /** The country's name; null for a group of unnamed countries. */
  country: string | null;
  /** How many squares the row draws. */
  units: number;
  /** The parts the sources give it, in words: "goods came from it; vehicles passed through". */
  roles: string;
  /** What the sources say, role by role, or why the countries are not named. */
  detail: string;
  /** The figure behind the row: the count it is part of, or the country's share. */
  figure: string | null;
  /** The whole group's count as the source words it ("as many as 90 countries"); null for the named group. */
  count: string | null;
  /** The period of the group's count ("2015–2017"); null for the named group. */
  period: string | null;
  /** A named supplier's share of the goods C4ADS traced, as printed ("93%"). */
  share: string | null;
  sources: string[];
  /** The language the row's words are in (the data set's). */
  lang: Lang;
}

export const SUPPLIERS = 'source-countries';
export const REPORTED = 'countries-reported-to-un';

const roleWords = (role: Country['roles'][number]['role'], lang: Lang) => w(lang, `role.${role}`);

/** Countries whose only part is to be the destination (North Korea) are not suppliers, and are left out. */
export const named = (data: Dataset) => data.countries.filter((c) => c.roles.some((r) => r.role !== 'destination'));

function countryRow(data: Dataset, c: Country, group: CountryUnitRow['group'], count: Figure | null): CountryUnitRow {
  const lang = langOf(data);
  const share = c.shareFigure ? figure(data, c.shareFigure) : null;
  return {
    id: c.id,
    group,
    country: c.name,
    units: 1,
    roles: c.roles.map((r) => roleWords(r.role, lang).toLowerCase()).join('; '),
    detail: c.roles.map((r) => w(lang, 'roleDetail', { role: roleWords(r.role, lang), detail: r.detail })).join(' '),
    figure: share?.id ?? null,
    count: count ? figureText(count, lang) : null,
    period: count?.period ? formatPeriod(count.period, lang) : null,
    share: share ? figureText(share, lang) : null,
    sources: [...new Set([...(share?.sources ?? []), ...c.roles.flatMap((r) => r.sources)])],
    lang,
  };
}

/** The rows plotted: the named suppliers, the unnamed rest of the suppliers, the reporting states, then the other named countries. */
export function countryUnitRows(data: Dataset): CountryUnitRow[] {
  const lang = langOf(data);
  const suppliers = figure(data, SUPPLIERS);
  const reported = figure(data, REPORTED);
  for (const f of [suppliers, reported])
    if (f.value === null || f.unit !== 'count')
      throw new Error(`Chart "ninety-countries": data/figures.json → ${f.id} must be a count with a value, one square per country.`);
  // A share of the goods C4ADS traced puts a country among its suppliers; nothing else we hold does.
  const inCount = named(data).filter((c) => c.shareFigure);
  const rest = suppliers.value! - inCount.length;
  if (rest < 0)
    throw new Error(`Chart "ninety-countries": more countries carry a shareFigure than data/figures.json → ${SUPPLIERS} counts.`);
  return [
    ...inCount.map((c) => countryRow(data, c, 'suppliers', suppliers)),
    {
      id: `${SUPPLIERS}-unnamed`,
      group: 'suppliers',
      country: null,
      units: rest,
      roles: w(lang, 'unnamed.roles'),
      detail: w(lang, 'unnamed.detail'),
      figure: SUPPLIERS,
      count: figureText(suppliers, lang),
      period: suppliers.period ? formatPeriod(suppliers.period, lang) : null,
      share: null,
      sources: suppliers.sources,
      lang,
    },
    {
      id: REPORTED,
      group: 'reported',
      country: null,
      units: reported.value!,
      roles: w(lang, 'reported.roles'),
      detail: w(lang, 'reported.detail'),
      figure: REPORTED,
      count: figureText(reported, lang),
      period: reported.period ? formatPeriod(reported.period, lang) : null,
      share: null,
      sources: reported.sources,
      lang,
    },
    ...named(data)
      .filter((c) => !inCount.includes(c))
      .map((c) => countryRow(data, c, 'named', null)),
  ];
}
