/** The entity pages' locator map (src/maps/entity-locator) seen through the figure contract. */
import { BOUNDARIES_SOURCE } from '../maps/geography';
import { locatorAlt, locatorMap, locatorPlaces, locatorSvg } from '../maps/entity-locator';
import type { Dataset } from '../lib/data';
import { langOf } from '../lib/i18n/dataset-lang';
import type { EntityProfile } from '../lib/entity-pages/profile';
import type { FigureSpec } from './types';

/** What a locator map is drawn from: the dataset and the profile of the entity whose page it sits on. */
export interface LocatorInput {
  data: Dataset;
  profile: EntityProfile;
}

export const ENTITY_LOCATOR = 'entity-locator';

/** The locator map of an entity page: its places, the legs it is on, credited in its caption. */
export const entityLocator: FigureSpec<LocatorInput, Dataset['places'][number]> = {
  id: ENTITY_LOCATOR,
  kind: 'locator',
  rows: ({ data, profile }) => locatorPlaces(data, profile),
  texts: ({ data, profile }) => {
    const places = locatorPlaces(data, profile);
    return {
      title: '',
      dek: '',
      notes: [],
      sources: [BOUNDARIES_SOURCE, ...new Set(places.map((p) => p.coordinates.source))],
      alt: locatorAlt(places, profile, langOf(data)),
    };
  },
  widths: [640],
  draw: ({ data, profile }) => locatorSvg(data, profile),
  frame: ({ data, profile }) => locatorMap(data, profile),
};
