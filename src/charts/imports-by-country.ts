/**
 * Where did the luxury goods come from? Reads China's share and the derived remainder from
 * data/figures.json, and every country in data/countries.json with the roles the sources give it.
 * Above: China against all other countries together. Below: a grid of countries by role, each with
 * its share, which is written "unknown" wherever no source gives one: never estimated or split.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import { barList } from './bar-list';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { ROLES, roleGrid, roleLabel, shareText, type Role } from './imports-by-country-grid';
import { stackPanels } from './stack';
import { figure, joinList, lowerFirst, sentence } from './text';
import type { ChartSpec } from './types';
import { w } from './words/imports-by-country';

export { ROLES } from './imports-by-country-grid';

export interface CountryRow {
  /** A country id, or "other-countries" for all countries other than China together. */
  id: string;
  country: string;
  /** Share of the luxury goods C4ADS traced, in per cent; null when no source gives it. */
  share: number | null;
  shareStatus: 'reported' | 'derived' | 'unknown';
  /** The figure the share comes from, if any. */
  shareFigure: string | null;
  /** The roles the sources give the country (empty for the combined row). */
  roles: Role[];
  /** What the sources say about each role, in our words, keyed by role. */
  details: Partial<Record<Role, string>>;
  sources: string[];
}

/** The rows plotted: countries with a known share first, then the combined remainder, then the others by name. */
export function countryRows(data: Dataset): CountryRow[] {
  const countries = data.countries
    .filter((c) => c.roles.some((r) => r.role !== 'destination'))
    .map((c): CountryRow => {
      const share = c.shareFigure ? figure(data, c.shareFigure) : null;
      const roles = c.roles.filter((r): r is typeof r & { role: Role } => r.role !== 'destination');
      return {
        id: c.id,
        country: c.name,
        share: share?.value ?? null,
        shareStatus: share?.value == null ? 'unknown' : share.status === 'derived' ? 'derived' : 'reported',
        shareFigure: share?.id ?? null,
        roles: ROLES.map((r) => r.role).filter((role) => roles.some((x) => x.role === role)),
        details: Object.fromEntries(roles.map((r) => [r.role, r.detail])),
        sources: [...new Set([...(share?.sources ?? []), ...roles.flatMap((r) => r.sources)])],
      };
    });
  const known = countries.filter((c) => c.share !== null).sort((a, b) => b.share! - a.share!);
  const rest = countries
    .filter((c) => c.share === null)
    .sort((a, b) => b.roles.length - a.roles.length || a.country.localeCompare(b.country));
  const others = figure(data, 'other-countries-share');
  const combined: CountryRow = {
    id: 'other-countries',
    country: w(langOf(data), 'otherCountries'),
    share: others.value,
    shareStatus: others.value === null ? 'unknown' : others.status === 'derived' ? 'derived' : 'reported',
    shareFigure: others.id,
    roles: [],
    details: {},
    sources: others.sources,
  };
  return [...known, combined, ...rest];
}

/** The roles the sources give a country, in words: "supplied goods; vehicles came from". */
function roleWords(r: CountryRow, lang: Lang, join: (items: string[]) => string): string {
  return join(ROLES.filter((x) => r.roles.includes(x.role)).map((x) => lowerFirst(roleLabel(x.role, lang)).toLowerCase()));
}

export const importsByCountry: ChartSpec<CountryRow> = {
  id: 'imports-by-country',
  title: (rows, data) => {
    const lang = langOf(data);
    const china = figure(data, 'china-share');
    const othersKnown = rows.some((r) => r.share !== null && r.id !== 'other-countries' && r.shareFigure !== china.id);
    const lead = w(lang, 'titleLead', { share: formatValue(china.value, 'percent', { lang }) });
    return othersKnown ? lead : w(lang, 'titleOnly', { lead });
  },
  dek: (_rows, data) => {
    const lang = langOf(data);
    const china = figure(data, 'china-share');
    return w(lang, 'dek', { period: china.period ? w(lang, 'dekPeriod', { period: formatPeriod(china.period, lang) }) : '' });
  },
  rows: countryRows,
  columns: (lang) => [
    { key: 'country', label: w(lang, 'col.country') },
    { key: 'share', label: w(lang, 'col.share'), format: (r) => shareText(r, lang) },
    { key: 'roles', label: w(lang, 'col.roles'), format: (r) => (r.roles.length ? roleWords(r, lang, (l) => l.join('; ')) : '—') },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'shareStatus', label: 'Share status', in: 'download' },
    { key: 'shareFigure', label: 'Share figure', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const lang = langOf(data);
    const combined = rows.find((r) => r.id === 'other-countries');
    const unknown = rows.filter((r) => r.share === null).length;
    const more =
      lang === 'en'
        ? formatValue(unknown, 'count', { noun: 'more countries' })
        : w(lang, 'more', { count: formatValue(unknown, 'count', { noun: 'countries', lang }) });
    const notes = [w(lang, 'noteShares', { more: more.charAt(0).toUpperCase() + more.slice(1) })];
    if (combined && combined.shareStatus === 'derived')
      notes.push(sentence(w(lang, 'noteCombined', { method: figure(data, combined.shareFigure!).method ?? w(lang, 'derivedByUs') })));
    notes.push(w(lang, 'noteRoles'));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const shares = rows.filter((r) => r.share !== null).map((r) => w(lang, 'altShare', { country: r.country, share: shareText(r, lang) }));
    const roles = rows
      .filter((r) => r.roles.length)
      .map((r) => w(lang, 'altRoles', { country: r.country, roles: roleWords(r, lang, (l) => joinList(l, lang)) }));
    const count = formatValue(rows.filter((r) => r.share === null).length, 'count', { noun: 'countries', lang });
    return sentence(w(lang, 'alt', { shares: shares.join('; '), count, roles: roles.join('; ') }));
  },
  legend: (_rows, lang) => [
    { className: 'mark mark--china', label: w(lang, 'legend.share') },
    { className: 'mark mark--derived mark--unattributed', label: w(lang, 'legend.derived') },
    { className: 'mark mark--role', label: w(lang, 'legend.role'), swatch: 'dot' },
  ],
  render: (rows, options) => {
    const { lang } = options;
    const shareRows = rows.filter((r) => r.share !== null);
    const bars = barList(
      shareRows.map((r) => ({
        group: 'share',
        label: r.country,
        value: r.share,
        whole: 100,
        valueText: shareText(r, lang),
        className: r.shareStatus === 'derived' ? 'mark mark--unattributed mark--derived' : 'mark mark--china',
        tip: { title: r.country, lines: [w(lang, 'tipShare', { share: shareText(r, lang) })], row: rows.indexOf(r) },
      })),
      [{ key: 'share', heading: '', max: 100 }],
      options,
      { labelWidth: 150, valueWidth: options.layout === 'wide' ? 110 : 100 },
    );
    return stackPanels(options.document, options.width, [
      { heading: w(lang, 'heading.shares'), svg: bars },
      { heading: w(lang, 'heading.roles'), svg: roleGrid(rows, options) },
    ]);
  },
};
