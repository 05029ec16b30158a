/** How an entity page words a leg's dates: every date carries what it rests on. */
import type { z } from 'astro/zod';
import { formatDate } from '../format';
import type { DatedPoint } from '../schemas/journey';

type Point = z.infer<typeof DatedPoint>;

/**
 * "Left: 30 September 2018", "Due to arrive: 5 October 2018 (scheduled; no arrival on record)",
 * "Arrived: about 5 October 2018 (an estimate)" or "Arrived: no date in the sources".
 */
export function legDate(which: 'depart' | 'arrive', point: Point | null): string {
  const [done, due] = which === 'depart' ? ['Left', 'Due to leave'] : ['Arrived', 'Due to arrive'];
  if (!point) return `${done}: no date in the sources`;
  const date = formatDate(point.date);
  if (point.basis === 'scheduled') return `${due}: ${date} (scheduled; no ${which === 'depart' ? 'departure' : 'arrival'} on record)`;
  if (point.basis === 'estimated') return `${done}: about ${date} (an estimate)`;
  return `${done}: ${date}`;
}
