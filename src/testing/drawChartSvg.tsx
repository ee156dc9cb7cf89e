import { createRoot } from 'react-dom/client';
import { ChartStyleContext, makeChartStyle, type ChartStyle } from '../charts/chartStyle';
import { ChartView } from '../charts/ChartView';
import { waitForSettledSvg } from '../charts/waitForSettledSvg';
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
    return await waitForSettledSvg(host);
  } finally {
    root.unmount();
    host.remove();
  }
}
