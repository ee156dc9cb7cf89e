import { useMemo } from 'react';
import { toRowSpec, toTimeSpec } from '../../charts/chartSpec';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import { buildEquipmentCharts } from '../../domain/buildEquipmentCharts';
import { buildForcesChart } from '../../domain/buildForcesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../../domain/buildOverTimeChart';
import type { ViewId } from '../../state/viewState';
import { ChartSlot } from '../ChartSlot';
import { Panel } from '../Panel';
import { viewTitles } from '../viewTitles';
import type { ViewProps } from './viewProps';

/** Every view's chart at once, so that all the figures are in sight on arrival. */
export function Dashboard({ model, state, navigate }: ViewProps) {
  const { dataset } = model;
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
  const slot = (view: ViewId) => ({ dataset, view: { ...state, view } });
  const [firstEquipment, ...moreEquipment] = equipment;
  return (
    <div className="dashboard-grid">
      <Panel {...panel('casualties')}>
        <ChartSlot
          spec={casualties && toRowSpec(casualties)}
          what="casualty figures"
          {...slot('casualties')}
        />
      </Panel>
      <Panel {...panel('over-time')}>
        <ChartSlot
          spec={overTime && toTimeSpec(overTime)}
          what="dated figures"
          {...slot('over-time')}
        />
      </Panel>
      <Panel {...panel('forces')}>
        <ChartSlot
          spec={forces && toRowSpec(forces)}
          what="figures for forces deployed"
          {...slot('forces')}
        />
      </Panel>
      <Panel {...panel('equipment')}>
        <ChartSlot
          spec={firstEquipment && toRowSpec(firstEquipment)}
          what="figures for equipment or munitions"
          {...slot('equipment')}
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
