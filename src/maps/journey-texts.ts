/**
 * The journey map's words that follow from the record: a title that says how far the journey is
 * documented, and notes on what the lines are and which legs are disputed or only inferred, in the
 * language of the data set (src/lib/i18n/ui/maps.ts).
 */
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { mapText as t } from '../lib/i18n/ui/maps';
import type { JourneyLeg } from '../lib/schemas/journey';
import { joinList, type LegView } from './journey-model';
import { legShape, type LegShape } from './leg-geometry';

/** "Leg 2", "Legs 1, 2 and 4"; "2구간", "1, 2, 4구간". */
export const legList = (lang: Lang, orders: number[]): string =>
  orders.length === 1 ? t(lang, 'legOne', { order: orders[0] }) : t(lang, 'legMany', { orders: joinList(lang, orders.map(String)) });

/** What the lines are, by the modes the legs have: lanes, great circles, or schematic curves. */
function lineNote(data: Dataset, views: LegView[]): string {
  const lang = langOf(data);
  const by = (shape: LegShape) => views.filter((v) => legShape(data, v.leg) === shape).map((v) => v.leg.order);
  const note = (shape: LegShape, one: 'noteSeaOne' | 'noteAirOne' | 'noteSchematic', many: typeof one | 'noteSeaMany' | 'noteAirMany') =>
    by(shape).length ? t(lang, by(shape).length === 1 ? one : many, { legs: legList(lang, by(shape)) }) : '';
  const parts = [
    note('sea-lane', 'noteSeaOne', 'noteSeaMany'),
    note('great-circle', 'noteAirOne', 'noteAirMany'),
    note('schematic', 'noteSchematic', 'noteSchematic'),
    t(lang, 'noteWidth'),
  ];
  return parts.filter(Boolean).join(' ');
}

/** A title that says how far the journey is on record, from the legs' evidence. */
export function journeyTitle(views: LegView[], lang: Lang = 'en'): string {
  const run = views.findIndex((v) => v.leg.evidence !== 'documented');
  if (run === -1) return t(lang, 'titleDocumented');
  if (run === 0) return t(lang, 'titleReconstructed');
  const after = new Set(views.slice(run).map((v) => v.leg.evidence));
  return t(lang, after.has('disputed') ? 'titleDisputed' : 'titleInferred', { place: views[run - 1].to.name });
}

/** The map's notes: what the lines are, then the disputed legs and the inferred ones. */
export function journeyNotes(data: Dataset, views: LegView[]): string[] {
  const lang = langOf(data);
  const orders = (evidence: JourneyLeg['evidence']) => views.filter((v) => v.leg.evidence === evidence).map((v) => v.leg.order);
  return [
    lineNote(data, views),
    orders('disputed').length ? t(lang, 'noteDisputed', { legs: legList(lang, orders('disputed')) }) : '',
    orders('inferred').length ? t(lang, 'noteInferred', { legs: legList(lang, orders('inferred')) }) : '',
  ].filter(Boolean);
}
