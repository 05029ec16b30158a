/**
 * A figure's words in a page's language: the value through the house formatter (Korean style in
 * src/lib/i18n/format-ko.ts) and the label that opens its note. Labels come from the data set, which
 * on a Korean page already carries each record's `ko.label`; the one label the code composes (a
 * vehicle make's count) is composed here in the page's language.
 */
import type { Dataset } from '../lib/data';
import { type CitableFigure, type PrintOptions } from '../lib/figures';
import { formatValue } from '../lib/format';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { storyText } from '../lib/i18n/ui/story';

/** The figure as the story prints it in `lang`: "803 vehicles", "803대", "최대 90개국". */
export function printFigureIn(figure: CitableFigure, lang: Lang, { noun = true, qualifier = true }: PrintOptions = {}): string {
  return formatValue(figure.value, figure.unit, {
    noun: noun ? figure.noun : undefined,
    qualifier: qualifier ? figure.qualifier : 'exact',
    lang,
  });
}

/** What the figure measures, in the data set's language. */
export function figureLabel(data: Dataset, figure: CitableFigure): string {
  const lang = langOf(data);
  if (lang === 'en' || figure.file !== 'data/vehicle-makes.json') return figure.label;
  const make = data.vehicleMakes.find((m) => m.id === figure.id);
  return make ? storyText(lang, 'makeLabel', { name: make.name }) : figure.label;
}
