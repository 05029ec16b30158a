/** The vehicle-flows map's translator: its own words (ui/maps-flows.ts) and those it shares with every map (ui/maps.ts). */
import type { Lang } from '../lib/i18n/langs';
import { type MapKey, mapText } from '../lib/i18n/ui/maps';
import { FLOW_MESSAGES, type FlowKey, flowText } from '../lib/i18n/ui/maps-flows';

export type WordKey = MapKey | FlowKey;

/** t(lang, key, vars) over both tables. */
export function t(lang: Lang, key: WordKey, vars?: Record<string, string | number>): string {
  return key in FLOW_MESSAGES.en ? flowText(lang, key as FlowKey, vars) : mapText(lang, key as MapKey, vars);
}
