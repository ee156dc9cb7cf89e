// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { makeChartStyle } from '../charts/chartStyle';
import type { ChartModel } from '../domain/charts/chartModel';
import { buildCasualtiesChart } from '../domain/compare/buildCasualtiesChart';
import { buildEquipmentCharts } from '../domain/charts/buildEquipmentCharts';
import { buildForcesChart } from '../domain/charts/buildForcesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../domain/time/buildOverTimeChart';
import { loadDefaultModel } from '../testing/loadJson';
import { normalizeSvg } from '../testing/normalizeSvg';
import { plain } from '../testing/plain';
import { stripIsolates } from '../domain/format/isolate';
import { assembleSvg } from './assembleSvg';
import { chooseExportStyle } from './chooseExportStyle';
import { exportPresets } from './exportFormats';
import { renderChartSvg } from './renderChartSvg';

// jsdom has no canvas: text is measured by the estimate, which keeps snapshots deterministic.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = () => null;
});

const model = loadDefaultModel();
const exportLine = 'Exported 26 Nov 2026 \u00b7 dataset fingerprint b551a1 \u00b7 ?view=dashboard';
const stamp = (chart: ChartModel): ChartModel => ({
  ...chart,
  frame: { ...chart.frame, exportLine },
});
const metric = pickDefaultOverTimeMetric(model);
const casualties = buildCasualtiesChart(model);
const forces = buildForcesChart(model);
const [systems] = buildEquipmentCharts(model);
const charts: [string, ChartModel][] = [];
if (casualties) charts.push(['casualties', casualties]);
if (forces) charts.push(['forces', forces]);
if (systems) charts.push(['equipment-systems', systems]);
if (metric) charts.push(['over-time', buildOverTimeChart(model, metric)]);

/** As the app exports a 16:9 slide, with placeholder fonts. */
async function exportSvg(chart: ChartModel, theme: 'light' | 'dark' = 'light'): Promise<string> {
  const stamped = stamp(chart);
  const { style, size } = await chooseExportStyle(stamped, exportPresets.slide, theme, 960);
  const rendered = await renderChartSvg(stamped, size, style);
  const { width, height = 0 } = size;
  return assembleSvg(rendered, { width, height, fontCss: '/* fonts */', description: 'Alt text.' });
}

describe('assembled SVG', () => {
  it.each(charts)('of %s matches its snapshot', async (name, chart) => {
    await expect(normalizeSvg(await exportSvg(chart))).toMatchFileSnapshot(
      `__snapshots__/${name}.svg`,
    );
  });

  it('is a standalone document: sized, titled, fonts embedded, no HTML or scripts', async () => {
    const [, chart] = charts[0] ?? [];
    if (!chart) throw new Error('no chart');
    const svg = await exportSvg(chart);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('width="1920" height="1080" viewBox="0 0 1920 1080"');
    expect(svg).toMatch(
      /<title>[^<]+<\/title><desc>Alt text\.<\/desc><defs><style>\/\* fonts \*\//,
    );
    expect(svg).not.toMatch(
      /foreignObject|<div|<span|<script|\son[a-z]+=|tabindex|class="mark-hit-area"|outline/i,
    );
  });

  it('carries every plotted source, the dataset stamp and the export line', async () => {
    for (const [, chart] of charts) {
      const svg = await exportSvg(chart);
      // Read as a person reads the picture: wrapped lines joined, isolate marks unseen.
      const text = stripIsolates(
        new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent,
      );
      for (const entry of plain(chart.frame.sources)) {
        expect(text).toContain(`${entry.claimant} \u2192 ${entry.publications.join('; ')}`);
      }
      expect(text).toContain('dataset updated 5 Dec 2026');
      expect(text).toContain(exportLine);
    }
  });

  it('draws the dark theme on a dark background', async () => {
    const [, chart] = charts[0] ?? [];
    if (!chart) throw new Error('no chart');
    expect(await exportSvg(chart, 'dark')).toContain(`fill="${makeChartStyle('dark').background}"`);
  });
});
