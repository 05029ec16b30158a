/**
 * Draws imports-by-country: the shares on their own 0–100% scale; the values on one dollar scale
 * shared by every basis, so a UN panel finding and a seizure can be compared by length, each bar
 * labelled with its country, what it is of and its period; then one wrapped line naming the
 * countries with no value. A value the source gives as a bound ("over") is drawn in outline.
 */
import * as Plot from '@observablehq/plot';
import { formatValue } from '../lib/format';
import type { Lang } from '../lib/i18n/langs';
import { barList, type BarItem } from './bar-list';
import { basisWords, type CountryRow } from './imports-by-country-rows';
import { charsIn, FONT_SIZE, wrapText } from './layout';
import { stackPanels, type StackPanel } from './stack';
import type { ChartDrawOptions } from './types';
import { unitPlot } from './unit-plot';
import { w } from './words/imports-by-country';

const BASES = ['un-panel', 'seizure'] as const;

function item(r: CountryRow, rows: CountryRow[], lang: Lang, group: string, label: string): BarItem {
  const bound = r.qualifier !== 'exact' ? ' mark--bound' : '';
  const className =
    r.basis === 'derived'
      ? 'mark mark--unattributed mark--derived'
      : r.basis === 'c4ads'
        ? 'mark mark--china'
        : `mark mark--${r.basis}${bound}`;
  return {
    group,
    label,
    value: r.value,
    whole: r.unit === 'percent' ? 100 : null,
    valueText: r.basis === 'derived' ? w(lang, 'derived', { share: r.display }) : r.display,
    className,
    tip: {
      title: r.what && r.unit === 'usd' ? `${r.country}: ${r.what}` : r.country,
      lines: [
        r.unit === 'percent' ? w(lang, 'tipShare', { share: r.display }) : r.display,
        r.period ?? '',
        basisWords(r.basis!, lang),
      ].filter(Boolean),
      row: rows.indexOf(r),
    },
  };
}

/** The values panel: a group per basis, all on the scale of the largest value. */
function valuesPanel(rows: CountryRow[], options: ChartDrawOptions): Element | null {
  const { lang } = options;
  const values = rows.filter((r) => r.unit === 'usd' && r.value !== null);
  if (!values.length) return null;
  const max = Math.max(...values.map((r) => r.value!));
  const groups = BASES.filter((b) => values.some((r) => r.basis === b)).map((b) => ({ key: b, heading: w(lang, `heading.${b}`), max }));
  const items = values.map((r) =>
    item(r, rows, lang, r.basis!, w(lang, 'valueLabel', { country: r.country, what: r.what!, period: r.period! })),
  );
  return barList(items, groups, options, { labelWidth: 290, valueWidth: options.layout === 'wide' ? 100 : 90 });
}

/** One wrapped line: "No value in the sources (11 countries): Chile, Italy, …". */
function nonePanel(rows: CountryRow[], { width, document, lang }: ChartDrawOptions): Element | null {
  const none = rows.filter((r) => r.value === null);
  if (!none.length) return null;
  const text = w(lang, 'noneLine', {
    count: formatValue(none.length, 'count', { noun: 'countries', lang }),
    names: none.map((r) => r.country).join(', '),
  });
  const lines = wrapText(text, charsIn(width - 4));
  const lineHeight = FONT_SIZE + 5;
  return unitPlot(document, width, lines.length * lineHeight + 4, [
    Plot.text(lines, {
      x: 0,
      y: (_: string, i: number) => i * lineHeight + lineHeight / 2,
      text: (d: string) => d,
      lineAnchor: 'middle',
      textAnchor: 'start',
      className: 'chart__muted',
      ariaHidden: 'true',
    }),
  ]);
}

export function drawImports(rows: CountryRow[], options: ChartDrawOptions): Element {
  const { lang } = options;
  const shares = rows.filter((r) => r.unit === 'percent').map((r) => item(r, rows, lang, 'share', r.country));
  const panels: StackPanel[] = [
    {
      heading: w(lang, 'heading.shares'),
      svg: barList(shares, [{ key: 'share', heading: '', max: 100 }], options, { labelWidth: 290, valueWidth: 100 }),
    },
  ];
  const values = valuesPanel(rows, options);
  if (values) panels.push({ heading: w(lang, 'heading.values'), svg: values });
  const none = nonePanel(rows, options);
  if (none) panels.push({ svg: none });
  return stackPanels(options.document, options.width, panels);
}
