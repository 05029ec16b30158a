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
import { langOf } from '../lib/i18n/dataset-lang';
import { countriesText, headingFor, unitLayout, UNIT, type Unit } from './ninety-countries-layout';
import { countryUnitRows, named, REPORTED, SUPPLIERS, type CountryUnitRow } from './ninety-countries-rows';
import { capitalise, figure, figureText, joinList, sentence } from './text';
import type { ChartDrawOptions, ChartSpec } from './types';
import { unitPlot } from './unit-plot';
import { w } from './words/ninety-countries';

export { countryUnitRows, type CountryUnitRow } from './ninety-countries-rows';

const namedCount = (rows: CountryUnitRow[]) => rows.filter((r) => r.country).length;

/** Draws the groups at the given width and layout: headings, outlined squares for the unnamed, reachable squares for the named, and the words under them. */
function drawUnits(rows: CountryUnitRow[], { width, layout, document, lang }: ChartDrawOptions): Element {
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
        title: w(lang, 'unnamedTitle', { count: lang === 'en' ? formatValue(n.row.units, 'count') : countriesText(n.row.units, lang) }),
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
    const lang = langOf(data);
    const s = figure(data, SUPPLIERS);
    const r = figure(data, REPORTED);
    return w(lang, 'title', {
      suppliers: capitalise(figureText(s, lang)),
      reported: countriesText(r.value ?? 0, lang),
      named: countriesText(namedCount(rows), lang),
    });
  },
  dek: (rows, data) => {
    const lang = langOf(data);
    const inCount = rows.filter((r) => r.group === 'suppliers' && r.country).map((r) => r.country!);
    const placed = inCount.length ? w(lang, inCount.length === 1 ? 'placedOne' : 'placedMany', { countries: joinList(inCount, lang) }) : '';
    return w(lang, 'dek', { placed });
  },
  rows: countryUnitRows,
  columns: (lang) => [
    {
      key: 'country',
      label: w(lang, 'col.country'),
      format: (r) => r.country ?? w(lang, 'notNamed', { count: countriesText(r.units, lang) }),
    },
    { key: 'group', label: w(lang, 'col.group'), format: (r) => w(lang, `group.${r.group}`) },
    { key: 'roles', label: w(lang, 'col.roles'), format: (r) => capitalise(r.roles) },
    { key: 'detail', label: w(lang, 'col.detail'), in: 'table' },
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
    const lang = langOf(data);
    const s = figure(data, SUPPLIERS);
    const inCount = rows.filter((r) => r.group === 'suppliers' && r.country);
    const notes: string[] = [];
    if (s.qualifier !== 'exact')
      notes.push(sentence(w(lang, 'noteCeiling', { count: figureText(s, lang), value: countriesText(s.value ?? 0, lang) })));
    notes.push(w(lang, 'noteApart'));
    if (inCount.length) {
      const countries = joinList(
        inCount.map((r) => r.country!),
        lang,
      );
      const shares = joinList(
        inCount.map((r) => figureText(figure(data, r.figure!), lang)),
        lang,
      );
      notes.push(sentence(w(lang, inCount.length === 1 ? 'noteInOne' : 'noteInMany', { countries, shares })));
    }
    const left = data.countries.filter((c) => !named(data).includes(c)).map((c) => c.name);
    if (left.length) notes.push(sentence(w(lang, 'noteLeft', { countries: joinList(left, lang) })));
    return notes;
  },
  alt: (rows, data) => {
    const lang = langOf(data);
    const count = (g: CountryUnitRow['group']) => rows.find((r) => r.group === g)?.count ?? '';
    const period = (g: CountryUnitRow['group']) => rows.find((r) => r.group === g)?.period ?? null;
    const inCount = rows.filter((r) => r.group === 'suppliers' && r.country).map((r) => r.country!);
    const others = rows.filter((r) => r.group === 'named').map((r) => w(lang, 'altOther', { country: r.country!, roles: r.roles }));
    return sentence(
      w(lang, 'alt', {
        suppliers: headingFor('suppliers', count('suppliers'), period('suppliers'), lang),
        inCount: inCount.length ? w(lang, 'altInCount', { countries: joinList(inCount, lang) }) : w(lang, 'altNone'),
        reported: headingFor('reported', count('reported'), period('reported'), lang),
        named: headingFor('named', countriesText(others.length, lang), null, lang),
        others: others.join('; '),
      }),
    );
  },
  legend: (rows, lang) => [
    ...(rows.some((r) => r.group === 'suppliers' && r.country) ? [{ className: 'mark mark--c4ads', label: w(lang, 'legend.in') }] : []),
    { className: 'mark mark--role', label: w(lang, 'legend.apart') },
    { className: 'mark-track', label: w(lang, 'legend.unnamed') },
  ],
  render: drawUnits,
};
