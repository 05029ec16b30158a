/**
 * Helpers that make Plot's marks readable and reachable: each drawn element gets tooltip text,
 * a label for screen readers, keyboard focus, the index of its row in the chart's data (the same
 * row in the CSV and JSON downloads) and a class that CSS colours (light and dark).
 */
import type { RenderFunction } from '@observablehq/plot';

export interface ChartTip {
  /** First line of the tooltip, e.g. the make. */
  title: string;
  /** Further lines: the value, its status, its source. */
  lines: string[];
  /** Class names that CSS uses to colour the element (no colours are baked into the SVG). */
  className?: string;
  /** Position of the plotted row in the chart's rows, and so in its downloads. */
  row?: number;
}

/**
 * A Plot `render` option that annotates the element drawn for each row. Plot draws one element per
 * index entry, in index order, so element i belongs to rows[index[i]].
 */
export function annotate<Row>(rows: Row[], tip: (row: Row) => ChartTip): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    if (!group) return null;
    const elements = Array.from(group.children).filter((el) => el.tagName.toLowerCase() !== 'title');
    elements.forEach((el, i) => {
      const row = rows[index[i]];
      if (row === undefined) return;
      const t = tip(row);
      el.setAttribute('data-tip-title', t.title);
      el.setAttribute('data-tip', t.lines.join('\n'));
      if (t.row !== undefined) el.setAttribute('data-row', String(t.row));
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', [t.title, ...t.lines].join('. '));
      if (t.className) {
        el.setAttribute('class', t.className);
        el.removeAttribute('fill');
      }
    });
    return group;
  };
}

/** A Plot `render` option that gives every element of a decorative mark a class and hides it from assistive technology. */
export function decorate(className: string): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    if (!group) return null;
    group.setAttribute('aria-hidden', 'true');
    for (const el of Array.from(group.children)) {
      el.setAttribute('class', className);
      el.removeAttribute('fill');
    }
    return group;
  };
}
