/**
 * Cross-checks for the records after the report: the yearly China series (one full-year row per
 * series and year, partial years flagged, unknown exactly when the value is null, each linked figure
 * holding the same value and period) and the 2019–2026 events (every id they name exists).
 */
import { didYouMean } from '../nearest';
import { DATA_FILES, type Dataset } from './files';
import type { DataIssue } from './issues';

const SERIES = `data/${DATA_FILES.chinaLuxuryImports.file}`;
const EVENTS = `data/${DATA_FILES.afterEvents.file}`;

/** True when the period is exactly the calendar year (written "YYYY" to "YYYY", or January to December). */
function isWholeYear(year: number, start: string, end: string): boolean {
  const y = String(year);
  return (start === y || start === `${y}-01` || start === `${y}-01-01`) && (end === y || end === `${y}-12` || end === `${y}-12-31`);
}

/** Problems in data/china-luxury-imports.json. */
export function chinaSeriesIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const fullYears = new Map<string, string>();
  for (const row of data.chinaLuxuryImports) {
    const record = `"${row.id}"`;
    const { start, end } = row.period;
    if (!start.startsWith(String(row.year)) || !end.startsWith(String(row.year))) {
      issues.push({
        file: SERIES,
        record,
        field: 'period',
        message: `the period ${start}–${end} lies outside the year ${row.year}.`,
        hint: 'A row covers one calendar year or part of it; split longer spans.',
      });
    }
    const whole = isWholeYear(row.year, start, end);
    if (whole === row.partialYear) {
      issues.push({
        file: SERIES,
        record,
        field: 'partialYear',
        message: whole
          ? 'the period is the whole year but partialYear is true.'
          : `the period ${start}–${end} is part of the year but partialYear is false.`,
        hint: 'partialYear must be true exactly when the value covers only some months, so that the chart never compares it with a full year.',
      });
    }
    if (!row.partialYear) {
      const key = `${row.series} ${row.year}`;
      const first = fullYears.get(key);
      if (first) {
        issues.push({
          file: SERIES,
          record,
          field: 'year',
          message: `${row.series} already has a full-year row for ${row.year} ("${first}").`,
          hint: 'Each series has one full-year row per year; put another reading in alternatives.',
        });
      } else fullYears.set(key, row.id);
    }
    if ((row.value === null) !== (row.status === 'unknown')) {
      issues.push({
        file: SERIES,
        record,
        field: 'status',
        message:
          row.value === null ? `the value is null but the status is "${row.status}".` : 'the status is "unknown" but a value is given.',
        hint: 'A year no source gives is null with status "unknown"; never fill it in.',
      });
    }
    if (row.figure) {
      const figure = figures.get(row.figure);
      if (!figure) {
        issues.push({
          file: SERIES,
          record,
          field: 'figure',
          message: `unknown id "${row.figure}". ${didYouMean(row.figure, new Set(figures.keys()))}`.trim(),
          hint: 'Use an id from data/figures.json, or leave the field out.',
        });
      } else if (figure.value !== row.value || figure.period?.start !== start || figure.period?.end !== end) {
        issues.push({
          file: SERIES,
          record,
          field: 'figure',
          message: `the figure "${figure.id}" holds ${figure.value} for ${figure.period?.start ?? '?'}–${figure.period?.end ?? '?'}, not ${row.value} for ${start}–${end}.`,
          hint: 'The story and the chart must print the same number: correct one of the two records.',
        });
      }
    }
  }
  return issues;
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
