import type { ReactNode } from 'react';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import { chartsViews } from '../../domain/views/viewRegistry';
import { defaultViewOptions } from '../../state/readViewOptions';
import { embedPage } from '../../state/makeEmbedCode';
import { serializeViewState } from '../../state/viewState';
import { makeChartStyle } from '../../charts/chartStyle';
import type { ChartModel } from '../../domain/charts/chartModel';
import { App } from '../App';
import { EmbedApp } from '../EmbedApp';
import { bakedCss } from './bakedCss';
import { readShippedDataset, renderBakedHtml } from './renderBakedHtml';
import { listHeightSteps, writeReservedHeightsCss, type HeightStep } from './reserveChartHeights';

/** A page of the built site, made from index.html (see scripts/bakePlugin.mjs). */
export interface BakedPage {
  /** Its path under dist/. */
  readonly file: string;
  /** What #root holds as it arrives; none for a page drawn in the browser from its link. */
  readonly markup?: string;
  /** Attributes of #root that say which page it is (main.tsx reads them). */
  readonly root?: Readonly<Record<string, string>>;
  /** Said where scripting is off. */
  readonly noscript: string;
  readonly title?: string;
}

/**
 * Every page made from the shipped dataset's text: the dashboard (its first screen baked), the
 * embed page for any state (embed.html), and a baked embed of every chart of every chart view
 * as it opens (embed-<chart id>.html, beside index.html so that its paths are the page's), which
 * is what the Embed button gives for those. Also the stylesheet the baked pages share: which
 * drawing each screen shows, and the room each chart's live drawing will take.
 */
export async function bakePages(datasetText: string): Promise<{ pages: BakedPage[]; css: string }> {
  const dataset = readShippedDataset(datasetText);
  const model = prepareDataset(dataset);
  const baked: ChartModel[] = [];
  const bake = async (page: ReactNode) => {
    const { markup, charts } = await renderBakedHtml(dataset, page);
    baked.push(...charts);
    return markup;
  };
  const pages: BakedPage[] = [
    {
      file: 'index.html',
      markup: await bake(<App />),
      noscript:
        'Scripting is off: this is the dashboard of the default dataset as built, every figure with its sources. Other views, filters and exports need JavaScript.',
    },
    {
      file: embedPage,
      root: { 'data-page': 'embed', 'data-app-path': './' },
      noscript: 'This chart needs JavaScript.',
    },
  ];
  for (const view of chartsViews) {
    const id = view.id;
    const build = await loadViewBuilder(view);
    for (const chart of build(model, defaultViewOptions(view)).charts) {
      const search = serializeViewState({ view: id, chart: chart.id });
      const root = { 'data-page': 'embed', 'data-app-path': './', 'data-embed-state': search };
      pages.push({
        file: `embed-${chart.id}.html`,
        root,
        markup: await bake(<EmbedApp search={search} appPath="./" />),
        noscript: 'Scripting is off: this chart is as built, with its sources.',
        title: `${escapeHtml(chart.frame.title.replace(/[\u2066-\u2069]/g, ''))} · Crosscheck`,
      });
    }
  }
  const style = makeChartStyle('light');
  const heights = new Map<string, HeightStep[]>();
  for (const chart of baked) {
    if (!heights.has(chart.id)) heights.set(chart.id, await listHeightSteps(chart, style));
  }
  return { pages, css: `${bakedCss}\n${writeReservedHeightsCss(heights)}` };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
