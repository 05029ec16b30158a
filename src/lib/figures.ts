/**
 * Every number a reader can see inline, in one shape: figures, vehicle-make counts and facilitator
 * counts are different records in data/, but the story prints and annotates them the same way.
 */
import type { Dataset } from './data';
import type { Figure } from './schemas/figure';
import { formatPeriod, formatValue, type Qualifier, type Unit } from './format';
import type { Lang } from './i18n/langs';

/** A citable number, whichever file it lives in. */
export interface CitableFigure {
  id: string;
  /** What it measures, as a phrase; the note that carries its sources starts with it. */
  label: string;
  value: number | null;
  unit: Unit;
  noun?: string;
  qualifier: Qualifier;
  period?: { start: string; end: string };
  status: Figure['status'];
  confidence?: Figure['confidence'];
  alternatives: Figure['alternatives'];
  method?: string;
  /** For a facilitator count: the figure it is part of ("537 of the 803 vehicles"). */
  partOf?: string;
  /** For a facilitator count: the facilitator's name, so the note can say whose count it is. */
  owner?: string;
  sources: string[];
  note?: string;
  /** Where the record lives, for editors: "data/figures.json". */
  file: string;
}

/** Every figure-bearing record as a CitableFigure, keyed by id (the same ids as figureBearingIds). */
export function citableFigures(data: Dataset): Map<string, CitableFigure> {
  const all = new Map<string, CitableFigure>();
  for (const f of data.figures) {
    all.set(f.id, { ...f, method: f.method, file: 'data/figures.json' });
  }
  for (const m of data.vehicleMakes) {
    all.set(m.id, {
      id: m.id,
      label: `${m.name} vehicles among those C4ADS tracked`,
      value: m.vehicles,
      unit: 'count',
      noun: 'vehicles',
      qualifier: 'exact',
      status: m.status,
      alternatives: [],
      method: m.method,
      partOf: 'vehicles-total',
      sources: m.sources,
      note: m.note,
      file: 'data/vehicle-makes.json',
    });
  }
  for (const f of data.facilitators) {
    for (const c of f.counts) {
      all.set(c.id, {
        id: c.id,
        label: `${f.name}: ${c.label}`,
        value: c.value,
        unit: c.unit,
        noun: c.noun,
        qualifier: 'exact',
        status: c.status,
        confidence: c.confidence,
        alternatives: [],
        partOf: c.of,
        owner: f.name,
        sources: c.sources,
        note: c.note,
        file: 'data/facilitators.json',
      });
    }
  }
  return all;
}

export interface PrintOptions {
  /** Leave out the noun ("803" instead of "803 vehicles"), when the sentence supplies it. */
  noun?: boolean;
  /** Leave out the qualifier ("90" instead of "as many as 90"), when the sentence words it itself. */
  qualifier?: boolean;
}

/** The figure as the story prints it in `lang`: "803 vehicles", "803대", "최대 90개국". */
export function printFigure(figure: CitableFigure, lang: Lang = 'en', { noun = true, qualifier = true }: PrintOptions = {}): string {
  return formatValue(figure.value, figure.unit, {
    noun: noun ? figure.noun : undefined,
    qualifier: qualifier ? figure.qualifier : 'exact',
    lang,
  });
}

/**
 * The figure's period as `lang` writes it, to print after its label; '' when it has none or the
 * label already says it ("… in 2021", "2021년 …"), so a note never gives the same date twice.
 */
export function periodAfterLabel(figure: Pick<CitableFigure, 'period'>, label: string, lang: Lang = 'en'): string {
  if (!figure.period) return '';
  const period = formatPeriod(figure.period, lang);
  const dashes = (text: string) => text.replace(/[-–~]/g, '–');
  return dashes(label).includes(dashes(period)) ? '' : period;
}

/** True when sources disagree on the value or on what it means (a rounding is not a disagreement). */
export function isDisputed(figure: CitableFigure): boolean {
  return figure.status === 'disputed' || figure.alternatives.some((a) => a.relation !== 'rounded');
}
