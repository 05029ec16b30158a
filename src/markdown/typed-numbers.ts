/**
 * Stops the build when prose holds a number typed by hand instead of a :figure[…] from the data,
 * naming the line and, when the data has that value, the figure to use instead.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { handTypedNumbers, typedValue } from '../lib/content/numerals';
import type { CitableFigure } from '../lib/figures';
import type { Lang } from '../lib/i18n/langs';
import { handTypedNumbersKo, typedValueKo } from './typed-numbers-ko';

/** The numbers typed by hand in a text of one language. */
export function handTypedNumbersIn(text: string, lang: Lang = 'en') {
  return lang === 'ko' ? handTypedNumbersKo(text) : handTypedNumbers(text);
}

export interface TypedNumberAt {
  line: number;
  column: number;
  text: string;
}

/** Figure ids whose value matches what was typed, best guesses first. */
export function figuresMatching(typed: string, figures: Map<string, CitableFigure>, lang: Lang = 'en'): string[] {
  const value = lang === 'ko' ? typedValueKo(typed) : typedValue(typed);
  if (!Number.isFinite(value)) return [];
  const close = (v: number | null) => v !== null && (v === value || (value >= 1e6 && Math.abs(v - value) / value < 0.01));
  return [...figures.values()].filter((f) => close(f.value)).map((f) => f.id);
}

/** The sentence an editor reads for one hand-typed number. */
export function typedNumberProblem(typed: string, figures: Map<string, CitableFigure>, lang: Lang = 'en'): string {
  const ids = figuresMatching(typed, figures, lang);
  if (lang === 'ko') return typedNumberProblemKo(typed, ids);
  const advice = ids.length
    ? `Write ${ids
        .slice(0, 3)
        .map((id) => `:figure[${id}]`)
        .join(' or ')} instead, so the number comes from the data with its sources.`
    : 'If it is a figure, add it to data/figures.json with its sources and write :figure[its-id]; if it is a date, write the month in words ("14 June 2018").';
  return `"${typed}" looks like a figure typed by hand. ${advice} Only dates, years, resolution numbers and names such as DN5505 may be typed.`;
}

/** The same sentence for Korean text, with the Korean forms that may be typed. */
function typedNumberProblemKo(typed: string, ids: string[]): string {
  const advice = ids.length
    ? `Write ${ids
        .slice(0, 3)
        .map((id) => `:figure[${id}]`)
        .join(' or ')} instead, so the number comes from the data with its sources (the figure prints in Korean style, with its counter).`
    : 'If it is a figure, add it to data/figures.json with its sources and write :figure[its-id]; if it is a date, write it in full with its month ("2018년 6월 14일", "6월 14일").';
  return `"${typed}" looks like a figure typed by hand. ${advice} In Korean text only dates and years ("2018년 6월 14일", "2015~2017년"), resolution numbers ("결의 2094호", "1718 위원회"), chapters ("제6장"), names such as DN5505 and the words for one to ten ("두 척") may be typed.`;
}

/** Every hand-typed number in a Markdown tree, outside directives, code and raw HTML. */
export function typedNumbersInTree(tree: Root, lang: Lang = 'en'): TypedNumberAt[] {
  const found: TypedNumberAt[] = [];
  visit(tree, (node) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') return SKIP;
    if (node.type !== 'text' || !node.position) return;
    const start = node.position.start;
    for (const hit of handTypedNumbersIn(node.value, lang)) {
      const before = node.value.slice(0, hit.index);
      const newlines = before.split('\n').length - 1;
      const column = newlines ? before.length - before.lastIndexOf('\n') : start.column + hit.index;
      found.push({ line: start.line + newlines, column, text: hit.text });
    }
  });
  return found;
}

/** Every hand-typed number in a Markdown body, parsed the way the site parses it. */
export function typedNumbersInMarkdown(markdown: string, lang: Lang = 'en'): TypedNumberAt[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  return typedNumbersInTree(processor.runSync(processor.parse(markdown)) as Root, lang);
}

/** A remark plugin: fails at the first hand-typed number outside directives, code and HTML. */
export function noHandTypedNumbers(
  figures: Map<string, CitableFigure>,
  fail: (line: number | undefined, column: number | undefined, problem: string) => never,
  lang: Lang = 'en',
) {
  return (tree: Root) => {
    const [first] = typedNumbersInTree(tree, lang);
    if (first) fail(first.line, first.column, typedNumberProblem(first.text, figures, lang));
  };
}
