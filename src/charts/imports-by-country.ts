/**
 * Where did the luxury goods come from? Reads China's share and the derived remainder from
 * data/figures.json, and every country in data/countries.json with the roles the sources give it.
 * Above: China against all other countries together. Below: a grid of countries by role, each with
 * its share, which is written "unknown" wherever no source gives one: never estimated or split.
 */
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import { barList } from './bar-list';
import { ROLES, roleGrid, shareText, type Role } from './imports-by-country-grid';
import { stackPanels } from './stack';
import { capitalise, figure, joinList, sentence } from './text';
import type { ChartSpec } from './types';

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
    country: 'All other countries',
    share: others.value,
    shareStatus: others.value === null ? 'unknown' : others.status === 'derived' ? 'derived' : 'reported',
    shareFigure: others.id,
    roles: [],
    details: {},
    sources: others.sources,
  };
  return [...known, combined, ...rest];
}

export const importsByCountry: ChartSpec<CountryRow> = {
  id: 'imports-by-country',
  title: (rows, data) => {
    const china = figure(data, 'china-share');
    const othersKnown = rows.some((r) => r.share !== null && r.id !== 'other-countries' && r.shareFigure !== china.id);
    const lead = `China supplied ${formatValue(china.value, 'percent')} of the luxury goods C4ADS traced`;
    return othersKnown ? lead : `${lead}; no source gives any other country’s share`;
  },
  dek: (_rows, data) => {
    const china = figure(data, 'china-share');
    const period = china.period ? ` (${formatPeriod(china.period)})` : '';
    return `Shares of the goods by supplier country${period}, and the part each country the sources name played`;
  },
  rows: countryRows,
  columns: [
    { key: 'country', label: 'Country' },
    { key: 'share', label: 'Share of the goods', format: shareText },
    {
      key: 'roles',
      label: 'Roles the sources give it',
      format: (r) =>
        r.roles.length
          ? ROLES.filter((x) => r.roles.includes(x.role))
              .map((x) => x.label.toLowerCase())
              .join('; ')
          : '—',
    },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'shareStatus', label: 'Share status', in: 'download' },
    { key: 'shareFigure', label: 'Share figure', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows) => [...new Set(rows.flatMap((r) => r.sources))],
  notes: (rows, data) => {
    const combined = rows.find((r) => r.id === 'other-countries');
    const unknown = rows.filter((r) => r.share === null).length;
    const notes = [
      sentence(
        `Shares are of the value of luxury goods C4ADS traced. ${capitalise(formatValue(unknown, 'count', { noun: 'more countries' }))} are named, with no share given (–); none is drawn or estimated`,
      ),
    ];
    if (combined && combined.shareStatus === 'derived')
      notes.push(sentence(`All other countries together: ${figure(data, combined.shareFigure!).method ?? 'derived by us'}`));
    notes.push(
      'Roles are as the sources describe them; a grey point means no source we read gives the country that role, not that it had none.',
    );
    return notes;
  },
  alt: (rows) => {
    const shares = rows.filter((r) => r.share !== null).map((r) => `${r.country}: ${shareText(r)}`);
    const roles = rows
      .filter((r) => r.roles.length)
      .map((r) => `${r.country}, ${joinList(ROLES.filter((x) => r.roles.includes(x.role)).map((x) => x.label.toLowerCase()))}`);
    const unknownShares = rows.filter((r) => r.share === null).length;
    return sentence(
      `Shares of luxury goods: ${shares.join('; ')}; no source gives a share for the other ${formatValue(unknownShares, 'count', { noun: 'countries' })}. Grid of countries and their roles: ${roles.join('; ')}`,
    );
  },
  legend: () => [
    { className: 'mark mark--china', label: 'Share a source gives' },
    { className: 'mark mark--derived mark--unattributed', label: 'Derived by us' },
    { className: 'mark mark--role', label: 'A role a source gives', swatch: 'dot' },
  ],
  render: (rows, options) => {
    const shareRows = rows.filter((r) => r.share !== null);
    const bars = barList(
      shareRows.map((r) => ({
        group: 'share',
        label: r.country,
        value: r.share,
        whole: 100,
        valueText: shareText(r),
        className: r.shareStatus === 'derived' ? 'mark mark--unattributed mark--derived' : 'mark mark--china',
        tip: { title: r.country, lines: [`${shareText(r)} of the luxury goods C4ADS traced`], row: rows.indexOf(r) },
      })),
      [{ key: 'share', heading: '', max: 100 }],
      options,
      { labelWidth: 150, valueWidth: options.layout === 'wide' ? 110 : 100 },
    );
    return stackPanels(options.document, options.width, [
      { heading: 'Share of the goods, by value', svg: bars },
      { heading: 'What the sources say each country did', svg: roleGrid(rows, options) },
    ]);
  },
};
