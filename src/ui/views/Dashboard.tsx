import { useMemo } from 'react';
import { OverTimeChart } from '../../charts/time/OverTimeChart';
import { RowChart } from '../../charts/rows/RowChart';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import { buildEquipmentCharts } from '../../domain/buildEquipmentCharts';
import { buildForcesChart } from '../../domain/buildForcesChart';
import {
  buildOverTimeChart,
  pickDefaultOverTimeMetric,
  type OverTimeModel,
} from '../../domain/buildOverTimeChart';
import type { RowChartModel } from '../../domain/chartModel';
import type { ViewId } from '../../state/viewState';
import { ChartSlot } from '../ChartSlot';
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
        <ChartSlot model={casualties} what="casualty figures" render={drawRows} />
      </Panel>
      <Panel {...panel('over-time')}>
        <ChartSlot model={overTime} what="dated figures" render={drawTime} />
      </Panel>
      <Panel {...panel('forces')}>
        <ChartSlot model={forces} what="figures for forces deployed" render={drawRows} />
      </Panel>
      <Panel {...panel('equipment')}>
        <ChartSlot
          model={firstEquipment}
          what="figures for equipment or munitions"
          render={drawRows}
        />
        {moreEquipment.length ? (
          <p className="panel-more">
            {moreEquipment.length} more chart{moreEquipment.length === 1 ? '' : 's'} in the full
            view, counted in {moreEquipment.map((m) => m.unit).join(', ')}.
          </p>
        ) : null}
      </Panel>
    </div>
  );
}

const drawRows = (model: RowChartModel, width: number) => <RowChart model={model} width={width} />;
const drawTime = (model: OverTimeModel, width: number) => (
  <OverTimeChart model={model} width={width} />
);
