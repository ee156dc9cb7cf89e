// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toRowSpec, toTimeSpec, type ChartSpec } from '../charts/chartSpec';
import { validateDataset } from '../data/schema/validateDataset';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildComparisonChart } from '../domain/compare/buildComparisonChart';
import { buildEquipmentCharts } from '../domain/charts/buildEquipmentCharts';
import { buildForcesChart } from '../domain/charts/buildForcesChart';
import { buildOverTimeChart, listOverTimeMetrics } from '../domain/time/buildOverTimeChart';
import { prepareDataset, type DatasetModel } from '../domain/claims/prepareDataset';
import { arbitraryDataset } from '../testing/arbitrary/arbitraryDataset';
import { assembleSvg } from './assembleSvg';
import { buildChartCsv } from './buildChartCsv';
import { chooseExportStyle } from './chooseExportStyle';
import { exportPresets } from './exportFormats';
import { renderChartSvg } from './renderChartSvg';

beforeAll(() => {
  // jsdom has no canvas: text is measured by the estimate.
  HTMLCanvasElement.prototype.getContext = () => null;
});

/** Every chart the app can draw from a dataset, in every mode and for every metric. */
function buildEveryChart(model: DatasetModel): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const mode of ['latest', 'all'] as const) {
    const casualties = buildCasualtiesChart(model, undefined, mode);
    if (casualties) specs.push(toRowSpec(casualties));
  }
  const forces = buildForcesChart(model);
  if (forces) specs.push(toRowSpec(forces));
  specs.push(...buildEquipmentCharts(model).map(toRowSpec));
  for (const metric of listOverTimeMetrics(model)) {
    specs.push(toTimeSpec(buildOverTimeChart(model, metric)));
    const comparison = buildComparisonChart(model, metric, { mode: 'all' });
    if (comparison) specs.push(toRowSpec(comparison));
  }
  return specs;
}

describe('a dataset the validator accepts (fast-check)', () => {
  it('always renders every chart as a standalone SVG, its text inert, and as CSV', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (input) => {
        const result = validateDataset(input);
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
        for (const spec of buildEveryChart(prepareDataset(result.dataset))) {
          const { style, size } = chooseExportStyle(spec, exportPresets.slide, 'light', 960);
          const rendered = await renderChartSvg(spec, size, style);
          const svg = assembleSvg(rendered, {
            width: size.width,
            height: size.height ?? 0,
            fontCss: '',
            description: spec.model.summary,
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
          expect(buildChartCsv(spec).split('\n').length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
