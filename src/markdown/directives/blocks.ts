/** ::chart{id="…"} and ::map{id="…"}: a figure drawn at build time, on a line of its own. */
import { figureIds, renderFigure } from '../../figures';
import { didYouMean } from '../../lib/nearest';
import type { DirectiveHandler } from './context';

function block(kind: 'chart' | 'map'): DirectiveHandler {
  const ids = figureIds(kind);
  return (node, { data, fail }) => {
    const id = node.attributes?.id;
    if (!id) fail(`::${kind} needs an id, e.g. ::${kind}{id="${ids[0]}"}.`);
    if (!ids.includes(id!)) {
      fail(`unknown ${kind} id "${id}". ${didYouMean(id!, ids)} Known ${kind}s: ${ids.join(', ')}.`);
    }
    return { html: renderFigure(id!, data), text: '' };
  };
}

export const chartDirective = block('chart');
export const mapDirective = block('map');
