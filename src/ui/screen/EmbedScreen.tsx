import { Suspense, use, useEffect, useMemo } from 'react';
import { ChartStyleContext, makeChartStyle } from '../../charts/chartStyle';
import type { Dataset } from '../../data/schema/datasetSchema';
import { stripIsolates } from '../../domain/format/isolate';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import { chartsViews, getView, type ChartsViewEntry } from '../../domain/views/viewRegistry';
import { useTheme } from '../../lib/useTheme';
import { applyViewEdits } from '../../state/applyViewEdits';
import { hasChartEdits } from '../../state/chartEdits';
import { embedHeightMessage } from '../../state/makeEmbedCode';
import { readViewOptions } from '../../state/readViewOptions';
import type { ViewOptions } from '../../domain/views/viewContent';
import { serializeViewState, updateViewState, type ViewState } from '../../state/viewState';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import { ChartBox } from '../panels/ChartBox';
import { SummarizedChart } from '../panels/SummarizedChart';
import { EmptyChart } from '../panels/EmptyChart';
import { useViewModel } from './useViewModel';

interface EmbedScreenProps {
  readonly dataset: Dataset;
  readonly state: ViewState;
  /** The app's page, relative to this one (all pages sit side by side: "./"). */
  readonly appPath: string;
}

/**
 * One chart for an article: its frame (title, notes, every source, inside the drawing), its
 * summary, and a link to the full view; nothing else. A view without charts (the dashboard, the
 * table) embeds the first chart view's.
 */
export function EmbedScreen({ dataset, state: asked, appPath }: EmbedScreenProps) {
  const { filtered, filters, state } = useViewModel(dataset, asked);
  const found = getView(state.view);
  const view = found.layout === 'charts' ? found : chartsViews[0];
  const viewId = found.layout === 'charts' ? state.view : chartsViews[0]?.id;
  const options = useMemo(
    () => (view ? readViewOptions(view, state, filters) : undefined),
    [view, state, filters],
  );
  const theme = useTheme(state.theme);
  const style = useMemo(() => makeChartStyle(theme), [theme]);
  useEffect(() => postHeight(), []);
  if (!view || !options || !viewId) return <EmptyChart what="charts" />;
  return (
    <ChartStyleContext.Provider value={style}>
      <main className="embed">
        <Suspense fallback={<p className="chart-loading">Drawing {view.title}&hellip;</p>}>
          <EmbedChart
            view={view}
            model={filtered}
            state={{ ...state, view: viewId }}
            options={options}
            appPath={appPath}
          />
        </Suspense>
      </main>
    </ChartStyleContext.Provider>
  );
}

interface EmbedChartProps {
  readonly view: ChartsViewEntry;
  readonly model: DatasetModel;
  readonly state: ViewState;
  readonly options: ViewOptions;
  readonly appPath: string;
}

function EmbedChart({ view, model, state, options, appPath }: EmbedChartProps) {
  const build = use(loadViewBuilder(view));
  const content = useMemo(() => build(model, options), [build, model, options]);
  const edited = useMemo(() => applyViewEdits(content.charts, state), [content.charts, state]);
  const chart = edited.charts.find((c) => c.id === state.chart) ?? edited.charts[0];
  if (!chart) return <EmptyChart what={content.missing} />;
  // The full view, with this chart's edits where it has them (a chart id alone is no edit).
  const linked = updateViewState(state, { chart: hasChartEdits(state) ? chart.id : undefined });
  const full = `${appPath}${serializeViewState(linked)}`;
  return (
    <ChartBox>
      {(width) => (
        <>
          <SummarizedChart chart={chart} width={width} />
          <p className="embed-link">
            <a href={full} target="_blank" rel="noopener">
              Open in Crosscheck: {stripIsolates(view.title)}, with the table of every figure
            </a>
          </p>
        </>
      )}
    </ChartBox>
  );
}

/**
 * Tells the page that frames the embed how tall it is, now and whenever that changes (its
 * column narrows, the chart is drawn live): embed.js sets the iframe's height from it.
 */
function postHeight(): (() => void) | undefined {
  if (window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
  const send = () =>
    window.parent.postMessage(
      { type: embedHeightMessage, height: Math.ceil(document.documentElement.scrollHeight) },
      '*',
    );
  const observer = new ResizeObserver(send);
  observer.observe(document.body);
  return () => observer.disconnect();
}
