import { buildFigureRows, describeMetrics, figureSeries } from './buildFigureRows';
import { describeDerivations } from '../format/describeDerivation';
import { buildFrameText } from './buildFrameText';
import { summarizeFigureRows } from './summarizeFigureRows';
import type { RowChartModel } from './chartModel';
import { groupBy } from '../claims/groupBy';
import { stripIsolates } from '../format/isolate';
import type { DatasetModel } from '../claims/prepareDataset';

/**
 * Equipment and munitions supplied: one chart per unit (systems, missiles, shells...), since
 * counts in different units share no axis; rows per system and claimant with the period covered.
 */
export function buildEquipmentCharts(model: DatasetModel): RowChartModel[] {
  const metrics = model.metrics.filter((m) => m.kind === 'equipment' || m.kind === 'munitions');
  const claims = model.claims.filter((c) => metrics.includes(c.metric));
  return [...groupBy(metrics, (m) => m.unit)].flatMap(([unit, unitMetrics]) => {
    const own = claims.filter((c) => unitMetrics.includes(c.metric));
    if (own.length === 0) return [];
    const { rows, drawn, leftOut } = buildFigureRows(unitMetrics, own);
    const kinds = new Set(
      unitMetrics.filter((m) => own.some((c) => c.metric === m)).map((m) => m.kind),
    );
    const what =
      kinds.size === 2
        ? 'Equipment and munitions'
        : kinds.has('equipment')
          ? 'Equipment'
          : 'Munitions';
    return [
      {
        kind: 'rows',
        id: `equipment-${stripIsolates(unit)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')}`,
        unit,
        series: [{ key: figureSeries, label: 'Figure as stated' }],
        rows,
        claims: drawn,
        summary: [summarizeFigureRows(rows), leftOut].filter(Boolean).join(' '),
        frame: buildFrameText(model, drawn, {
          title: `${what}, counted in ${unit}`,
          subtitle: `Every dated figure by system and claimant, in ${unit}, with the period it counts.`,
          notes: [
            ...describeMetrics(unitMetrics, drawn),
            ...describeDerivations(drawn),
            ...(leftOut ? [leftOut] : []),
          ],
        }),
      },
    ];
  });
}
