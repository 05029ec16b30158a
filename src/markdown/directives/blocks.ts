/** ::chart{id="…"} and ::map{id="…"}: a figure drawn at build time, on a line of its own. */
import { charts } from '../../charts';
import { renderChartFigure } from '../../charts/frame';
import { didYouMean } from '../../lib/nearest';
import { maps } from '../../maps';
import type { DirectiveHandler } from './context';

function block(
  kind: 'chart' | 'map',
  registry: Record<string, unknown>,
  render: (id: string, data: Parameters<DirectiveHandler>[1]['data']) => string,
): DirectiveHandler {
  return (node, { data, fail }) => {
    const id = node.attributes?.id;
    if (!id) fail(`::${kind} needs an id, e.g. ::${kind}{id="${Object.keys(registry)[0]}"}.`);
    if (!(id! in registry)) {
      fail(`unknown ${kind} id "${id}". ${didYouMean(id!, Object.keys(registry))} Known ${kind}s: ${Object.keys(registry).join(', ')}.`);
    }
    return { html: render(id!, data), text: '' };
  };
}

export const chartDirective = block('chart', charts, (id, data) => renderChartFigure(charts[id], data));
export const mapDirective = block('map', maps, (id, data) => maps[id].render(data));
