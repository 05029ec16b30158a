/**
 * Where did the luxury goods come from? Reads China's share and the derived remainder from
 * data/figures.json, and every country in data/countries.json with the roles the sources give it.
 * Above: China against all other countries together. Below: a grid of countries by role, each with
 * its share, which is written "unknown" wherever no source gives one: never estimated or split.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import type { Country } from '../lib/schemas/country';
import { barList } from './bar-list';
import { charsIn, chartStyle, FONT_SIZE, wrapText } from './layout';
import { annotate, decorate } from './marks';
import { stackPanels } from './stack';
import { capitalise, figure, joinList, sentence } from './text';
import type { ChartSpec, RenderOptions } from './types';

type Role = Exclude<Country['roles'][number]['role'], 'destination'>;

/** The roles drawn as columns, in reading order, with the words each column carries. */
export const ROLES: { role: Role; label: string }[] = [
  { role: 'source', label: 'Supplied goods' },
  { role: 'vehicle-origin', label: 'Vehicles came from' },
  { role: 'transit', label: 'Goods passed through' },
  { role: 'facilitator-base', label: 'Firms based there' },
  { role: 'purchase', label: 'Goods bought there' },
  { role: 'flag-state', label: 'Flag of a ship' },
];

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

function shareText(row: CountryRow): string {
  if (row.share === null) return 'share unknown';
  return `${formatValue(row.share, 'percent')}${row.shareStatus === 'derived' ? ' (derived)' : ''}`;
}

function roleGrid(rows: CountryRow[], { width, layout, document }: RenderOptions): Element {
  const wide = layout === 'wide';
  const countries = rows.filter((r) => r.roles.length > 0);
  const labelWidth = wide ? 150 : 124;
  const shareWidth = wide ? 104 : 0;
  const colWidth = (width - labelWidth - shareWidth) / ROLES.length;
  const headerLines = ROLES.map((r) => wrapText(r.label, wide ? charsIn(colWidth - 4) : 40));
  const headerHeight = wide ? Math.max(...headerLines.map((l) => l.length)) * (FONT_SIZE + 3) + 6 : 150;
  const rowHeight = wide ? 26 : 38;
  const colX = (i: number) => labelWidth + shareWidth + colWidth * (i + 0.5);
  const rowY = (i: number) => headerHeight + rowHeight * (i + 0.5);
  const cells = countries.flatMap((c, ci) =>
    ROLES.map((r, ri) => ({ c, role: r, x: colX(ri), y: rowY(ci), has: c.roles.includes(r.role) })),
  );
  const present = cells.filter((cell) => cell.has);
  const absent = cells.filter((cell) => !cell.has);
  const index = (c: CountryRow) => rows.indexOf(c);
  return Plot.plot({
    document,
    width,
    height: headerHeight + rowHeight * countries.length + 4,
    margin: 0,
    style: chartStyle,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleY(
        countries.map((_, i) => rowY(i) + rowHeight / 2),
        { x1: 0, x2: width, className: 'grid-line', ariaHidden: 'true' },
      ),
      Plot.text(ROLES, {
        x: (_: unknown, i: number) => colX(i),
        y: wide ? headerHeight - 6 : headerHeight - 8,
        text: (_: unknown, i: number) => (wide ? headerLines[i].join('\n') : ROLES[i].label),
        lineAnchor: 'bottom',
        textAnchor: wide ? 'middle' : 'start',
        rotate: wide ? 0 : -90,
        lineHeight: (FONT_SIZE + 3) / FONT_SIZE,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      // Narrow: the share goes on a second line under the name instead of a column of its own.
      Plot.text(countries, {
        x: 0,
        y: (_: unknown, i: number) => (wide ? rowY(i) : rowY(i) - 8),
        text: 'country',
        lineAnchor: 'middle',
        textAnchor: 'start',
        ariaHidden: 'true',
      }),
      ...[false, true].map((unknown) =>
        Plot.text(
          countries.map((c, i) => ({ c, i })).filter(({ c }) => (c.share === null) === unknown),
          {
            x: wide ? labelWidth : 0,
            y: ({ i }: { i: number }) => (wide ? rowY(i) : rowY(i) + 8),
            text: ({ c }: { c: CountryRow }) => (c.share === null ? '–' : shareText(c)),
            lineAnchor: 'middle',
            textAnchor: 'start',
            className: 'chart__muted',
            fontStyle: unknown ? 'italic' : 'normal',
            ariaHidden: 'true',
          },
        ),
      ),
      Plot.dot(absent, { x: 'x', y: 'y', r: 2, render: decorate('mark-absent') }),
      Plot.dot(present, {
        x: 'x',
        y: 'y',
        r: wide ? 7 : 6.5,
        render: annotate(present, (cell) => ({
          title: `${cell.c.country}: ${cell.role.label.toLowerCase()}`,
          lines: [cell.c.details[cell.role.role] ?? '', `Share of the goods: ${shareText(cell.c).replace('share ', '')}`],
          className: `mark mark--role mark--${cell.role.role}`,
          row: index(cell.c),
        })),
      }),
    ],
  });
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
