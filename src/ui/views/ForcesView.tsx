import { useMemo } from 'react';
import { RowChart } from '../../charts/rows/RowChart';
import { buildForcesChart } from '../../domain/buildForcesChart';
import { ChartBox } from '../ChartBox';
import { ClaimsTable } from '../ClaimsTable';
import { EmptyChart } from '../EmptyChart';
import type { ViewProps } from './viewProps';

/** Troop figures with their ranges, by claimant and date, with the table. */
export function ForcesView({ model }: ViewProps) {
  const chart = useMemo(() => buildForcesChart(model), [model]);
  if (!chart) return <EmptyChart what="figures for forces deployed" />;
  return (
    <>
      <ChartBox>{(w) => <RowChart model={chart} width={w} />}</ChartBox>
      <ClaimsTable claims={chart.claims} caption={`Figures in the chart: ${chart.frame.title}`} />
    </>
  );
}
