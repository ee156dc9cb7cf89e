import { Fragment, use, useMemo } from 'react';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { ChartsViewEntry } from '../../domain/views/viewRegistry';
import { measureTime } from '../../lib/measureTime';
import { ChartPanel } from '../panels/ChartPanel';
import { EmptyChart } from '../panels/EmptyChart';
import { ClaimsTable } from '../tables/ClaimsTable';
import { AsOfPicker } from './AsOfPicker';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import { MetricPicker } from './MetricPicker';
import { SpreadStats } from './SpreadStats';
import type { ViewProps } from './viewProps';

/**
 * A view of charts, as its builder makes them: what it could not show as asked, its choices
 * (metric, as-of date), the spread, then every chart with its table.
 */
export function ChartsView({ view, model, state, navigate, options }: ViewProps<ChartsViewEntry>) {
  const build = use(loadViewBuilder(view));
  const content = useMemo(
    () => measureTime('derive:view', () => build(model, options)),
    [build, model, options],
  );
  const panel = (chart: ChartModel) => (
    <ChartPanel chart={chart} missing={content.missing} dataset={model.dataset} view={state}>
      <ClaimsTable claims={chart.claims} caption={`Figures in the chart: ${chart.frame.title}`} />
    </ChartPanel>
  );
  return (
    <>
      {content.notices?.map((notice) => (
        <p key={notice} className="notice" role="status">
          {notice}
        </p>
      ))}
      {content.metricChoice ? (
        <MetricPicker choice={content.metricChoice} state={state} navigate={navigate} />
      ) : null}
      {content.asOfChoice ? (
        <AsOfPicker choice={content.asOfChoice} state={state} navigate={navigate} />
      ) : null}
      {content.spread ? <SpreadStats {...content.spread} /> : null}
      {content.charts.length === 0 ? <EmptyChart what={content.missing} /> : null}
      {content.charts.map((chart) =>
        content.sectioned ? (
          <section key={chart.id} className="view-section" aria-label={chart.frame.title}>
            {panel(chart)}
          </section>
        ) : (
          <Fragment key={chart.id}>{panel(chart)}</Fragment>
        ),
      )}
    </>
  );
}
