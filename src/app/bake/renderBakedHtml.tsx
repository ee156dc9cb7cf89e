import { prerender } from 'react-dom/static';
import type { ReactNode } from 'react';
import { makeChartStyle } from '../../charts/chartStyle';
import { datasetQueryOptions } from '../../data/load/datasetQueryOptions';
import { defaultDatasetPath } from '../../data/load/shippedDataset';
import { parseDatasetText } from '../../data/read/parseDatasetText';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import { preloadViewBuilders } from '../../domain/views/loadViewBuilder';
import { bakedChartWidths, type BakedLayout } from '../../lib/bakedLayout';
import { loadTextMetrics } from '../../lib/measureText';
import { AppRoot } from '../AppRoot';
import { createQueryClient } from '../queryClient';
import { drawBakedChart } from './drawBakedChart';

/**
 * The shipped dataset as the page will hold it: checked here, so that a dataset that fails is
 * not baked (the page reports it), then read as the page reads text it knows (JSON.parse).
 */
export function readShippedDataset(text: string): Dataset {
  parseDatasetText(text, defaultDatasetPath);
  return JSON.parse(text.replace(/^\uFEFF/, '')) as Dataset;
}

/**
 * Draws `page` to HTML as the browser will first draw it: the markup React will take over, and
 * the charts baked in it. The page is drawn twice: the first time lists the charts it shows (at
 * each baked width), which are then drawn in the DOM the bake runs in; the second time holds
 * those drawings.
 */
export async function renderBakedHtml(
  dataset: Dataset,
  page: ReactNode,
): Promise<{ markup: string; charts: ChartModel[] }> {
  await Promise.all([loadTextMetrics(), preloadViewBuilders()]);
  const wanted = new Map<string, { chart: ChartModel; width: number }>();
  const drawn = new Map<string, string>();
  const baked: BakedLayout = {
    chartWidths: bakedChartWidths,
    drawings: {
      find: (chart, width) => {
        const key = `${chart.id}@${width}`;
        if (!drawn.has(key)) wanted.set(key, { chart: chart as ChartModel, width });
        return drawn.get(key);
      },
    },
  };
  await renderHtml(dataset, page, baked);
  const style = makeChartStyle('light');
  for (const [key, { chart, width }] of wanted) {
    drawn.set(
      key,
      await drawBakedChart(chart, width, style).catch((error: unknown) => {
        throw new Error(`Baking ${key} failed: ${String(error)}`, { cause: error });
      }),
    );
  }
  const charts = new Map([...wanted.values()].map(({ chart }) => [chart.id, chart]));
  return { markup: await renderHtml(dataset, page, baked), charts: [...charts.values()] };
}

async function renderHtml(dataset: Dataset, page: ReactNode, baked: BakedLayout): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(datasetQueryOptions(defaultDatasetPath).queryKey, dataset);
  const { prelude } = await prerender(
    <AppRoot client={client} baked={baked}>
      {page}
    </AppRoot>,
    // Every boundary in place: a large one is otherwise sent apart, with an inline script to
    // move it in, which the page's policy forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
