/**
 * Cross-checks for the records after the report: the yearly China series (one full-year row per
 * series and year, partial years flagged, unknown exactly when the value is null, each linked figure
 * holding the same value and period) and the 2019–2026 events (every id they name exists).
 */
import { didYouMean } from '../nearest';
import { dataPath, type Dataset } from './files';
import type { DataIssue } from './issues';

const SERIES = dataPath('chinaLuxuryImports');
const EVENTS = dataPath('afterEvents');

/** True when the period is exactly the calendar year (written "YYYY" to "YYYY", or January to December). */
function isWholeYear(year: number, start: string, end: string): boolean {
  const y = String(year);
  return (start === y || start === `${y}-01` || start === `${y}-01-01`) && (end === y || end === `${y}-12` || end === `${y}-12-31`);
}

type SeriesRow = Dataset['chinaLuxuryImports'][number];
type Figure = Dataset['figures'][number];
/** An issue about one row of the series, without its file and record. */
type RowIssue = Omit<DataIssue, 'file' | 'record'>;

/** The period lies inside the row's calendar year. */
function periodIssues(row: SeriesRow): RowIssue[] {
  const { start, end } = row.period;
  if (start.startsWith(String(row.year)) && end.startsWith(String(row.year))) return [];
  return [
    {
      field: 'period',
      message: `the period ${start}–${end} lies outside the year ${row.year}.`,
      hint: 'A row covers one calendar year or part of it; split longer spans.',
    },
  ];
}

/** partialYear says whether the period is less than the whole year. */
function partialYearIssues(row: SeriesRow): RowIssue[] {
  const { start, end } = row.period;
  const whole = isWholeYear(row.year, start, end);
  if (whole !== row.partialYear) return [];
  return [
    {
      field: 'partialYear',
      message: whole
        ? 'the period is the whole year but partialYear is true.'
        : `the period ${start}–${end} is part of the year but partialYear is false.`,
      hint: 'partialYear must be true exactly when the value covers only some months, so that the chart never compares it with a full year.',
    },
  ];
}

/** A second full-year row for the same series and year, named with the first. */
function repeatedYearIssues(row: SeriesRow, earlier: SeriesRow[]): RowIssue[] {
  if (row.partialYear) return [];
  const first = earlier.find((r) => !r.partialYear && r.series === row.series && r.year === row.year);
  if (!first) return [];
  return [
    {
      field: 'year',
      message: `${row.series} already has a full-year row for ${row.year} ("${first.id}").`,
      hint: 'Each series has one full-year row per year; put another reading in alternatives.',
    },
  ];
}

/** The status is "unknown" exactly when the value is null. */
function rowStatusIssues(row: SeriesRow): RowIssue[] {
  if ((row.value === null) === (row.status === 'unknown')) return [];
  return [
    {
      field: 'status',
      message:
        row.value === null ? `the value is null but the status is "${row.status}".` : 'the status is "unknown" but a value is given.',
      hint: 'A year no source gives is null with status "unknown"; never fill it in.',
    },
  ];
}

/** The figure a row names exists and holds the same value for the same period. */
function linkedFigureIssues(row: SeriesRow, figures: Map<string, Figure>): RowIssue[] {
  if (!row.figure) return [];
  const { start, end } = row.period;
  const figure = figures.get(row.figure);
  if (!figure) {
    return [
      {
        field: 'figure',
        message: `unknown id "${row.figure}". ${didYouMean(row.figure, new Set(figures.keys()))}`.trim(),
        hint: 'Use an id from data/figures.json, or leave the field out.',
      },
    ];
  }
  if (figure.value === row.value && figure.period?.start === start && figure.period?.end === end) return [];
  return [
    {
      field: 'figure',
      message: `the figure "${figure.id}" holds ${figure.value} for ${figure.period?.start ?? '?'}–${figure.period?.end ?? '?'}, not ${row.value} for ${start}–${end}.`,
      hint: 'The story and the chart must print the same number: correct one of the two records.',
    },
  ];
}

/** Problems in data/china-luxury-imports.json, row by row. */
export function chinaSeriesIssues(data: Dataset): DataIssue[] {
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const rows = data.chinaLuxuryImports;
  return rows.flatMap((row, i) =>
    [
      ...periodIssues(row),
      ...partialYearIssues(row),
      ...repeatedYearIssues(row, rows.slice(0, i)),
      ...rowStatusIssues(row),
      ...linkedFigureIssues(row, figures),
    ].map((issue) => ({ file: SERIES, record: `"${row.id}"`, ...issue })),
  );
}

/** Problems in data/after-events.json: ids that do not resolve. */
export function afterEventIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const entities = new Set([...data.facilitators, ...data.places, ...data.countries].map((r) => r.id));
  const figures = new Set(data.figures.map((f) => f.id));
  for (const event of data.afterEvents) {
    event.entities.forEach((id, i) => {
      if (!entities.has(id)) {
        issues.push({
          file: EVENTS,
          record: `"${event.id}"`,
          field: `entities[${i}]`,
          message: `unknown id "${id}". ${didYouMean(id, entities)}`.trim(),
          hint: 'Name a facilitator, place or country that exists in data/.',
        });
      }
    });
    event.figures.forEach((id, i) => {
      if (!figures.has(id)) {
        issues.push({
          file: EVENTS,
          record: `"${event.id}"`,
          field: `figures[${i}]`,
          message: `unknown id "${id}". ${didYouMean(id, figures)}`.trim(),
          hint: 'Use an id from data/figures.json.',
        });
      }
    });
  }
  return issues;
}
