import { it } from 'vitest';
import { renderChartFigure } from './frame';
import { estimateVsReported } from './estimate-vs-reported';
import { koChartDataset } from './test-support/ko-fixture';
it('x', () => {
  console.log(renderChartFigure(estimateVsReported, koChartDataset().ko).slice(0, 6000));
});
