/**
 * The lower panel of imports-by-country: a grid of the countries the sources name (rows) by the
 * roles they give them (columns), each with its share, written "unknown" wherever no source gives
 * one. Where the rows, columns and headers go is worked out first (gridLayout), then drawn.
 */
import * as Plot from '@observablehq/plot';
import { formatValue } from '../lib/format';
import type { Lang } from '../lib/i18n/langs';
import type { Country } from '../lib/schemas/country';
import type { CountryRow } from './imports-by-country';
import { charsIn, FONT_SIZE, wrapText } from './layout';
import { annotate, decorate } from './marks';
import { lowerFirst } from './text';
import type { ChartDrawOptions } from './types';
import { unitPlot } from './unit-plot';
import { w } from './words/imports-by-country';

export type Role = Exclude<Country['roles'][number]['role'], 'destination'>;

const ROLE_ORDER: Role[] = ['source', 'vehicle-origin', 'transit', 'facilitator-base', 'purchase', 'flag-state'];

/** The words a role's column carries, in `lang`. */
export function roleLabel(role: Role, lang: Lang = 'en'): string {
  return w(lang, `role.${role}`);
}

/** The roles drawn as columns, in reading order, with the (English) words each column carries. */
export const ROLES: { role: Role; label: string }[] = ROLE_ORDER.map((role) => ({ role, label: roleLabel(role) }));

/** A country's share as printed: "93%", "7% (derived)" or "share unknown" ("비중 미상"). */
export function shareText(row: CountryRow, lang: Lang = 'en'): string {
  if (row.share === null) return w(lang, 'shareUnknown');
  const share = formatValue(row.share, 'percent', { lang });
  return row.shareStatus === 'derived' ? w(lang, 'derived', { share }) : share;
}

interface Cell {
  c: CountryRow;
  role: (typeof ROLES)[number];
  x: number;
  y: number;
  has: boolean;
}

/** Where the grid's parts go, in SVG units: label and share columns, one column per role, one row per country. */
export function gridLayout(rows: CountryRow[], width: number, wide: boolean, lang: Lang = 'en') {
  const countries = rows.filter((r) => r.roles.length > 0);
  const labelWidth = wide ? 150 : 124;
  const shareWidth = wide ? 104 : 0;
  const colWidth = (width - labelWidth - shareWidth) / ROLES.length;
  const labels = ROLES.map((r) => roleLabel(r.role, lang));
  const headerLines = labels.map((label) => wrapText(label, wide ? charsIn(colWidth - 4) : 40));
  const headerHeight = wide ? Math.max(...headerLines.map((l) => l.length)) * (FONT_SIZE + 3) + 6 : 150;
  const rowHeight = wide ? 26 : 38;
  const colX = (i: number) => labelWidth + shareWidth + colWidth * (i + 0.5);
  const rowY = (i: number) => headerHeight + rowHeight * (i + 0.5);
  const cells: Cell[] = countries.flatMap((c, ci) =>
    ROLES.map((r, ri) => ({ c, role: r, x: colX(ri), y: rowY(ci), has: c.roles.includes(r.role) })),
  );
  return { wide, width, lang, countries, labels, labelWidth, headerLines, headerHeight, rowHeight, colX, rowY, cells };
}

type GridLayout = ReturnType<typeof gridLayout>;

/** Draws the grid at the given width and layout. */
export function roleGrid(rows: CountryRow[], { width, layout, document, lang }: ChartDrawOptions): Element {
  const grid = gridLayout(rows, width, layout === 'wide', lang);
  return unitPlot(document, width, grid.headerHeight + grid.rowHeight * grid.countries.length + 4, [
    ...labelMarks(grid),
    ...cellMarks(grid, rows),
  ]);
}

/** Row rules, the role headings (rotated when narrow), the country names and their shares. */
function labelMarks(grid: GridLayout): Plot.Markish[] {
  const { wide, width, lang, countries, labels, labelWidth, headerLines, headerHeight, rowHeight, colX, rowY } = grid;
  return [
    Plot.ruleY(
      countries.map((_, i) => rowY(i) + rowHeight / 2),
      { x1: 0, x2: width, className: 'grid-line', ariaHidden: 'true' },
    ),
    Plot.text(ROLES, {
      x: (_: unknown, i: number) => colX(i),
      y: wide ? headerHeight - 6 : headerHeight - 8,
      text: (_: unknown, i: number) => (wide ? headerLines[i].join('\n') : labels[i]),
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
          text: ({ c }: { c: CountryRow }) => (c.share === null ? '–' : shareText(c, lang)),
          lineAnchor: 'middle',
          textAnchor: 'start',
          className: 'chart__muted',
          fontStyle: unknown ? 'italic' : 'normal',
          ariaHidden: 'true',
        },
      ),
    ),
  ];
}

/** A point for each role a source gives a country (reachable, with its detail), a grey dot where none does. */
function cellMarks({ wide, lang, cells }: GridLayout, rows: CountryRow[]): Plot.Markish[] {
  const present = cells.filter((cell) => cell.has);
  const absent = cells.filter((cell) => !cell.has);
  return [
    Plot.dot(absent, { x: 'x', y: 'y', r: 2, render: decorate('mark-absent') }),
    Plot.dot(present, {
      x: 'x',
      y: 'y',
      r: wide ? 7 : 6.5,
      render: annotate(present, (cell) => ({
        title: w(lang, 'cellTitle', { country: cell.c.country, role: lowerFirst(roleLabel(cell.role.role, lang)) }),
        lines: [
          cell.c.details[cell.role.role] ?? '',
          w(lang, 'cellShare', { share: cell.c.share === null ? w(lang, 'unknown') : shareText(cell.c, lang) }),
        ],
        className: `mark mark--role mark--${cell.role.role}`,
        row: rows.indexOf(cell.c),
      })),
    }),
  ];
}
