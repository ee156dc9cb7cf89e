import { describe, expect, it } from 'vitest';
import { expectPageFrames } from '../../testing/expectPageFrames';
import { buildSourceEntries } from '../../domain/charts/buildSourceEntries';
import type { OverTimeModel } from '../../domain/charts/chartModel';
import { prepareDataset, type DatasetModel } from '../../domain/claims/prepareDataset';
import {
  buildOverTimeChart,
  pickDefaultOverTimeMetric,
} from '../../domain/time/buildOverTimeChart';
import { generateLargeDataset } from '../../testing/factories/generateLargeDataset';
import { loadDefaultModel } from '../../testing/loadJson';
import { getTimeAxisMax } from './timeAxes';
import { splitTimePages } from './splitTimePages';

function buildDefaultChart(model: DatasetModel): OverTimeModel {
  const metric = pickDefaultOverTimeMetric(model);
  if (!metric) throw new Error('no over-time metric');
  return buildOverTimeChart(model, metric);
}

const charts: readonly (readonly [string, OverTimeModel])[] = [
  ['default', buildDefaultChart(loadDefaultModel())],
  ['generated', buildDefaultChart(prepareDataset(generateLargeDataset(400)))],
];

describe.each(charts)('splitTimePages on the %s over-time chart', (_, chart) => {
  const { series } = chart;
  const counts = Array.from({ length: series.length - 1 }, (_, i) => i + 2);
  const splits = counts.map((count) => {
    const pages = splitTimePages(chart, count);
    if (!pages) throw new Error(`no ${count} pages`);
    return { count, pages };
  });

  it('has lines enough to split', () => {
    expect(series.length).toBeGreaterThanOrEqual(4);
  });

  it('deals the lines out in order, each on one page, as evenly as may be', () => {
    for (const { count, pages } of splits) {
      expect(pages, `${count}`).toHaveLength(count);
      expect(
        pages.flatMap((page) => page.series),
        `${count}`,
      ).toEqual(series);
      pages
        .flatMap((page) => page.series)
        .forEach((line, i) => expect(line, `${count}: line ${i}`).toBe(series[i]));
      const sizes = pages.map((page) => page.series.length);
      expect(Math.min(...sizes), `${count}`).toBeGreaterThan(0);
      expect(Math.max(...sizes) - Math.min(...sizes), `${count}`).toBeLessThanOrEqual(1);
    }
  });

  it('shares both axes: the value scale of every line and the dates of the whole chart', () => {
    const highest = Math.max(...series.flatMap((line) => line.points.map((p) => p.high)));
    for (const { count, pages } of splits) {
      for (const page of pages) {
        expect(page.axisMax, `${count}`).toBe(getTimeAxisMax(series));
        expect(page.axisMax, `${count}`).toBeGreaterThanOrEqual(highest);
        expect(page.domain, `${count}`).toEqual(chart.domain);
      }
    }
  });

  it('keeps an axis fixed from outside', () => {
    for (const page of splitTimePages({ ...chart, axisMax: 987_654 }, 2) ?? []) {
      expect(page.axisMax).toBe(987_654);
    }
  });

  it('numbers the titles "(i of n)" and keeps the rest of the frame', () => {
    for (const { count, pages } of splits) {
      expect(pages).toHaveLength(count);
      expectPageFrames(chart, pages);
      for (const [i, page] of pages.entries()) {
        expect(page.metric).toEqual(chart.metric);
        expect(page.summary.startsWith(`Slide ${i + 1} of ${count} draws the lines of `)).toBe(
          true,
        );
        for (const line of page.series) expect(page.summary).toContain(line.label);
      }
    }
  });

  it("lists on each page its lines' claims and sources, and the notes that concern them", () => {
    let dropped = 0;
    for (const { count, pages } of splits) {
      for (const page of pages) {
        const drawn = page.series.flatMap((line) => line.points.map((point) => point.claim));
        expect(page.claims, `${count}`).toEqual(drawn);
        expect(page.frame.sources, `${count}`).toEqual(buildSourceEntries(drawn));
        const ids = new Set(drawn.map((claim) => claim.id));
        expect(page.frame.notes, `${count}`).toEqual(
          chart.frame.notes.filter((note) => !note.about || note.about.some((id) => ids.has(id))),
        );
        dropped += chart.frame.notes.length - page.frame.notes.length;
      }
      expect(new Set(pages.flatMap((page) => page.claims)), `${count}`).toEqual(
        new Set(chart.claims),
      );
    }
    if (chart.frame.notes.some((note) => note.about)) expect(dropped).toBeGreaterThan(0);
  });

  it('is undefined for one page, none, or fewer lines than pages', () => {
    expect(splitTimePages(chart, 1)).toBeUndefined();
    expect(splitTimePages(chart, 0)).toBeUndefined();
    expect(splitTimePages(chart, series.length + 1)).toBeUndefined();
    expect(splitTimePages(chart, series.length)?.map((page) => page.series.length)).toEqual(
      series.map(() => 1),
    );
  });

  it('gives the same pages every time', () => {
    for (const { count, pages } of splits) expect(splitTimePages(chart, count)).toEqual(pages);
  });
});

describe('splitTimePages on the default chart', () => {
  const chart = charts[0]?.[1];
  if (!chart) throw new Error('no chart');

  it('gives the unverified figure\u2019s note to the page of its line only', () => {
    const pages = splitTimePages(chart, 2) ?? [];
    const unverified = (page: OverTimeModel) =>
      page.frame.notes.some((note) => note.text.startsWith('Unverified'));
    const drawsIt = (page: OverTimeModel) =>
      page.series.some((line) => line.key === 'us-intelligence');
    expect(pages.map(unverified)).toEqual(pages.map(drawsIt));
    expect(pages.map(unverified)).toContain(false);
    expect(pages.map(unverified)).toContain(true);
  });
});

describe('splitTimePages with a briefer\u2019s callout and highlight', () => {
  const chart = charts[0]?.[1];
  if (!chart) throw new Error('no chart');
  const annotated: OverTimeModel = {
    ...chart,
    annotation: { claimId: 'us-intelligence-casualties-2025-01', text: 'A month of fighting only' },
    highlight: ['kr-nis'],
  };

  it('keeps the callout on the page of its line only, the highlight on every page', () => {
    for (const count of [2, 3]) {
      const pages = splitTimePages(annotated, count) ?? [];
      const drawsIt = (page: OverTimeModel) =>
        page.series.some((line) => line.key === 'us-intelligence');
      expect(pages.map((page) => page.annotation !== undefined)).toEqual(pages.map(drawsIt));
      expect(pages.filter((page) => page.annotation)).toHaveLength(1);
      for (const page of pages) expect(page.highlight).toEqual(['kr-nis']);
    }
  });
});
