import { buildFigureRows, describeMetrics, figureSeries } from './buildFigureRows';
import { describeDerivations } from '../format/describeDerivation';
import { buildFrameText } from './buildFrameText';
import { summarizeFigureRows } from './summarizeFigureRows';
import type { RowChartModel } from './chartModel';
import { groupBy } from '../claims/groupBy';
import { stripIsolates } from '../format/isolate';
import type { DatasetModel } from '../claims/prepareDataset';
import type { Claim } from '../claims/claim';
import { getBounds } from '../claims/valueMath';
import type { Metric } from '../../data/schema/datasetSchema';

/**
 * Equipment and munitions supplied: one chart per unit (systems, missiles, shells...), since
 * counts in different units share no axis; rows per system and claimant with the period covered.
 * Within a unit, metrics whose figures are under a tenth of the largest get a chart of their own
 * ("smaller counts"), where their bars can be read rather than drawn as slivers.
 */
export function buildEquipmentCharts(model: DatasetModel): RowChartModel[] {
  const metrics = model.metrics.filter((m) => m.kind === 'equipment' || m.kind === 'munitions');
  const claims = model.claims.filter((c) => metrics.includes(c.metric));
  return [...groupBy(metrics, (m) => m.unit)].flatMap(([unit, unitMetrics]) => {
    const slug = stripIsolates(unit)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    return splitByScale(unitMetrics, claims).map((band, index) => {
      const own = claims.filter((c) => band.includes(c.metric));
      const { rows, drawn, leftOut } = buildFigureRows(band, own);
      const kinds = new Set(band.map((m) => m.kind));
      const what =
        kinds.size === 2
          ? 'Equipment and munitions'
          : kinds.has('equipment')
            ? 'Equipment'
            : 'Munitions';
      const smaller = index > 0;
      return {
        kind: 'rows' as const,
        id: `equipment-${slug}${smaller ? `-${index + 1}` : ''}`,
        unit,
        series: [{ key: figureSeries, label: 'Figure as stated' }],
        rows,
        claims: drawn,
        summary: [summarizeFigureRows(rows), leftOut].filter(Boolean).join(' '),
        frame: buildFrameText(model, drawn, {
          title: `${what}, counted in ${unit}${smaller ? ': smaller counts' : ''}`,
          subtitle: `Every dated figure by system and claimant, in ${unit}, with the period it counts.${smaller ? ' On a scale of their own: beside the larger counts their bars would be too short to read.' : ''}`,
          notes: [
            ...describeMetrics(band, drawn),
            ...describeDerivations(drawn),
            ...(leftOut ? [leftOut] : []),
          ],
        }),
      };
    });
  });
}

/**
 * A unit's metrics with figures, in bands of one scale: largest first, a metric joining the band
 * while its largest figure is at least a tenth of the band's; each band keeps dataset order.
 */
function splitByScale(metrics: readonly Metric[], claims: readonly Claim[]): Metric[][] {
  const top = new Map<Metric, number>();
  for (const claim of claims) {
    if (!metrics.includes(claim.metric)) continue;
    const high = getBounds(claim.value).high;
    top.set(claim.metric, Math.max(top.get(claim.metric) ?? 0, high));
  }
  const bySize = [...top].sort((a, b) => b[1] - a[1]);
  const bands: Metric[][] = [];
  let bandTop = Infinity;
  for (const [metric, high] of bySize) {
    if (high >= bandTop / 10 && bands.length) bands[bands.length - 1]?.push(metric);
    else {
      bands.push([metric]);
      bandTop = high;
    }
  }
  return bands.map((band) => metrics.filter((m) => band.includes(m)));
}
