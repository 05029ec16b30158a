/**
 * The notes section at the end of a page: each citation in full, and for each figure what it
 * measures, its sources, how sure we are and, where sources disagree, the other side. The words
 * around the data are in the data set's language (langOf): a Korean page passes getDataset('ko').
 */
import { citationHtml } from '../markup/bibliography';
import type { Dataset } from '../lib/data';
import { type CitableFigure, citableFigures, isDisputed, periodAfterLabel, printFigure } from '../lib/figures';
import { escapeHtml, html, raw } from '../lib/html';
import { langOf } from '../lib/i18n/dataset-lang';
import type { Lang } from '../lib/i18n/langs';
import { storyText as t } from '../lib/i18n/ui/story';
import { creditLinks } from '../markup/credits';
import { typeset } from '../lib/typography';
import { figureLabel } from './figure-text';
import { type Note, noteAnchor } from './notes';

const CONFIDENCE = { high: 'confidenceHigh', medium: 'confidenceMedium', low: 'confidenceLow' } as const;

const credits = creditLinks;

/** Data text as printed: curled quotes, and a full stop at the end (Korean sentences end in "."). */
function sentence(text: string): string {
  const t = typeset(text.trim());
  return /[.!?”]$/.test(t) ? t : `${t}.`;
}

/** English lower-cases the label's first letter inside a sentence; Korean has no case (and keeps "CNN" as is). */
const lowerFirst = (text: string, lang: Lang = 'en') => (lang === 'en' ? text.replace(/^./, (c) => c.toLowerCase()) : text);

/** A data note inside parentheses: no closing full stop, English lower-cased. */
const aside = (text: string, lang: Lang) => typeset(lowerFirst(text.trim().replace(/\.$/, ''), lang));

function disputedSides(data: Dataset, figure: CitableFigure, lang: Lang): string {
  const sides = figure.alternatives
    .filter((a) => a.relation !== 'rounded')
    .map((a) => {
      const shown = a.display ?? (a.value === null ? t(lang, 'noNumber') : printFigure({ ...figure, value: a.value }, lang));
      const meaning = a.meaning ? typeset(lowerFirst(a.meaning, lang)) : undefined;
      const reading =
        a.relation === 'different-reading'
          ? meaning
            ? t(lang, 'otherReadingMeaning', { shown, meaning })
            : t(lang, 'otherReading', { shown })
          : meaning
            ? t(lang, 'otherValueMeaning', { shown, meaning })
            : t(lang, 'otherValue', { shown });
      return html`${raw(credits(data, a.sources))} ${reading}.${a.note ? ` ${sentence(a.note)}` : ''}`;
    });
  return html`<p class="note__disputed"><strong>${t(lang, 'disputed')}</strong> ${raw(sides.join(' '))}</p>`;
}

/**
 * Whether Korean takes "으로" rather than "로" after `text`: its last word (before any parenthesis)
 * ends in a final consonant other than ㄹ ("이상" → 으로; "달러", "개월" → 로), digits read aloud.
 */
export function takesEuro(text: string): boolean {
  const last = text
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .slice(-1);
  if (/\d/.test(last)) return '036'.includes(last);
  const code = last.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return false;
  const final = code % 28;
  return final !== 0 && final !== 8;
}

function figureBody(data: Dataset, figure: CitableFigure, all: Map<string, CitableFigure>): string {
  const lang = langOf(data);
  const parts: string[] = [];
  const words = figureLabel(data, figure);
  const when = periodAfterLabel(figure, words, lang);
  const period = when ? `, ${when}` : '';
  const label = typeset(words);
  parts.push(html`<p><strong class="note__value">${printFigure(figure, lang)}</strong>: ${label}${period}.</p>`);
  if (figure.value === null) parts.push(html`<p>${t(lang, 'unknownValue')}</p>`);
  if (isDisputed(figure)) parts.push(disputedSides(data, figure, lang));
  const rounded = figure.alternatives.filter((a) => a.relation === 'rounded');
  if (rounded.length) {
    const items = rounded.map(
      (a) =>
        html`${typeset(a.display ?? printFigure({ ...figure, value: a.value }, lang))} (${raw(credits(data, a.sources))}${a.note ? `; ${aside(a.note, lang)}` : ''})`,
    );
    const last = rounded[rounded.length - 1];
    const euro = lang === 'ko' && takesEuro(last.display ?? printFigure({ ...figure, value: last.value }, lang));
    parts.push(html`<p>${raw(t(lang, euro ? 'alsoGivenEuro' : 'alsoGiven', { items: items.join('; ') }))}</p>`);
  }
  if (figure.method) parts.push(html`<p>${raw(t(lang, 'ourCalculation', { method: escapeHtml(sentence(figure.method)) }))}</p>`);
  const whole = figure.partOf ? all.get(figure.partOf) : undefined;
  if (whole) {
    const wholeLabel = sentence(lang === 'en' ? lowerFirst(figureLabel(data, whole)) : figureLabel(data, whole));
    parts.push(html`<p>${raw(t(lang, 'partOf', { whole: escapeHtml(printFigure(whole, lang)), label: escapeHtml(wholeLabel) }))}</p>`);
  }
  if (figure.note) parts.push(html`<p>${sentence(figure.note)}</p>`);
  const confidence = figure.confidence ? ` ${t(lang, CONFIDENCE[figure.confidence])}` : '';
  const line = t(lang, figure.sources.length > 1 ? 'sourcesLine' : 'sourceLine', { credits: credits(data, figure.sources) });
  parts.push(html`<p>${raw(line)}${confidence}</p>`);
  return parts.join('');
}

function sourceBody(data: Dataset, id: string): string {
  const source = data.sources.find((s) => s.id === id)!;
  const about = source.note ? html` <span class="note__about">${sentence(source.note)}</span>` : '';
  return html`<p>${raw(citationHtml(source, langOf(data)))}${raw(about)}</p>`;
}

/** One way back per note, to its first mention: a note cited five times is still one Tab stop. */
function backLink(note: Note, lang: Lang): string {
  const [first] = note.refs;
  if (!first) return '';
  const label = t(lang, note.refs.length === 1 ? 'backOnce' : 'backFirst');
  return html`<p class="note__back"><a href="#${first}" aria-label="${label}">↩ ${label}</a></p>`;
}

function countsText(notes: Note[], lang: Lang): string {
  const figures = notes.filter((n) => n.kind === 'figure').length;
  const sources = notes.length - figures;
  return [
    sources ? (sources === 1 ? t(lang, 'countSource') : t(lang, 'countSources', { n: sources })) : '',
    figures ? (figures === 1 ? t(lang, 'countFigure') : t(lang, 'countFigures', { n: figures })) : '',
  ]
    .filter(Boolean)
    .join(t(lang, 'countJoin'));
}

/** The notes section for a page, or an empty string when it has no notes; the heading defaults to "Notes" in the data's language. */
export function renderNoteList(data: Dataset, notes: Note[], heading?: string): string {
  if (notes.length === 0) return '';
  const lang = langOf(data);
  const figures = citableFigures(data);
  const items = notes.map((note) => {
    const body = note.kind === 'figure' ? figureBody(data, figures.get(note.id)!, figures) : sourceBody(data, note.id);
    return `<li class="note note--${note.kind}" id="${noteAnchor(note.number)}" data-${note.kind}="${escapeHtml(note.id)}">${body}${backLink(note, lang)}</li>`;
  });
  const title = heading ?? t(lang, 'notesHeading');
  const summary = escapeHtml(t(lang, 'notesSummary', { what: countsText(notes, lang) }));
  // Collapsed on screen so the story ends where it ends; a link to a note opens it (browsers expand
  // a closed <details> on fragment navigation), and print shows it open (story.css).
  return `<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title">${escapeHtml(title)}</h2><details class="notes__details"><summary class="notes__summary">${summary}</summary><ol class="notes__list">${items.join('')}</ol></details></section>`;
}
