/**
 * How many countries supplied North Korea, and which of them do the sources name? Reads the two
 * counts in data/figures.json (C4ADS's supplier countries and the countries that reported to the
 * UN) and the countries in data/countries.json. A unit chart, one square per country: the
 * suppliers C4ADS counted, the states that reported to the UN, and the countries the sources name
 * with the part each plays. A country is drawn among C4ADS's suppliers only where a figure gives
 * its share of the goods C4ADS traced; every other square in that group, and every square of the
 * UN group, is unnamed and drawn as an outline, because the sources we read list neither group.
 * The two groups are drawn apart: no source we read says the reporting states are among the 90.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../lib/data';
import { formatPeriod, formatValue } from '../lib/format';
import type { Country } from '../lib/schemas/country';
import type { Figure } from '../lib/schemas/figure';
import { charsIn, chartStyle, FONT_SIZE, wrapText } from './layout';
import { annotate, decorate } from './marks';
import { capitalise, figure, figureText, joinList, sentence } from './text';
import type { ChartSpec } from './types';

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
}

const SUPPLIERS = 'source-countries';
const REPORTED = 'countries-reported-to-un';

const roleWords: Record<Country['roles'][number]['role'], string> = {
  source: 'Goods came from it',
  'vehicle-origin': 'Vehicles originated there',
  transit: 'Goods passed through',
  destination: 'Where the goods went',
  'facilitator-base': 'Firms in the story are based there',
  'flag-state': 'A ship in the story flies its flag',
  purchase: 'Goods were bought or registered there',
};

/** Countries whose only part is to be the destination (North Korea) are not suppliers, and are left out. */
const named = (data: Dataset) => data.countries.filter((c) => c.roles.some((r) => r.role !== 'destination'));

function countryRow(data: Dataset, c: Country, group: CountryUnitRow['group'], count: Figure | null): CountryUnitRow {
  const share = c.shareFigure ? figure(data, c.shareFigure) : null;
  return {
    id: c.id,
    group,
    country: c.name,
    units: 1,
    roles: c.roles.map((r) => roleWords[r.role].toLowerCase()).join('; '),
    detail: c.roles.map((r) => `${roleWords[r.role]}: ${r.detail}`).join(' '),
    figure: share?.id ?? null,
    count: count ? figureText(count) : null,
    period: count?.period ? formatPeriod(count.period) : null,
    share: share ? figureText(share) : null,
    sources: [...new Set([...(share?.sources ?? []), ...c.roles.flatMap((r) => r.sources)])],
  };
}

/** The rows plotted: the named suppliers, the unnamed rest of the suppliers, the reporting states, then the other named countries. */
export function countryUnitRows(data: Dataset): CountryUnitRow[] {
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
      roles: 'goods came from them',
      detail: 'The sources we read do not list the countries C4ADS counted.',
      figure: SUPPLIERS,
      count: figureText(suppliers),
      period: suppliers.period ? formatPeriod(suppliers.period) : null,
      share: null,
      sources: suppliers.sources,
    },
    {
      id: REPORTED,
      group: 'reported',
      country: null,
      units: reported.value!,
      roles: 'reported luxury exports to the UN Security Council',
      detail: 'The sources we read do not name the countries that reported, or say whether they are among C4ADS’s suppliers.',
      figure: REPORTED,
      count: figureText(reported),
      period: reported.period ? formatPeriod(reported.period) : null,
      share: null,
      sources: reported.sources,
    },
    ...named(data)
      .filter((c) => !inCount.includes(c))
      .map((c) => countryRow(data, c, 'named', null)),
  ];
}

const namedCount = (rows: CountryUnitRow[]) => rows.filter((r) => r.country).length;

export const ninetyCountries: ChartSpec<CountryUnitRow> = {
  id: 'ninety-countries',
  title: (rows, data) => {
    const s = figure(data, SUPPLIERS);
    const r = figure(data, REPORTED);
    return `${capitalise(figureText(s))} supplied North Korea with luxury goods, but only ${formatValue(r.value, 'count')} told the UN; the sources we read name ${formatValue(namedCount(rows), 'count')}`;
  },
  dek: (rows) => {
    const inCount = rows.filter((r) => r.group === 'suppliers' && r.country).map((r) => r.country!);
    const placed = inCount.length
      ? ` Only ${joinList(inCount)} ${inCount.length === 1 ? 'is' : 'are'} placed inside C4ADS’s count, where a figure puts ${inCount.length === 1 ? 'it' : 'them'}`
      : '';
    return `One square per country; outlined squares are countries no source we read names.${placed}`;
  },
  rows: countryUnitRows,
  columns: [
    { key: 'country', label: 'Country', format: (r) => r.country ?? `${formatValue(r.units, 'count')} not named` },
    {
      key: 'group',
      label: 'Group',
      format: (r) =>
        r.group === 'suppliers' ? 'Supplier, by C4ADS’s count' : r.group === 'reported' ? 'Reported to the UN' : 'Named in the sources',
    },
    { key: 'roles', label: 'Part the sources give', format: (r) => capitalise(r.roles) },
    { key: 'detail', label: 'What the sources say', in: 'table' },
    { key: 'id', label: 'Record', in: 'download' },
    { key: 'units', label: 'Countries', in: 'download' },
    { key: 'detail', label: 'Detail', in: 'download' },
    { key: 'figure', label: 'Figure', in: 'download' },
    { key: 'sources', label: 'Sources', in: 'download' },
  ],
  sources: (rows, data) => [
    ...new Set([...figure(data, SUPPLIERS).sources, ...figure(data, REPORTED).sources, ...rows.flatMap((r) => r.sources)]),
  ],
  notes: (rows, data) => {
    const s = figure(data, SUPPLIERS);
    const inCount = rows.filter((r) => r.group === 'suppliers' && r.country);
    const notes: string[] = [];
    if (s.qualifier !== 'exact')
      notes.push(sentence(`C4ADS gives its count as “${figureText(s)}”, a ceiling; all ${formatValue(s.value, 'count')} are drawn`));
    notes.push(
      'No source we read says whether the states that reported to the UN are among C4ADS’s suppliers, so the two groups are drawn apart and not matched.',
    );
    if (inCount.length)
      notes.push(
        sentence(
          `${joinList(inCount.map((r) => r.country!))} ${inCount.length === 1 ? 'is' : 'are'} drawn among C4ADS’s count because a source gives ${inCount.length === 1 ? 'its' : 'their'} share of the goods C4ADS traced (${joinList(inCount.map((r) => figureText(figure(data, r.figure!))))}); for the other named countries the sources give a part in the trade but no figure that places them in either count, so they are drawn apart rather than matched to a square`,
        ),
      );
    const left = data.countries.filter((c) => !named(data).includes(c)).map((c) => c.name);
    if (left.length) notes.push(sentence(`${joinList(left)}, where the goods went, is not counted`));
    return notes;
  },
  alt: (rows) => {
    const count = (g: CountryUnitRow['group']) => rows.find((r) => r.group === g)?.count ?? '';
    const period = (g: CountryUnitRow['group']) => rows.find((r) => r.group === g)?.period ?? null;
    const inCount = rows.filter((r) => r.group === 'suppliers' && r.country).map((r) => r.country!);
    const others = rows.filter((r) => r.group === 'named').map((r) => `${r.country} (${r.roles})`);
    return sentence(
      `Squares, one per country. ${headingFor('suppliers', count('suppliers'), period('suppliers'))}: ${inCount.length ? `${joinList(inCount)} named, the rest not` : 'none named'}. ${headingFor('reported', count('reported'), period('reported'))}: none named, and not matched to the first group. ${headingFor('named', formatValue(others.length, 'count'))}: ${others.join('; ')}`,
    );
  },
  legend: (rows) => [
    ...(rows.some((r) => r.group === 'suppliers' && r.country)
      ? [{ className: 'mark mark--c4ads', label: 'Named, and in C4ADS’s count' }]
      : []),
    { className: 'mark mark--role', label: 'Named, drawn apart from both counts' },
    { className: 'mark-track', label: 'Not named in the sources we read' },
  ],
  render: (rows, { width, layout, document }) => {
    const wide = layout === 'wide';
    const UNIT = 14;
    const PITCH = UNIT + 4;
    const line = FONT_SIZE + 5;
    const perRow = Math.floor((width + 4) / PITCH);
    type Unit = { row: CountryUnitRow; x: number; y: number; i: number };
    const units: Unit[] = [];
    const texts: { t: string; x: number; y: number; bold: boolean }[] = [];
    const notes: { t: string; x: number; y: number; row: CountryUnitRow; i: number }[] = [];
    const labels: { t: string; x: number; y: number }[] = [];
    let y = 0;
    const heading = (text: string) => {
      for (const t of wrapText(text, charsIn(width * 0.95))) {
        y += line;
        texts.push({ t, x: 0, y: y - 4, bold: true });
      }
      y += 6;
    };
    for (const group of ['suppliers', 'reported'] as const) {
      const here = rows.filter((r) => r.group === group);
      const total = here.reduce((n, r) => n + r.units, 0);
      heading(headingFor(group, here[0]?.count ?? formatValue(total, 'count'), here[0]?.period ?? null));
      let k = 0;
      for (const row of here)
        for (let u = 0; u < row.units; u++, k++)
          units.push({ row, x: (k % perRow) * PITCH, y: y + Math.floor(k / perRow) * PITCH, i: rows.indexOf(row) });
      y += Math.ceil(total / perRow) * PITCH + 4;
      // Under the squares: the named ones by name, then what the outlined ones are.
      for (const row of here) {
        const text = row.country
          ? `${row.country}${row.share ? `: ${row.share} of the goods C4ADS traced` : ''}`
          : `${formatValue(row.units, 'count')} not named in the sources we read`;
        const lines = wrapText(text, charsIn(width));
        lines.forEach((t, n) => notes.push({ t, x: 0, y: y + (n + 1) * line - 4, row, i: rows.indexOf(row) }));
        y += lines.length * line;
      }
      y += 14;
    }
    const others = rows.filter((r) => r.group === 'named');
    heading(headingFor('named', formatValue(others.length, 'count')));
    const columns = wide ? 4 : 2;
    const colWidth = width / columns;
    others.forEach((row, k) => {
      const x = (k % columns) * colWidth;
      const top = y + Math.floor(k / columns) * (PITCH + 6);
      units.push({ row, x, y: top, i: rows.indexOf(row) });
      labels.push({ t: row.country!, x: x + PITCH + 2, y: top + UNIT / 2 });
    });
    y += Math.ceil(others.length / columns) * (PITCH + 6);
    const height = Math.ceil(y + 4);
    const unnamed = units.filter((u) => !u.row.country);
    const namedUnits = units.filter((u) => u.row.country);
    const unnamedNotes = notes.filter((n) => !n.row.country);
    return Plot.plot({
      document,
      width,
      height,
      margin: 0,
      style: chartStyle,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.text(texts, { x: 'x', y: 'y', text: 't', textAnchor: 'start', fontWeight: 600, ariaHidden: 'true' }),
        Plot.rect(unnamed, {
          x1: (u: Unit) => u.x + 0.5,
          x2: (u: Unit) => u.x + UNIT - 0.5,
          y1: (u: Unit) => u.y + 0.5,
          y2: (u: Unit) => u.y + UNIT - 0.5,
          render: decorate('mark-track'),
        }),
        Plot.rect(namedUnits, {
          x1: 'x',
          x2: (u: Unit) => u.x + UNIT,
          y1: 'y',
          y2: (u: Unit) => u.y + UNIT,
          render: annotate(namedUnits, (u) => ({
            title: u.row.country!,
            lines: u.row.detail ? [u.row.detail] : [],
            className: u.row.group === 'suppliers' ? 'mark mark--c4ads' : 'mark mark--role',
            row: u.i,
          })),
        }),
        Plot.text(
          notes.filter((n) => n.row.country),
          { x: 'x', y: 'y', text: 't', textAnchor: 'start', ariaHidden: 'true' },
        ),
        Plot.text(unnamedNotes, {
          x: 'x',
          y: 'y',
          text: 't',
          textAnchor: 'start',
          fontStyle: 'italic',
          render: annotate(unnamedNotes, (n) => ({
            title: `${formatValue(n.row.units, 'count')} countries not named`,
            lines: [capitalise(n.row.roles), n.row.detail],
            className: 'mark-missing',
            row: n.i,
          })),
        }),
        Plot.text(labels, { x: 'x', y: 'y', text: 't', textAnchor: 'start', ariaHidden: 'true' }),
      ],
    });
  },
};

/** The heading over each group, from its count as the source words it. */
function headingFor(group: CountryUnitRow['group'], count: string, period: string | null = null): string {
  const when = period ? ` in ${period}` : '';
  if (group === 'suppliers') return `${capitalise(count)} supplied luxury goods${when}, by C4ADS’s count`;
  if (group === 'reported') return `${capitalise(count)} told the UN Security Council of such exports${when}`;
  return `${count} more ${count === '1' ? 'country' : 'countries'} named in the sources, each with the part it plays`;
}
