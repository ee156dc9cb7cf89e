import { fingerprintDataset, shortenFingerprint } from '../../data/fingerprintDataset';
import type { Dataset } from '../../data/schema/datasetSchema';
import { applyChartEdits } from '../../domain/charts/applyChartEdits';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import { stripIsolates } from '../../domain/format/isolate';
import type { Briefing } from '../../state/briefing/briefing';
import { buildSlideChart } from '../../state/briefing/buildSlideChart';
import { hasChartEdits } from '../../state/chartEdits';
import { serializeViewState, updateViewState } from '../../state/viewState';
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

export interface DrawOptions {
  /** The export date stamped on every slide. */
  readonly now?: Date;
  /** Told of each slide as soon as it is drawn: Present shows the first without waiting. */
  readonly onDrawn?: (slide: DrawnSlide) => void;
  /** The page's `?dataset=` (an imported or other dataset), for the links the slides print. */
  readonly datasetPath?: string | undefined;
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
  options: DrawOptions = {},
): Promise<DrawnSlide[]> {
  const { now = new Date(), onDrawn, datasetPath } = options;
  const fingerprint = shortenFingerprint(await fingerprintDataset(dataset));
  const drawn: DrawnSlide[] = [];
  for (const slide of briefing.slides) {
    const found = await buildSlideChart(model, dataset, slide.link);
    // Slides' links name no dataset file (a briefing belongs to its dataset); the links printed
    // on them and in the notes name the one open, as the page's own links do.
    const built = { ...found, state: updateViewState(found.state, { dataset: datasetPath }) };
    const link = serializeViewState(built.state);
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
        link,
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
    const done = { key: slide.key, name, link, chart, pages, notices };
    drawn.push(done);
    onDrawn?.(done);
  }
  return drawn;
}
