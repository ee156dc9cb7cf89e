// @vitest-environment jsdom
import { listNoteTexts } from '../domain/charts/listNoteTexts';
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
import { chooseExportPages } from './chooseExportPages';
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

/** As the app exports a 16:9 slide, with placeholder fonts: one document per slide. */
async function exportSlides(chart: ChartModel, theme: 'light' | 'dark' = 'light') {
  const { pages, size } = await chooseExportPages(stamp(chart), exportPresets.slide, theme, 960);
  const { width, height = 0 } = size;
  const slides: string[] = [];
  for (const page of pages) {
    const rendered = await renderChartSvg(page.chart, size, page.style);
    const options = { width, height, fontCss: '/* fonts */', description: 'Alt text.' };
    slides.push(assembleSvg(rendered, options));
  }
  return slides;
}

/** The first slide's document. */
async function exportSvg(chart: ChartModel, theme: 'light' | 'dark' = 'light'): Promise<string> {
  const [first] = await exportSlides(chart, theme);
  if (!first) throw new Error('no slide');
  return first;
}

describe('assembled SVG', () => {
  it.each(charts)('of %s matches its snapshot', async (name, chart) => {
    const slides = await exportSlides(chart);
    await expect(slides.map(normalizeSvg).join('\n')).toMatchFileSnapshot(
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

  it('carries the sources and notes of what it draws, the stamp and the export line on each slide', async () => {
    for (const [, chart] of charts) {
      const { pages, size } = await chooseExportPages(
        stamp(chart),
        exportPresets.slide,
        'light',
        960,
      );
      const notesSeen = new Set<string>();
      const sourcesSeen = new Set<string>();
      for (const page of pages) {
        const rendered = await renderChartSvg(page.chart, size, page.style);
        const svg = assembleSvg(rendered, {
          width: size.width,
          height: size.height ?? 0,
          fontCss: '',
          description: 'Alt text.',
        });
        // Read as a person reads the picture: wrapped lines joined, isolate marks unseen.
        const text = stripIsolates(
          new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent,
        ).replace(/\s+/g, ' ');
        for (const entry of plain(page.chart.frame.sources)) {
          expect(text).toContain(`${entry.claimant} \u2192 ${entry.publications.join('; ')}`);
          for (const publication of entry.publications) {
            sourcesSeen.add(`${entry.claimant}: ${publication}`);
          }
        }
        for (const note of listNoteTexts(plain(page.chart.frame))) {
          expect(text).toContain(note);
          notesSeen.add(note);
        }
        expect(text).toContain('dataset updated 5 Dec 2026');
        expect(text).toContain(exportLine);
      }
      // Between them, the slides carry every source and every note of the chart.
      for (const entry of plain(chart.frame.sources)) {
        for (const publication of entry.publications) {
          expect(sourcesSeen).toContain(`${entry.claimant}: ${publication}`);
        }
      }
      for (const note of listNoteTexts(plain(chart.frame))) {
        expect([...notesSeen].some((seen) => seen.includes(note) || note.includes(seen))).toBe(
          true,
        );
      }
    }
  });

  it('draws the dark theme on a dark background', async () => {
    const [, chart] = charts[0] ?? [];
    if (!chart) throw new Error('no chart');
    expect(await exportSvg(chart, 'dark')).toContain(`fill="${makeChartStyle('dark').background}"`);
  });
});
