import { buildFigureRows, describeMetrics, figureSeries } from './buildFigureRows';
import { describeDerivations } from '../format/describeDerivation';
import { buildFrameText } from './buildFrameText';
import { summarizeFigureRows } from './summarizeFigureRows';
import type { RowChartModel } from './chartModel';
import type { DatasetModel } from '../claims/prepareDataset';

/** Forces deployed: every troop figure with its range, by claimant and date. */
export function buildForcesChart(model: DatasetModel): RowChartModel | undefined {
  const metrics = model.metrics.filter((m) => m.kind === 'forces');
  const claims = model.claims.filter((c) => c.metric.kind === 'forces');
  if (claims.length === 0) return undefined;
  const { rows, drawn, leftOut } = buildFigureRows(metrics, claims);
  const units = [
    ...new Set(metrics.filter((m) => claims.some((c) => c.metric === m)).map((m) => m.unit)),
  ];
  return {
    kind: 'rows',
    id: 'forces-deployed',
    unit: units.join(' / '),
    series: [{ key: figureSeries, label: 'Figure as stated' }],
    rows,
    claims: drawn,
    summary: [summarizeFigureRows(rows), leftOut].filter(Boolean).join(' '),
    frame: buildFrameText(model, drawn, {
      title: 'Forces deployed',
      subtitle: `Every dated figure by claimant and date, in ${units.join(' and ')}.`,
      notes: [
        ...describeMetrics(metrics, drawn),
        ...describeDerivations(drawn),
        ...(leftOut ? [leftOut] : []),
      ],
    }),
  };
}
