/**
 * Korean copy desk check (not part of the build): renders every file in content/ko/chapters and
 * content/ko/pages and checks each Hangul particle written right after a :figure or :entity against
 * the last syllable of what the directive prints in Korean (803대가, 중국을, 100만 달러 이상이었다).
 * It also reports Hangul right after :cite, stray * or _ and strikethrough in the rendered HTML.
 * Run from the project root: npx vite-node content/ko/tools/check-particles.ts
 * (CHECK_NUMBERS=0 in front skips the renderer's hand-typed number check.)
 * Rules: content/ko/GLOSSARY.md ("Directives and particles").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDataset } from '../../../src/lib/data';
import { entities } from '../../../src/lib/entities';
import { citableFigures } from '../../../src/lib/figures';
import { formatValue } from '../../../src/lib/format';
import { renderMarkdown } from '../../../src/markdown/render';

interface Final {
  batchim: boolean;
  rieul: boolean;
}

const DIGIT_FINALS: Record<string, Final> = {
  '0': { batchim: true, rieul: false }, // 영 (or 십/백/천 when zeros end a number)
  '1': { batchim: true, rieul: true }, // 일
  '2': { batchim: false, rieul: false }, // 이
  '3': { batchim: true, rieul: false }, // 삼
  '4': { batchim: false, rieul: false }, // 사
  '5': { batchim: false, rieul: false }, // 오
  '6': { batchim: true, rieul: false }, // 육
  '7': { batchim: true, rieul: true }, // 칠
  '8': { batchim: true, rieul: true }, // 팔
  '9': { batchim: false, rieul: false }, // 구
};
const LETTER_FINALS: Record<string, Final> = {
  L: { batchim: true, rieul: true },
  R: { batchim: true, rieul: true },
  M: { batchim: true, rieul: false },
  N: { batchim: true, rieul: false },
};

/** The final sound of printed text as Korean reads it; undefined when it cannot tell. */
export function finalOf(printed: string): Final | undefined {
  const text = printed.replace(/[)\]’'"”\s]+$/u, '');
  const last = text.at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return { batchim: jong !== 0, rieul: jong === 8 };
  }
  if (last === '%') return { batchim: false, rieul: false }; // 퍼센트
  if (/[0-9]/.test(last)) {
    // 10 십, 100 백, 1000 천, 10000 만: all end in a consonant other than ㄹ.
    if (/[1-9]0+$/.test(text.replace(/[,.]/g, ''))) return { batchim: true, rieul: false };
    return DIGIT_FINALS[last];
  }
  if (/[A-Za-z]/.test(last)) return LETTER_FINALS[last.toUpperCase()] ?? { batchim: false, rieul: false };
  return undefined;
}

type Needs = 'consonant' | 'vowel' | 'euro' | 'ro';
const RULES: [RegExp, Needs][] = [
  [/^을/u, 'consonant'],
  [/^를/u, 'vowel'],
  [/^은/u, 'consonant'],
  [/^는/u, 'vowel'],
  [/^과/u, 'consonant'],
  [/^와/u, 'vowel'],
  [/^가/u, 'vowel'],
  [/^이었/u, 'consonant'],
  [/^였/u, 'vowel'],
  [/^이(?:라|며|고|나|든|자)/u, 'consonant'],
  [/^이(?!다|었|라|며|고|나|어|자|든|야|므|니|지)/u, 'consonant'],
  [/^으로/u, 'euro'],
  [/^로/u, 'ro'],
  [/^(?:다[.,\s]|라는|라고|라면|며[\s,])/u, 'vowel'],
];

/** True, false, or undefined when the text after the directive starts with no variable particle. */
export function particleFits(printed: string, after: string): boolean | undefined {
  const rule = RULES.find(([pattern]) => pattern.test(after));
  if (!rule) return undefined;
  const final = finalOf(printed);
  if (!final) return false;
  switch (rule[1]) {
    case 'consonant':
      return final.batchim;
    case 'vowel':
      return !final.batchim;
    case 'euro':
      return final.batchim && !final.rieul;
    case 'ro':
      return !final.batchim || final.rieul;
  }
}

const data = getDataset('ko');
const figures = citableFigures(data);
const named = entities(data);

/** What a :figure or :entity prints in Korean, or undefined for an unknown id. */
function printedBy(kind: string, label: string, attributes: string): string | undefined {
  if (kind === 'entity') {
    const id = /id="([^"]+)"/.exec(attributes)?.[1];
    return id ? label : named.get(label)?.name;
  }
  const figure = figures.get(label);
  if (!figure) return undefined;
  const without = /without="([^"]+)"/.exec(attributes)?.[1] ?? '';
  return formatValue(figure.value, figure.unit, {
    noun: without.includes('noun') ? undefined : figure.noun,
    qualifier: without.includes('qualifier') ? 'exact' : figure.qualifier,
    lang: 'ko',
  });
}

/** Problems in the rendered HTML: stray emphasis marks and strikethrough. */
function markupProblems(file: string, body: string): string[] {
  let html: string;
  try {
    // CHECK_NUMBERS=0 skips the hand-typed number check (before the Korean-aware check is merged).
    html = renderMarkdown(body, file, data, { lang: 'ko', checkNumbers: process.env.CHECK_NUMBERS !== '0' }).html;
  } catch (error) {
    return [`${file}: does not render: ${(error as Error).message}`];
  }
  const text = html.replace(/<[^>]+>/g, '');
  const stray = (text.match(/.{0,15}(?:\*|(?<![\w/])_|_(?![\w/])).{0,15}/gu) ?? []).map((s) => `${file}: stray markup: ${s}`);
  return html.includes('<del>') ? [...stray, `${file}: strikethrough in the output (escape ~ as \\~)`] : stray;
}

/** Checks one file; returns its problems and how many directive/particle pairs it checked. */
export function checkFile(file: string): { problems: string[]; pairs: number } {
  const source = readFileSync(file, 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const offset = source.slice(0, source.length - body.length).split('\n').length - 1;
  const problems = markupProblems(file, body);
  let pairs = 0;
  for (const match of body.matchAll(/:(figure|entity|cite)\[([^\]]*)\](\{[^}]*\})?/gu)) {
    const [whole, kind, label, attributes = ''] = match;
    const after = body.slice(match.index + whole.length, match.index + whole.length + 6);
    if (!/^\p{Script=Hangul}/u.test(after)) continue;
    const where = `${file}:${offset + body.slice(0, match.index).split('\n').length}`;
    if (kind === 'cite') {
      problems.push(`${where}: Hangul right after :cite ("${after}"); put the citation after the particle`);
      continue;
    }
    const printed = printedBy(kind, label, attributes);
    const fits = printed === undefined ? false : particleFits(printed, after);
    if (fits === undefined) continue;
    pairs++;
    if (!fits) problems.push(`${where}: "${printed ?? label}" does not take "${after}"`);
  }
  return { problems, pairs };
}

const files = ['chapters', 'pages'].flatMap((folder) =>
  readdirSync(join('content/ko', folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('content/ko', folder, name)),
);
let total = 0;
const problems: string[] = [];
for (const file of files) {
  const result = checkFile(file);
  total += result.pairs;
  problems.push(...result.problems);
}
for (const problem of problems) console.log(problem);
console.log(`${files.length} files, ${total} directive/particle pairs checked, ${problems.length} problems`);
if (problems.length) process.exitCode = 1;
