import { toRowSpec, toTimeSpec } from '../../charts/chartSpec';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { buildEquipmentCharts } from '../../domain/charts/buildEquipmentCharts';
import { buildForcesChart } from '../../domain/charts/buildForcesChart';
import {
  buildOverTimeChart,
  pickDefaultOverTimeMetric,
} from '../../domain/time/buildOverTimeChart';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { ChartSpec } from '../../charts/chartSpec';

/** A panel's chart (undefined when the dataset has nothing for it) and a line below it. */
export interface PanelChart {
  readonly spec: ChartSpec | undefined;
  readonly note?: string;
}

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
