// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema/validateDataset';
import type { ChartModel } from '../domain/charts/chartModel';
import { figureModes } from '../domain/claims/figureMode';
import { prepareDataset, type DatasetModel } from '../domain/claims/prepareDataset';
import { listOverTimeMetrics } from '../domain/time/buildOverTimeChart';
import type { ChartsContent, ViewBuilder } from '../domain/views/viewContent';
import { viewRegistry } from '../domain/views/viewRegistry';
import { arbitraryDataset } from '../testing/arbitrary/arbitraryDataset';
import { assembleSvg } from './assembleSvg';
import { buildChartCsv } from './buildChartCsv';
import { chooseExportPages } from './chooseExportPages';
import { exportPresets } from './exportFormats';
import { renderChartSvg } from './renderChartSvg';

const builders: ViewBuilder<ChartsContent>[] = [];

beforeAll(async () => {
  // jsdom has no canvas: text is measured by the estimate.
  HTMLCanvasElement.prototype.getContext = () => null;
  for (const view of viewRegistry) {
    if (view.layout === 'charts') builders.push(await view.load());
  }
});

/** Every chart every view can draw from a dataset, in every mode and for every metric. */
function buildEveryChart(model: DatasetModel): ChartModel[] {
  const metrics = [undefined, ...listOverTimeMetrics(model).map((m) => m.id)];
  return builders.flatMap((build) =>
    figureModes.flatMap((mode) =>
      metrics.flatMap((metric) => build(model, { mode, ...(metric ? { metric } : {}) }).charts),
    ),
  );
}

describe('a dataset the validator accepts (fast-check)', () => {
  it('always renders every chart as a standalone SVG, its text inert, and as CSV', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (input) => {
        const result = validateDataset(input);
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
        for (const chart of buildEveryChart(prepareDataset(result.dataset))) {
          const { pages, size } = await chooseExportPages(chart, exportPresets.slide, 'light', 960);
          const [page] = pages;
          if (!page) throw new Error('no page');
          const rendered = await renderChartSvg(page.chart, size, page.style);
          const svg = assembleSvg(rendered, {
            width: size.width,
            height: size.height ?? 0,
            fontCss: '',
            description: chart.summary,
          });
          const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
          expect(parsed.querySelector('parsererror')).toBeNull();
          // Whatever the strings held, they stayed text: no element or handler came from them.
          expect(parsed.querySelector('script, foreignObject, image, a, iframe')).toBeNull();
          const attributes = [...parsed.querySelectorAll('*')].flatMap((el) =>
            el.getAttributeNames().map((name) => [name, el.getAttribute(name) ?? ''] as const),
          );
          expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
          // Every coordinate and size is a number: nothing drawn at NaN or at infinity.
          const geometry = /^(x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|points|transform)$/;
          const broken = attributes.filter(
            ([name, value]) => geometry.test(name) && /NaN|Infinity/.test(value),
          );
          expect(broken).toEqual([]);
          expect(buildChartCsv(chart).split('\n').length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 25 },
    );
    // About 50 s alone; with the whole suite on two cores it has run past 120 s. A guard against
    // a hang, not a measure of speed (the benchmark is).
  }, 300_000);
});
