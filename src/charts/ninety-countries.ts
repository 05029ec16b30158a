/**
 * How many countries supplied North Korea, and which of them do the sources name? Reads the two
 * counts in data/figures.json (C4ADS's supplier countries and the countries that reported to the
 * UN) and the countries in data/countries.json. A unit chart, one square per country: the
 * suppliers C4ADS counted, the states that reported to the UN, and the countries the sources name
 * with the part each plays. A country is drawn among C4ADS's suppliers only where a figure gives
 * its share of the goods C4ADS traced; every other square in that group, and every square of the
 * UN group, is unnamed and drawn as an outline, because the sources we read list neither group.
 * The two groups are drawn apart: no source we read says the reporting states are among the 90.
 * The rows are built in ninety-countries-rows.ts; where the squares and words go is worked out in
 * ninety-countries-layout.ts, then drawn here.
 */
import * as Plot from '@observablehq/plot';
import { formatValue } from '../lib/format';
import { annotate, decorate } from './marks';
import { headingFor, unitLayout, UNIT, type Unit } from './ninety-countries-layout';
import { countryUnitRows, named, REPORTED, SUPPLIERS, type CountryUnitRow } from './ninety-countries-rows';
import { capitalise, figure, figureText, joinList, sentence } from './text';
import type { ChartDrawOptions, ChartSpec } from './types';
import { unitPlot } from './unit-plot';

export { countryUnitRows, type CountryUnitRow } from './ninety-countries-rows';

const namedCount = (rows: CountryUnitRow[]) => rows.filter((r) => r.country).length;

/** Draws the groups at the given width and layout: headings, outlined squares for the unnamed, reachable squares for the named, and the words under them. */
function drawUnits(rows: CountryUnitRow[], { width, layout, document }: ChartDrawOptions): Element {
  const { headings, units, notes, labels, height } = unitLayout(rows, width, layout === 'wide');
  const unnamed = units.filter((u) => !u.row.country);
  const namedUnits = units.filter((u) => u.row.country);
  const unnamedNotes = notes.filter((n) => !n.row.country);
  return unitPlot(document, width, height, [
    Plot.text(headings, { x: 'x', y: 'y', text: 't', textAnchor: 'start', fontWeight: 600, ariaHidden: 'true' }),
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
  ]);
}

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
  render: drawUnits,
};
