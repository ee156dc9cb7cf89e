import { expect } from 'vitest';
import type { ChartModel } from '../domain/charts/chartModel';

/**
 * The pages a chart was split over, for slides: titled "(i of n)" in order, each with the
 * chart's subtitle, callout and dataset stamp, and of the chart's kind and id.
 */
export function expectPageFrames(chart: ChartModel, pages: readonly ChartModel[]): void {
  pages.forEach((page, i) => {
    expect(page.frame.title).toBe(`${chart.frame.title} (${i + 1} of ${pages.length})`);
    expect(page.frame.subtitle).toBe(chart.frame.subtitle);
    expect(page.frame.callout).toBe(chart.frame.callout);
    expect(page.frame.datasetTitle).toBe(chart.frame.datasetTitle);
    expect(page.frame.updated).toEqual(chart.frame.updated);
    expect([page.kind, page.id]).toEqual([chart.kind, chart.id]);
  });
}
