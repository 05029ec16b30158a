/** The Maybach journey runs in order: legs form one numbered chain and every date follows the one before it. */
import { canPrecede } from '../dates';
import { dataPath, type Dataset } from './files';
import type { DataIssue } from './issues';

/** Problems with the order of the legs and their dates, then with the events' date ranges. */
export function journeyOrderIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const legs = [...data.journeyLegs].sort((a, b) => a.order - b.order);
  legs.forEach((leg, i) => {
    const at = { file: dataPath('journeyLegs'), record: `"${leg.id}"` };
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
        file: dataPath('journeyLegs'),
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
        file: dataPath('journeyLegs'),
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
        file: dataPath('journeyEvents'),
        record: `"${event.id}"`,
        field: 'endDate',
        message: `${event.endDate} is before the start date ${event.date}.`,
      });
    }
  }
  return issues;
}
