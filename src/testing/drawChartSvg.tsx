import { createRoot } from 'react-dom/client';
import { ChartStyleContext, makeChartStyle, type ChartStyle } from '../charts/chartStyle';
import { ChartView } from '../charts/ChartView';
import type { ChartModel } from '../domain/charts/chartModel';

/**
 * A chart drawn in jsdom at a size and style, as its <svg> once Recharts has stopped drawing:
 * for tests of what the charts draw that may not reach for the export code (charts/ is below
 * export/). `interactive` keeps the marks' focus targets, which exports leave out. Text is
 * measured by estimate: jsdom has no canvas.
 */
export async function drawChartSvg(
  chart: ChartModel,
  size: { readonly width: number; readonly height?: number },
  {
    style = makeChartStyle(),
    interactive = false,
  }: { style?: ChartStyle; interactive?: boolean } = {},
): Promise<SVGSVGElement> {
  HTMLCanvasElement.prototype.getContext = () => null;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(
      <ChartStyleContext.Provider value={style}>
        <ChartView model={chart} interactive={interactive} {...size} />
      </ChartStyleContext.Provider>,
    );
    let previous = '';
    let unchanged = 0;
    for (let tick = 0; tick < 200; tick++) {
      await new Promise((resolve) => setTimeout(resolve, 16));
      const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface');
      const markup = svg?.outerHTML ?? '';
      unchanged =
        svg && markup === previous && markup.includes('recharts-cartesian-axis')
          ? unchanged + 1
          : 0;
      if (svg && unchanged >= 3) return svg.cloneNode(true) as SVGSVGElement;
      previous = markup;
    }
    throw new Error('The chart did not finish drawing.');
  } finally {
    root.unmount();
    host.remove();
  }
}
