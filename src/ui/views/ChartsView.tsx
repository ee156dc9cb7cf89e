import { Fragment, use, useMemo } from 'react';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { ChartsViewEntry } from '../../domain/views/viewRegistry';
import { measureTime } from '../../lib/measureTime';
import { ChartPanel } from '../panels/ChartPanel';
import { EmptyChart } from '../panels/EmptyChart';
import { updateViewState, type ViewChanges } from '../../state/viewState';
import { applyViewEdits } from '../../state/applyViewEdits';
import { ClaimsTable } from '../tables/ClaimsTable';
import { ChoiceSelect } from './ChoiceSelect';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import { SpreadStats } from './SpreadStats';
import type { ViewProps } from './viewProps';
import { Isolated } from '../../charts/Isolated';
import { stripIsolates } from '../../domain/format/isolate';

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
  // The briefer's words go on after the build: the figures are the builder's, untouched.
  const edited = useMemo(() => applyViewEdits(content.charts, state), [content.charts, state]);
  const notices = [...(content.notices ?? []), ...edited.notices];
  const change = (changes: ViewChanges) => navigate(updateViewState(state, changes));
  const { metricChoice, asOfChoice } = content;
  const panel = (chart: ChartModel) => (
    <ChartPanel
      chart={chart}
      missing={content.missing}
      dataset={model.dataset}
      view={state}
      navigate={navigate}
      {...(chart.id === edited.editedId ? { edits: state } : {})}
    >
      <ClaimsTable claims={chart.claims} caption={`Figures in the chart: ${chart.frame.title}`} />
    </ChartPanel>
  );
  return (
    <>
      {notices.map((notice) => (
        <p key={notice} className="notice" role="status">
          <Isolated>{notice}</Isolated>
        </p>
      ))}
      {metricChoice ? (
        <ChoiceSelect
          label="Metric"
          value={metricChoice.chosen.id}
          options={metricChoice.metrics.map((m) => ({
            value: m.id,
            label: stripIsolates(m.label),
          }))}
          // The view's default metric is left out of the link.
          onChoose={(metric) =>
            change({ metric: metric === metricChoice.fallback?.id ? undefined : metric })
          }
        />
      ) : null}
      {asOfChoice ? (
        <ChoiceSelect
          label="Figures as of"
          value={asOfChoice.chosen ?? ''}
          options={[{ value: '', label: 'Latest' }, ...asOfChoice.options]}
          // The as-of date is the filters' "to" date; "Latest" removes it.
          onChoose={(to) => change({ to: to || undefined })}
        />
      ) : null}
      {content.spread ? <SpreadStats {...content.spread} /> : null}
      {edited.charts.length === 0 ? <EmptyChart what={content.missing} /> : null}
      {edited.charts.map((chart) =>
        content.sectioned ? (
          <section
            key={chart.id}
            className="view-section"
            aria-label={stripIsolates(chart.frame.title)}
          >
            {panel(chart)}
          </section>
        ) : (
          <Fragment key={chart.id}>{panel(chart)}</Fragment>
        ),
      )}
    </>
  );
}
