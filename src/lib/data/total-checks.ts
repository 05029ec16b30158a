/** Declared totals add up: the makes to the vehicle total, the Japanese makes to theirs, counts to their wholes. */
import { dataPath, type Dataset } from './files';
import type { DataIssue } from './issues';

/** Problems with the declared totals, vehicle makes first, then facilitator counts. */
export function totalIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const figure = (id: string) => data.figures.find((f) => f.id === id);
  const total = figure('vehicles-total');
  if (total && total.value !== null && data.vehicleMakes.length > 0) {
    const sum = data.vehicleMakes.reduce((s, m) => s + (m.vehicles ?? 0), 0);
    if (sum !== total.value) {
      const parts = data.vehicleMakes.filter((m) => m.vehicles !== null).map((m) => `${m.id} ${m.vehicles}`);
      issues.push({
        file: dataPath('vehicleMakes'),
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
        file: dataPath('vehicleMakes'),
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
          file: dataPath('facilitators'),
          record: `"${f.id}"`,
          field: `counts[${i}].value`,
          message: `${count.value} is larger than the whole it is part of ("${whole.id}" is ${whole.value}).`,
        });
      }
      if (count.unit === 'percent' && (count.value < 0 || count.value > 100)) {
        issues.push({
          file: dataPath('facilitators'),
          record: `"${f.id}"`,
          field: `counts[${i}].value`,
          message: `a percentage must be between 0 and 100, received ${count.value}.`,
        });
      }
    });
  }
  return issues;
}
