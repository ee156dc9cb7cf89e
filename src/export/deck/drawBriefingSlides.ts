import { fingerprintDataset, shortenFingerprint } from '../../data/fingerprintDataset';
import type { Dataset } from '../../data/schema/datasetSchema';
import { applyChartEdits } from '../../domain/charts/applyChartEdits';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import { stripIsolates } from '../../domain/format/isolate';
import type { Briefing } from '../../state/briefing/briefing';
import { buildSlideChart } from '../../state/briefing/buildSlideChart';
import { hasChartEdits } from '../../state/chartEdits';
import { drawSvgDocument, type SvgPage } from '../drawSvgDocument';
import { defaultExportOptions } from '../exportFormats';

/** A briefing slide drawn as projection slides: one page, or several for a long chart. */
export interface DrawnSlide {
  readonly key: string;
  readonly name: string;
  readonly link: string;
  /** Undefined where the slide has no chart in this dataset (a stale link): `problem` says why. */
  readonly chart?: ChartModel;
  readonly pages: readonly SvgPage[];
  readonly problem?: string;
  /** What the link asked that this dataset could not give (ignored claimants, a stale callout). */
  readonly notices: readonly string[];
}

/**
 * Every slide of a briefing drawn as the 16:9 slide export draws a chart (type in points, split
 * over several pages rather than shrunk), light, stamped with the export date and fingerprint:
 * what Present shows and what the PPTX and PDF writers lay out. One slide at a time, as exports
 * draw off screen in the page and would compete for it.
 */
export async function drawBriefingSlides(
  model: DatasetModel,
  dataset: Dataset,
  briefing: Briefing,
  now = new Date(),
  /** Told of each slide as soon as it is drawn: Present shows the first without waiting. */
  onDrawn?: (slide: DrawnSlide) => void,
): Promise<DrawnSlide[]> {
  const fingerprint = shortenFingerprint(await fingerprintDataset(dataset));
  const drawn: DrawnSlide[] = [];
  for (const slide of briefing.slides) {
    const built = await buildSlideChart(model, dataset, slide.link);
    const edited =
      built.chart && hasChartEdits(built.state)
        ? applyChartEdits(built.chart, built.state)
        : undefined;
    const chart = edited?.chart ?? built.chart;
    const notices = [...built.notices, ...(edited?.notices ?? [])];
    const name = slide.name ?? (chart ? stripIsolates(chart.frame.title) : 'A slide with no chart');
    if (!chart) {
      const empty = {
        key: slide.key,
        name,
        link: slide.link,
        pages: [],
        notices,
        problem: `This dataset has nothing to draw for ${slide.link}.`,
      };
      drawn.push(empty);
      onDrawn?.(empty);
      continue;
    }
    const pages = await drawSvgDocument(
      {
        chart,
        options: { ...defaultExportOptions, format: 'svg', preset: 'slide', theme: 'light' },
        dataset,
        view: built.state,
        screenWidth: 1920,
        now,
      },
      fingerprint,
    );
    const done = { key: slide.key, name, link: slide.link, chart, pages, notices };
    drawn.push(done);
    onDrawn?.(done);
  }
  return drawn;
}
