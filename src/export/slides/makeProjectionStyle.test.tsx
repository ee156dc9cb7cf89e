// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRowValue } from '../../charts/rows/rowChartLayout';
import type { ChartModel, ChartRow } from '../../domain/charts/chartModel';
import { prepareDataset, type DatasetModel } from '../../domain/claims/prepareDataset';
import { stripIsolates } from '../../domain/format/isolate';
import type { ChartsContent, ViewBuilder } from '../../domain/views/viewContent';
import { viewRegistry } from '../../domain/views/viewRegistry';
import { generateLargeDataset } from '../../testing/factories/generateLargeDataset';
import { loadDefaultModel } from '../../testing/loadJson';
import { plain } from '../../testing/plain';
import { chooseExportPages } from '../chooseExportPages';
import { exportPresets, type ExportPresetId } from '../exportFormats';
import { renderChartSvg } from '../renderChartSvg';
import { getPixelsPerPoint, makeProjectionStyle, projectionFloors } from './makeProjectionStyle';

// jsdom has no canvas: text is measured by the estimate, a little wider than Inter.
beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = () => null;
  for (const view of viewRegistry) {
    if (view.layout === 'charts') builders.push(await view.load());
  }
});

const builders: ViewBuilder<ChartsContent>[] = [];
const slides: ExportPresetId[] = ['slide', '4x3'];

/** Every chart of every view of a dataset, as the views draw them by default. */
function buildCharts(model: DatasetModel): ChartModel[] {
  return builders.flatMap((build) => build(model, { mode: 'latest' }).charts);
}

interface DrawnText {
  readonly text: string;
  /** Font size in points on the slide. */
  readonly pt: number;
}

/** A chart exported as slides: each slide's chart, and its text as drawn, in points. */
async function exportTexts(chart: ChartModel, preset: ExportPresetId) {
  const { pages, size } = await chooseExportPages(chart, exportPresets[preset], 'light', 960);
  const pt = getPixelsPerPoint(size.width);
  const slidesText: { chart: ChartModel; texts: DrawnText[] }[] = [];
  for (const page of pages) {
    const svg = await renderChartSvg(page.chart, size, page.style);
    const texts = [...svg.querySelectorAll('text')].map((el) => ({
      text: stripIsolates(el.textContent).trim(),
      // An attribute on our text; Recharts sets its axis label's in CSS.
      pt: Number(el.getAttribute('font-size') ?? readCssFontSize(el)) / pt,
    }));
    slidesText.push({ chart: page.chart, texts });
  }
  return slidesText;
}

function readCssFontSize(el: Element): string | undefined {
  return /font-size:\s*([\d.]+)px/.exec(el.getAttribute('style') ?? '')?.[1];
}

/** Sizes are rounded to hundredths of a pixel. */
const atLeast = (pt: number) => pt - 0.01;

describe.each(slides)('slides at %s, measured from their SVG', { timeout: 40_000 }, (preset) => {
  it.each([
    ['the default dataset', () => loadDefaultModel()],
    ['a dataset of 3,000 estimates', () => prepareDataset(generateLargeDataset(3000))],
  ])('of every chart of %s meet the type floors, every word whole', async (_, load) => {
    for (const chart of buildCharts(load())) {
      const pages = await exportTexts(chart, preset);
      for (const [index, { chart: page, texts }] of pages.entries()) {
        const where = `${chart.id}, slide ${index + 1} of ${pages.length}`;
        const title = texts.find((t) => t.text.startsWith(stripIsolates(chart.frame.title)));
        expect(title?.pt, where).toBeGreaterThanOrEqual(atLeast(projectionFloors.title));
        for (const text of texts) {
          expect(text.pt, `${where}: "${text.text}"`).toBeGreaterThanOrEqual(
            atLeast(projectionFloors.least),
          );
          expect(text.text, where).not.toContain('\u2026');
        }
        // Names and figures: each whole, in text of at least 12 pt (a name may wrap).
        const large = texts
          .filter((t) => t.pt >= atLeast(projectionFloors.name))
          .map((t) => t.text)
          .join(' ');
        const named =
          page.kind === 'rows'
            ? page.rows.flatMap((row) =>
                row.kind === 'figure' ? [row.label, formatRowValue(row.figure)] : [],
              )
            : page.series.map((series) => series.label);
        for (const name of named.map(stripIsolates)) expect(large, where).toContain(name);
        // Every source of what the slide draws is on it.
        const words = texts.map((t) => t.text).join(' ');
        for (const entry of plain(page.frame.sources)) {
          expect(words, where).toContain(entry.claimant);
        }
      }
      // Every figure of the chart is on one of its slides, and on only one.
      if (chart.kind === 'rows') {
        const keys = (rows: readonly ChartRow[]) =>
          rows.flatMap((row) => (row.kind === 'figure' ? [row.key] : []));
        const drawn = pages.flatMap(({ chart: page }) =>
          page.kind === 'rows' ? keys(page.rows) : [],
        );
        expect(drawn, chart.id).toEqual(keys(chart.rows));
      }
    }
  });
});

describe('makeProjectionStyle', () => {
  it('sets type in points: 2 px a point on a 1920 px slide, 1.67 on a 1600 px one', () => {
    expect(makeProjectionStyle('light', 1920).title.size).toBe(52);
    expect(makeProjectionStyle('light', 1600).title.size).toBeCloseTo(43.33, 2);
  });

  it('grows names and figures, never the notes, and no further than 1.5 times', () => {
    const floor = makeProjectionStyle('light', 1920);
    const grown = makeProjectionStyle('light', 1920, { growth: 3 });
    expect(grown.label.size).toBe(floor.label.size * 1.5);
    expect(grown.value.size).toBe(floor.value.size * 1.5);
    expect(grown.note.size).toBe(floor.note.size);
    expect(grown.title.size).toBe(floor.title.size);
  });

  it('puts notes and sources in a sidebar of the share asked', () => {
    expect(makeProjectionStyle('dark', 1920, { sidebar: 0.4 }).sidebar).toBe(768);
    expect(makeProjectionStyle('dark', 1920).sidebar).toBe(0);
  });
});
