/**
 * The notes section at the end of a page: each citation in full, and for each figure what it
 * measures, its sources, how sure we are and, where sources disagree, the other side.
 */
import { citationHtml } from '../markup/bibliography';
import type { Dataset } from '../lib/data';
import { type CitableFigure, citableFigures, isDisputed, printFigure } from '../lib/figures';
import { formatPeriod } from '../lib/format';
import { escapeHtml, html, raw } from '../lib/html';
import { creditLinks } from '../markup/credits';
import { typeset } from '../lib/typography';
import { type Note, noteAnchor } from './notes';

const confidenceText = {
  high: 'High confidence: stated by the primary source, or by several independent outlets with nothing against it.',
  medium: 'Medium confidence: press accounts of the report agree.',
  low: 'Low confidence: a single or second-hand source.',
} as const;

const credits = creditLinks;

/** Data text as printed: curled quotes, and a full stop at the end. */
function sentence(text: string): string {
  const t = typeset(text.trim());
  return /[.!?”]$/.test(t) ? t : `${t}.`;
}

function figureBody(data: Dataset, figure: CitableFigure, all: Map<string, CitableFigure>): string {
  const parts: string[] = [];
  const period = figure.period ? `, ${formatPeriod(figure.period)}` : '';
  parts.push(html`<p><strong class="note__value">${printFigure(figure)}</strong>: ${typeset(figure.label)}${period}.</p>`);
  if (figure.value === null) parts.push('<p>No source we read gives this number, so the site shows it as unknown.</p>');
  const disagreeing = figure.alternatives.filter((a) => a.relation !== 'rounded');
  if (isDisputed(figure)) {
    const sides = disagreeing.map((a) => {
      const shown = a.display ?? (a.value === null ? 'no number' : printFigure({ ...figure, value: a.value }));
      const reading =
        a.relation === 'different-reading'
          ? html`give the same number another meaning: ${shown}${a.meaning ? `, ${typeset(a.meaning.replace(/^./, (c) => c.toLowerCase()))}` : ''}`
          : html`give a different value: ${shown}`;
      return html`${raw(credits(data, a.sources))} ${raw(reading)}.${a.note ? ` ${sentence(a.note)}` : ''}`;
    });
    parts.push(html`<p class="note__disputed"><strong>Disputed.</strong> ${raw(sides.join(' '))}</p>`);
  }
  const rounded = figure.alternatives.filter((a) => a.relation === 'rounded');
  if (rounded.length) {
    const items = rounded.map(
      (a) => html`${typeset(a.display ?? printFigure({ ...figure, value: a.value }))} (${raw(credits(data, a.sources))})`,
    );
    parts.push(html`<p>Also given as ${raw(items.join('; '))}.</p>`);
  }
  if (figure.method) parts.push(html`<p>Our calculation: ${sentence(figure.method)}</p>`);
  const whole = figure.partOf ? all.get(figure.partOf) : undefined;
  if (whole) parts.push(html`<p>Part of ${printFigure(whole)}: ${sentence(whole.label.replace(/^./, (c) => c.toLowerCase()))}</p>`);
  if (figure.note) parts.push(html`<p>${sentence(figure.note)}</p>`);
  const confidence = figure.confidence ? ` ${confidenceText[figure.confidence]}` : '';
  parts.push(html`<p>Source${figure.sources.length > 1 ? 's' : ''}: ${raw(credits(data, figure.sources))}.${confidence}</p>`);
  return parts.join('');
}

function sourceBody(data: Dataset, id: string): string {
  const source = data.sources.find((s) => s.id === id)!;
  const about = source.note ? html` <span class="note__about">${sentence(source.note)}</span>` : '';
  return html`<p>${raw(citationHtml(source))}${raw(about)}</p>`;
}

/** One way back per note, to its first mention: a note cited five times is still one Tab stop. */
function backLink(note: Note): string {
  const [first] = note.refs;
  if (!first) return '';
  const label = note.refs.length === 1 ? 'Back to the text' : 'Back to the first mention in the text';
  return html`<p class="note__back"><a href="#${first}" aria-label="${label}">↩ ${label}</a></p>`;
}

/** The notes section for a page, or an empty string when it has no notes. */
export function renderNoteList(data: Dataset, notes: Note[], heading = 'Notes'): string {
  if (notes.length === 0) return '';
  const figures = citableFigures(data);
  const items = notes.map((note) => {
    const body = note.kind === 'figure' ? figureBody(data, figures.get(note.id)!, figures) : sourceBody(data, note.id);
    return `<li class="note note--${note.kind}" id="${noteAnchor(note.number)}" data-${note.kind}="${escapeHtml(note.id)}">${body}${backLink(note)}</li>`;
  });
  const figuresCount = notes.filter((n) => n.kind === 'figure').length;
  const sourcesCount = notes.length - figuresCount;
  const what = [
    sourcesCount ? `${sourcesCount} ${sourcesCount === 1 ? 'source' : 'sources'}` : '',
    figuresCount ? `${figuresCount} ${figuresCount === 1 ? 'figure' : 'figures'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  // Collapsed on screen so the story ends where it ends; a link to a note opens it (browsers expand
  // a closed <details> on fragment navigation), and print shows it open (story.css).
  return `<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title">${escapeHtml(heading)}</h2><details class="notes__details"><summary class="notes__summary">Show the notes: ${what}, numbered as in the text</summary><ol class="notes__list">${items.join('')}</ol></details></section>`;
}
