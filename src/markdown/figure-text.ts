/**
 * A figure's label in a page's language, the words that open its note (the value itself is
 * printed by printFigure in src/lib/figures.ts, Korean style in src/lib/i18n/format-ko.ts). Labels come from the data set, which
 * on a Korean page already carries each record's `ko.label`; the one label the code composes (a
 * vehicle make's count) is composed here in the page's language.
 */
import type { Dataset } from '../lib/data';
import type { CitableFigure } from '../lib/figures';
import { langOf } from '../lib/i18n/dataset-lang';
import { storyText } from '../lib/i18n/ui/story';

/** What the figure measures, in the data set's language. */
export function figureLabel(data: Dataset, figure: CitableFigure): string {
  const lang = langOf(data);
  if (lang === 'en' || figure.file !== 'data/vehicle-makes.json') return figure.label;
  const make = data.vehicleMakes.find((m) => m.id === figure.id);
  return make ? storyText(lang, 'makeLabel', { name: make.name }) : figure.label;
}
