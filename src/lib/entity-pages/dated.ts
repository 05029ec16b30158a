/** How an entity page words a leg's dates: every date carries what it rests on. */
import type { z } from 'astro/zod';
import { formatDate } from '../format';
import type { Lang } from '../i18n/langs';
import { te } from '../i18n/ui/entities';
import type { DatedPoint } from '../schemas/journey';

type Point = z.infer<typeof DatedPoint>;

/**
 * "Left: 30 September 2018", "Due to arrive: 5 October 2018 (scheduled; no arrival on record)",
 * "Arrived: about 5 October 2018 (an estimate)" or "Arrived: no date in the sources"; in Korean
 * "출발: 2018년 9월 30일", "도착: 2018년 10월 5일쯤(추정)" and so on.
 */
export function legDate(which: 'depart' | 'arrive', point: Point | null, lang: Lang = 'en'): string {
  const key = which === 'depart' ? 'date.left' : 'date.arrived';
  if (!point) return te(lang, `${key}.none`);
  const date = formatDate(point.date, lang);
  if (point.basis === 'scheduled') return te(lang, `${key}.scheduled`, { date });
  if (point.basis === 'estimated') return te(lang, `${key}.estimated`, { date });
  return te(lang, key, { date });
}
