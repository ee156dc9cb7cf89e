import { useMemo } from 'react';
import { OverTimeChart } from '../../charts/time/OverTimeChart';
import { RowChart } from '../../charts/rows/RowChart';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import { buildEquipmentCharts } from '../../domain/buildEquipmentCharts';
import { buildForcesChart } from '../../domain/buildForcesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../../domain/buildOverTimeChart';
import type { ViewId } from '../../state/viewState';
import { ChartBox } from '../ChartBox';
import { EmptyChart } from '../EmptyChart';
import { Panel } from '../Panel';
import { viewTitles } from '../viewTitles';
import type { ViewProps } from './viewProps';

/** Every view's chart at once, so that all the figures are in sight on arrival. */
export function Dashboard({ model, state, navigate }: ViewProps) {
  const casualties = useMemo(() => buildCasualtiesChart(model), [model]);
  const overTime = useMemo(() => {
    const metric = pickDefaultOverTimeMetric(model);
    return metric ? buildOverTimeChart(model, metric) : undefined;
  }, [model]);
  const forces = useMemo(() => buildForcesChart(model), [model]);
  const equipment = useMemo(() => buildEquipmentCharts(model), [model]);
  const panel = (view: ViewId) => ({
    id: `panel-${view}`,
    title: viewTitles[view],
    to: { ...state, view },
    navigate,
  });
  const [firstEquipment, ...moreEquipment] = equipment;
  return (
    <div className="dashboard-grid">
      <Panel {...panel('casualties')}>
        {casualties ? (
          <ChartBox>{(w) => <RowChart model={casualties} width={w} />}</ChartBox>
        ) : (
          <EmptyChart what="casualty figures" />
        )}
      </Panel>
      <Panel {...panel('over-time')}>
        {overTime ? (
          <ChartBox>{(w) => <OverTimeChart model={overTime} width={w} />}</ChartBox>
        ) : (
          <EmptyChart what="dated figures" />
        )}
      </Panel>
      <Panel {...panel('forces')}>
        {forces ? (
          <ChartBox>{(w) => <RowChart model={forces} width={w} />}</ChartBox>
        ) : (
          <EmptyChart what="figures for forces deployed" />
        )}
      </Panel>
      <Panel {...panel('equipment')}>
        {firstEquipment ? (
          <>
            <ChartBox>{(w) => <RowChart model={firstEquipment} width={w} />}</ChartBox>
            {moreEquipment.length ? (
              <p className="panel-more">
                {moreEquipment.length} more chart{moreEquipment.length === 1 ? '' : 's'} in the full
                view, counted in {moreEquipment.map((m) => m.unit).join(', ')}.
              </p>
            ) : null}
          </>
        ) : (
          <EmptyChart what="figures for equipment or munitions" />
        )}
      </Panel>
    </div>
  );
}
