/**
 * Checks that go beyond one record: every id a record points to exists (with the nearest valid id
 * when it does not), ids are unique across data/, declared totals add up and journeys run in order.
 */
import { canPrecede } from '../dates';
import { didYouMean } from '../nearest';
import { afterEventIssues, chinaSeriesIssues } from './after-checks';
import { catalogueIssues, listingIssues } from './crossref-registers';
import { DATA_FILES, type DataKey, type Dataset } from './files';
import { checkVehicleFlows } from './flow-checks';
import { seaRouteIssues } from './sea-route-checks';
import { type DataIssue, fieldPath } from './issues';

type Path = (string | number)[];

function file(key: DataKey): string {
  return `data/${DATA_FILES[key].file}`;
}

/** Every `sources` array anywhere inside a record, with its path. */
function sourceLists(value: unknown, path: Path = []): { path: Path; ids: string[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceLists(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && Array.isArray(child) ? [{ path: [...path, key], ids: child as string[] }] : sourceLists(child, [...path, key]),
  );
}

/** The ids a `:figure[…]` can name: figures, vehicle makes (their counts) and facilitator counts. */
export function figureBearingIds(data: Dataset): Set<string> {
  return new Set([
    ...data.figures.map((f) => f.id),
    ...data.vehicleMakes.map((m) => m.id),
    ...data.facilitators.flatMap((f) => f.counts.map((c) => c.id)),
  ]);
}

export function crossCheck(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const ids = (key: DataKey) => new Set((data[key] as { id: string }[]).map((r) => r.id));
  const sourceIds = ids('sources');
  const placeIds = ids('places');
  const countryIds = ids('countries');
  const facilitatorIds = ids('facilitators');
  const figureIds = ids('figures');
  const anyFigure = figureBearingIds(data);

  const ref = (
    key: DataKey,
    record: string,
    path: Path,
    wanted: string | null | undefined,
    valid: Set<string>,
    target: DataKey | string,
  ) => {
    if (wanted === null || wanted === undefined || valid.has(wanted)) return;
    const targetFile = target in DATA_FILES ? file(target as DataKey) : target;
    issues.push({
      file: file(key),
      record: `"${record}"`,
      field: fieldPath(path),
      message: `unknown id "${wanted}". ${didYouMean(wanted, valid)}`.trim(),
      hint: `Use an id that exists in ${targetFile}, or add a record with this id there first.`,
    });
  };

  // Ids are unique across all of data/, so that a directive such as :entity[busan] is never ambiguous.
  const seen = new Map<string, string>();
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    for (const record of data[key] as { id: string; counts?: { id: string }[] }[]) {
      const nested = (record.counts ?? []).map((c) => c.id);
      for (const id of [record.id, ...nested]) {
        const first = seen.get(id);
        if (first) {
          issues.push({
            file: file(key),
            record: `"${id}"`,
            field: 'id',
            message: `the id "${id}" is already used in ${first}.`,
            hint: 'Ids must be unique across every file in data/; give one of the two records another id.',
          });
        } else seen.set(id, file(key));
      }
    }
  }

  // Every source list resolves into the bibliography.
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    if (key === 'sources') continue;
    for (const record of data[key] as { id: string }[]) {
      for (const list of sourceLists(record)) {
        list.ids.forEach((id, i) => ref(key, record.id, [...list.path, i], id, sourceIds, 'sources'));
      }
    }
  }

  for (const place of data.places) {
    ref('places', place.id, ['country'], place.country, countryIds, 'countries');
    ref('places', place.id, ['coordinates', 'source'], place.coordinates.source, sourceIds, 'sources');
    const coordinateSource = data.sources.find((s) => s.id === place.coordinates.source);
    if (coordinateSource && coordinateSource.kind !== 'dataset') {
      issues.push({
        file: file('places'),
        record: `"${place.id}"`,
        field: 'coordinates.source',
        message: `"${coordinateSource.id}" is a ${coordinateSource.kind}, not a reference dataset.`,
        hint: 'Coordinates come from a dataset such as the NGA World Port Index or OpenFlights (kind "dataset" in data/sources.json).',
      });
    }
  }
  for (const country of data.countries) {
    ref('countries', country.id, ['shareFigure'], country.shareFigure, figureIds, 'figures');
  }
  for (const make of data.vehicleMakes) {
    ref('vehicleMakes', make.id, ['makerCountry'], make.makerCountry, countryIds, 'countries');
  }
  for (const f of data.facilitators) {
    ref('facilitators', f.id, ['country'], f.country, countryIds, 'countries');
    f.related.forEach((id, i) => ref('facilitators', f.id, ['related', i], id, facilitatorIds, 'facilitators'));
    f.counts.forEach((c, i) => ref('facilitators', f.id, ['counts', i, 'of'], c.of, figureIds, 'figures'));
  }
  for (const figure of data.figures) {
    figure.derivedFrom.forEach((id, i) =>
      ref('figures', figure.id, ['derivedFrom', i], id, anyFigure, 'data/figures.json, data/vehicle-makes.json or a facilitator count'),
    );
  }
  for (const leg of data.journeyLegs) {
    ref('journeyLegs', leg.id, ['from'], leg.from, placeIds, 'places');
    ref('journeyLegs', leg.id, ['to'], leg.to, placeIds, 'places');
    ref('journeyLegs', leg.id, ['carrier'], leg.carrier, facilitatorIds, 'facilitators');
    leg.parties.forEach((id, i) => ref('journeyLegs', leg.id, ['parties', i], id, facilitatorIds, 'facilitators'));
  }
  for (const event of data.journeyEvents) {
    ref('journeyEvents', event.id, ['place'], event.place, placeIds, 'places');
    event.entities.forEach((id, i) => ref('journeyEvents', event.id, ['entities', i], id, facilitatorIds, 'facilitators'));
  }
  for (const list of data.nationalLists) {
    ref('nationalLists', list.id, ['country'], list.country, countryIds, 'countries');
  }

  issues.push(
    ...statusRules(data),
    ...totals(data),
    ...journeyOrder(data),
    ...checkVehicleFlows(data),
    ...listingIssues(data),
    ...catalogueIssues(data),
    ...seaRouteIssues(data),
    ...chinaSeriesIssues(data),
    ...afterEventIssues(data),
  );
  return issues;
}

/** A value's status must match what the record says about it. */
function statusRules(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const figure of data.figures) {
    const at = { file: file('figures'), record: `"${figure.id}"` };
    if (figure.value === null && figure.status !== 'unknown') {
      issues.push({
        ...at,
        field: 'status',
        message: `is "${figure.status}" but the value is null.`,
        hint: 'A figure no source gives has status "unknown"; otherwise give its value.',
      });
    }
    if (figure.value !== null && figure.status === 'unknown') {
      issues.push({
        ...at,
        field: 'status',
        message: 'is "unknown" but a value is given.',
        hint: 'Use "reported", "derived" or "disputed", or set the value to null.',
      });
    }
    if (figure.status === 'derived' && (!figure.method || figure.derivedFrom.length === 0)) {
      issues.push({
        ...at,
        field: 'method',
        message: 'a derived figure needs "method" and "derivedFrom".',
        hint: 'Say how it was computed and from which figures, so a reader can check it.',
      });
    }
    const disagreements = figure.alternatives.filter((a) => a.relation !== 'rounded');
    if (figure.status === 'disputed' && disagreements.length === 0) {
      issues.push({
        ...at,
        field: 'alternatives',
        message: 'a disputed figure needs at least one "conflicting" or "different-reading" alternative.',
        hint: 'List the other value or reading with its sources, so the site can show both sides.',
      });
    }
    if (figure.status !== 'disputed' && disagreements.length > 0) {
      issues.push({
        ...at,
        field: 'status',
        message: `is "${figure.status}" but alternatives disagree with it.`,
        hint: 'Set the status to "disputed" so the site says that sources disagree.',
      });
    }
    if (figure.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100)) {
      issues.push({ ...at, field: 'value', message: `a percentage must be between 0 and 100, received ${figure.value}.` });
    }
  }
  for (const make of data.vehicleMakes) {
    const at = { file: file('vehicleMakes'), record: `"${make.id}"` };
    if ((make.vehicles === null) !== (make.status === 'unknown')) {
      issues.push({
        ...at,
        field: 'status',
        message: 'must be "unknown" exactly when "vehicles" is null.',
        hint: 'A make named without a count has vehicles null and status "unknown".',
      });
    }
    if (make.status === 'derived' && !make.method) {
      issues.push({ ...at, field: 'method', message: 'a derived count needs "method".', hint: 'Say how the count was computed.' });
    }
  }
  return issues;
}

/** Declared totals add up: the makes to the vehicle total, shares and parts to their wholes. */
function totals(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const figure = (id: string) => data.figures.find((f) => f.id === id);
  const total = figure('vehicles-total');
  if (total && total.value !== null && data.vehicleMakes.length > 0) {
    const sum = data.vehicleMakes.reduce((s, m) => s + (m.vehicles ?? 0), 0);
    if (sum !== total.value) {
      const parts = data.vehicleMakes.filter((m) => m.vehicles !== null).map((m) => `${m.id} ${m.vehicles}`);
      issues.push({
        file: file('vehicleMakes'),
        field: 'vehicles',
        message: `the makes add up to ${sum} (${parts.join(' + ')}), but "vehicles-total" in data/figures.json is ${total.value}.`,
        hint: 'Every vehicle is either under a make or in the unattributed remainder; correct a count or the remainder.',
      });
    }
  }
  const japanese = figure('vehicles-japanese-makes');
  if (japanese && japanese.value !== null) {
    const sum = data.vehicleMakes.filter((m) => m.group === 'japanese').reduce((s, m) => s + (m.vehicles ?? 0), 0);
    if (sum !== japanese.value) {
      issues.push({
        file: file('vehicleMakes'),
        field: 'vehicles',
        message: `the Japanese makes add up to ${sum}, but "vehicles-japanese-makes" in data/figures.json is ${japanese.value}.`,
        hint: 'Check the counts of the makes whose group is "japanese".',
      });
    }
  }
  for (const f of data.facilitators) {
    f.counts.forEach((count, i) => {
      const whole = count.of ? figure(count.of) : undefined;
      if (whole && whole.value !== null && count.unit === whole.unit && count.value > whole.value) {
        issues.push({
          file: file('facilitators'),
          record: `"${f.id}"`,
          field: `counts[${i}].value`,
          message: `${count.value} is larger than the whole it is part of ("${whole.id}" is ${whole.value}).`,
        });
      }
      if (count.unit === 'percent' && (count.value < 0 || count.value > 100)) {
        issues.push({
          file: file('facilitators'),
          record: `"${f.id}"`,
          field: `counts[${i}].value`,
          message: `a percentage must be between 0 and 100, received ${count.value}.`,
        });
      }
    });
  }
  return issues;
}

/** The legs form one chain in order, and every date follows the one before it. */
function journeyOrder(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  legs.forEach((leg, i) => {
    const at = { file: file('journeyLegs'), record: `"${leg.id}"` };
    if (leg.order !== i + 1) {
      issues.push({
        ...at,
        field: 'order',
        message: `expected ${i + 1}, received ${leg.order}.`,
        hint: 'Legs are numbered 1, 2, 3… with no gaps or repeats.',
      });
    }
    if (leg.depart && leg.arrive && !canPrecede(leg.depart.date, leg.arrive.date)) {
      issues.push({
        ...at,
        field: 'arrive.date',
        message: `${leg.arrive.date} is before the departure ${leg.depart.date}.`,
        hint: 'Check both dates against the sources.',
      });
    }
    const next = legs[i + 1];
    if (!next) return;
    if (next.from !== leg.to) {
      issues.push({
        file: file('journeyLegs'),
        record: `"${next.id}"`,
        field: 'from',
        message: `starts at "${next.from}" but the leg before it ends at "${leg.to}".`,
        hint: 'Each leg starts where the previous one ended.',
      });
    }
    const end = leg.arrive?.date ?? leg.depart?.date;
    const start = next.depart?.date ?? next.arrive?.date;
    if (end && start && !canPrecede(end, start)) {
      issues.push({
        file: file('journeyLegs'),
        record: `"${next.id}"`,
        field: next.depart ? 'depart.date' : 'arrive.date',
        message: `${start} is before ${end}, the end of the leg before it ("${leg.id}").`,
        hint: 'Dates of a journey run in order; check both legs against the sources.',
      });
    }
  });
  for (const event of data.journeyEvents) {
    if (event.endDate && !canPrecede(event.date, event.endDate)) {
      issues.push({
        file: file('journeyEvents'),
        record: `"${event.id}"`,
        field: 'endDate',
        message: `${event.endDate} is before the start date ${event.date}.`,
      });
    }
  }
  return issues;
}
