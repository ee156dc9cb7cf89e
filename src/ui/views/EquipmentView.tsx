import { useMemo } from 'react';
import { RowChart } from '../../charts/rows/RowChart';
import { buildEquipmentCharts } from '../../domain/buildEquipmentCharts';
import { ChartBox } from '../ChartBox';
import { ClaimsTable } from '../ClaimsTable';
import { EmptyChart } from '../EmptyChart';
import type { ViewProps } from './viewProps';

/** Counts per system and claimant with the period covered: one chart per unit, each with its table. */
export function EquipmentView({ model }: ViewProps) {
  const charts = useMemo(() => buildEquipmentCharts(model), [model]);
  if (charts.length === 0) return <EmptyChart what="figures for equipment or munitions" />;
  return (
    <>
      {charts.map((chart) => (
        <section key={chart.id} className="view-section" aria-label={chart.frame.title}>
          <ChartBox>{(w) => <RowChart model={chart} width={w} />}</ChartBox>
          <ClaimsTable
            claims={chart.claims}
            caption={`Figures in the chart: ${chart.frame.title}`}
          />
        </section>
      ))}
    </>
  );
}
