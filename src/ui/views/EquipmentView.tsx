import { useMemo } from 'react';
import { toRowSpec } from '../../charts/chartSpec';
import { buildEquipmentCharts } from '../../domain/charts/buildEquipmentCharts';
import { ChartSlot } from '../panels/ChartSlot';
import { ClaimsTable } from '../tables/ClaimsTable';
import { EmptyChart } from '../panels/EmptyChart';
import type { ViewProps } from './viewProps';
import { withMode } from './withMode';

/** Counts per system and claimant with the period covered: one chart per unit, each with its table. */
export function EquipmentView({ model, state, mode }: ViewProps) {
  const charts = useMemo(() => buildEquipmentCharts(withMode(model, mode)), [model, mode]);
  if (charts.length === 0) return <EmptyChart what="figures for equipment or munitions" />;
  return (
    <>
      {charts.map((chart) => (
        <section key={chart.id} className="view-section" aria-label={chart.frame.title}>
          <ChartSlot
            spec={toRowSpec(chart)}
            what="figures for equipment or munitions"
            dataset={model.dataset}
            view={state}
          />
          <ClaimsTable
            claims={chart.claims}
            caption={`Figures in the chart: ${chart.frame.title}`}
          />
        </section>
      ))}
    </>
  );
}
