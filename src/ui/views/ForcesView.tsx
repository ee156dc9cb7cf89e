import { useMemo } from 'react';
import { toRowSpec } from '../../charts/chartSpec';
import { buildForcesChart } from '../../domain/charts/buildForcesChart';
import { ChartSlot } from '../panels/ChartSlot';
import { ClaimsTable } from '../tables/ClaimsTable';
import { EmptyChart } from '../panels/EmptyChart';
import type { ViewProps } from './viewProps';
import { withMode } from './withMode';

/** Troop figures with their ranges, by claimant and date, with the table. */
export function ForcesView({ model, state, mode }: ViewProps) {
  const chart = useMemo(() => buildForcesChart(withMode(model, mode)), [model, mode]);
  if (!chart) return <EmptyChart what="figures for forces deployed" />;
  return (
    <>
      <ChartSlot
        spec={toRowSpec(chart)}
        what="figures for forces deployed"
        dataset={model.dataset}
        view={state}
      />
      <ClaimsTable claims={chart.claims} caption={`Figures in the chart: ${chart.frame.title}`} />
    </>
  );
}
