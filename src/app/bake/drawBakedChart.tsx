import { createRoot } from 'react-dom/client';
import { ChartView } from '../../charts/ChartView';
import { ChartStyleContext, type ChartStyle } from '../../charts/chartStyle';
import { waitForSettledSvg } from '../../charts/waitForSettledSvg';
import type { ChartModel } from '../../domain/charts/chartModel';
import { BakedLayoutContext } from '../../lib/bakedLayout';
import { minifyBakedSvg } from './minifyBakedSvg';

/**
 * Draws a chart as the page draws it (same component, same text widths) in the DOM the bake
 * runs in (jsdom, see scripts/bakePlugin.mjs), and returns what the page's chart element holds
 * once Recharts has finished, its SVG minified: the markup a baked page shows until the live
 * chart takes over.
 */
export async function drawBakedChart(
  chart: ChartModel,
  width: number,
  style: ChartStyle,
): Promise<string> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  try {
    // The provider is explicit: React's server renderer, drawing the page in the same process,
    // may leave its own value behind in the context (both renderers keep it in one slot).
    root.render(
      <BakedLayoutContext value={undefined}>
        <ChartStyleContext.Provider value={style}>
          <ChartView model={chart} width={width} />
        </ChartStyleContext.Provider>
      </BakedLayoutContext>,
    );
    await waitForSettledSvg(host);
    const markup = host.querySelector('.chart')?.innerHTML ?? '';
    const svg = host.querySelector('svg.recharts-surface')?.outerHTML;
    return svg ? markup.replace(svg, minifyBakedSvg(svg)) : markup;
  } finally {
    root.unmount();
    host.remove();
  }
}
