import { toRowSpec, toTimeSpec } from '../../charts/chartSpec';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import { buildEquipmentCharts } from '../../domain/buildEquipmentCharts';
import { buildForcesChart } from '../../domain/buildForcesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../../domain/buildOverTimeChart';
import type { DatasetModel } from '../../domain/prepareDataset';
import type { PanelChart } from './Dashboard';

/**
 * How the dashboard's panels build their charts. This code cannot run before the dataset has
 * arrived, so it is fetched alongside the dataset rather than before the page can show anything.
 */
export const panelBuilders = {
  casualties: (model: DatasetModel): PanelChart => ({
    spec: mapDefined(buildCasualtiesChart(model), toRowSpec),
  }),
  'over-time': (model: DatasetModel): PanelChart => {
    const metric = pickDefaultOverTimeMetric(model);
    return { spec: metric ? toTimeSpec(buildOverTimeChart(model, metric)) : undefined };
  },
  forces: (model: DatasetModel): PanelChart => ({
    spec: mapDefined(buildForcesChart(model), toRowSpec),
  }),
  equipment: (model: DatasetModel): PanelChart => {
    const [first, ...more] = buildEquipmentCharts(model);
    const units = more.map((m) => m.unit).join(', ');
    return {
      spec: mapDefined(first, toRowSpec),
      ...(more.length
        ? {
            note: `${more.length} more chart${more.length === 1 ? '' : 's'} in the full view, counted in ${units}.`,
          }
        : {}),
    };
  },
};

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}
