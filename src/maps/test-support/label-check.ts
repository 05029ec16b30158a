/**
 * The label rules checked on a drawn map, for tests in any language: no two label boxes overlap,
 * no route and no place mark lies inside a label box, no two leader lines cross, and every line of the co-signers box stays
 * inside it. Reads only what was drawn (the SVG), measuring text as the maps do (./svg-geometry).
 */
import type { Point } from '../curves';
import { boxesOverlap, grow, segmentHitsBox, segmentsCross, type Box } from '../sea/labels';
import { textWidth } from '../sea/text-width';
import { labelBox, pathPolylines, textBox } from './svg-geometry';

function markBox(el: Element): Box {
  if (el.tagName.toLowerCase() === 'circle') {
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(el.getAttribute(a)));
    return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
  }
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(el.getAttribute(a)));
  return { x, y, width, height };
}

/** The labels, routes and marks of a story-map panel or a locator map. */
export function drawnLabels(root: Element): {
  labels: { text: string; box: Box }[];
  routes: { line: Point[]; half: number }[];
  marks: Box[];
  /** The place labels' leader lines. */
  leaders: Point[][];
} {
  const locator = root.matches('svg.locator__svg');
  const texts = locator
    ? [
        ...[...root.querySelectorAll('.locator__place text')].map((t) => ({
          t,
          box: textBox(
            Number(t.getAttribute('x')),
            Number(t.getAttribute('y')),
            t.getAttribute('text-anchor')!,
            textWidth(t.textContent!, 20),
            20,
          ),
        })),
        ...[...root.querySelectorAll('.locator__country')].map((t) => ({ t, box: labelBox(t, 'country') })),
      ]
    : [
        ...[...root.querySelectorAll('.place__label')].map((t) => ({ t, box: labelBox(t, 'place') })),
        ...[...root.querySelectorAll('.country-label')].map((t) => ({ t, box: labelBox(t, 'country') })),
      ];
  const labels = texts.filter((x) => x.t.textContent && x.box).map((x) => ({ text: x.t.textContent!, box: x.box! }));
  const routes = [...root.querySelectorAll(locator ? 'path.locator__leg' : '.flow path.flow__line')].flatMap((p) =>
    pathPolylines(p.getAttribute('d')!).map((line) => ({ line, half: Number(p.getAttribute('stroke-width') ?? 2) / 2 })),
  );
  const marks = [...root.querySelectorAll(locator ? '.locator__place circle' : '.place__dot')].map(markBox);
  const leaders = [...root.querySelectorAll('path.place__leader')].flatMap((p) => pathPolylines(p.getAttribute('d')!));
  return { labels, routes, marks, leaders };
}

/** Every broken label rule in one panel or locator, as readable lines; [] when it is clean. */
export function labelProblems(root: Element, where: string): string[] {
  const problems: string[] = [];
  const { labels, routes, marks, leaders } = drawnLabels(root);
  const segments = leaders.flatMap((line) => line.slice(1).map((q, k): [Point, Point] => [line[k], q]));
  segments.forEach(([p, q], i) =>
    segments.slice(i + 1).forEach(([r, t]) => {
      if (segmentsCross(p, q, r, t))
        problems.push(`${where}: two leader lines cross, at [${p.map(Math.round).join(', ')}] → [${q.map(Math.round).join(', ')}]`);
    }),
  );
  labels.forEach((a, i) =>
    labels.forEach((b, j) => {
      if (i < j && boxesOverlap(a.box, b.box)) problems.push(`${where}: "${a.text}" overlaps "${b.text}"`);
    }),
  );
  for (const { text, box } of labels) {
    for (const mark of marks) if (boxesOverlap(box, mark)) problems.push(`${where}: a place mark inside "${text}"`);
    for (const { line, half } of routes)
      for (let k = 1; k < line.length; k++)
        if (segmentHitsBox(line[k - 1], line[k], grow(box, half))) {
          problems.push(`${where}: a route through "${text}"`);
          break;
        }
  }
  return problems;
}

/** Lines of a co-signers box (title, subtitle, rows) that run past its right edge. */
export function cosignerOverflows(g: Element): string[] {
  const rect = g.querySelector('rect.cosigners__box')!;
  const right = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'));
  const lines = [
    ...[...g.querySelectorAll('.cosigners__title')].map((t) => ({ t, size: 11.5, weight: 600 as const })),
    ...[...g.querySelectorAll('.cosigners__subtitle')].map((t) => ({ t, size: 11, weight: 400 as const })),
    ...[...g.querySelectorAll('.cosigner__label tspan')].map((t) => ({ t, size: 11.5, weight: 400 as const })),
  ];
  return lines.flatMap(({ t, size, weight }) => {
    const x = Number(t.getAttribute('x') ?? t.parentElement?.getAttribute('x'));
    const end = x + textWidth(t.textContent!, size, weight);
    return end <= right ? [] : [`"${t.textContent}" ends at ${end.toFixed(1)}, the box at ${right}`];
  });
}
