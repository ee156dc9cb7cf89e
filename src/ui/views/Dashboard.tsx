import { useMemo } from 'react';
import { toRowSpec, toTimeSpec, type ChartSpec } from '../../charts/chartSpec';
import { measureTime } from '../../data/measureTime';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import { buildEquipmentCharts } from '../../domain/buildEquipmentCharts';
import { buildForcesChart } from '../../domain/buildForcesChart';
import { buildOverTimeChart, pickDefaultOverTimeMetric } from '../../domain/buildOverTimeChart';
import type { DatasetModel } from '../../domain/prepareDataset';
import type { ViewId, ViewState } from '../../state/viewState';
import { ChartSlot } from '../ChartSlot';
import { FailureBoundary } from '../FailureBoundary';
import { Panel } from '../Panel';
import { viewTitles } from '../viewTitles';
import type { ViewProps } from './viewProps';

/** A panel's chart (undefined when the dataset has nothing for it) and a line below it. */
interface PanelChart {
  readonly spec: ChartSpec | undefined;
  readonly note?: string;
}

/** Each panel: what it shows, in words for when it is missing, and how it is built. */
const panels: readonly {
  readonly view: ViewId;
  readonly what: string;
  readonly build: (model: DatasetModel) => PanelChart;
}[] = [
  {
    view: 'casualties',
    what: 'casualty figures',
    build: (model) => ({ spec: mapDefined(buildCasualtiesChart(model), toRowSpec) }),
  },
  {
    view: 'over-time',
    what: 'dated figures',
    build: (model) => {
      const metric = pickDefaultOverTimeMetric(model);
      return { spec: metric ? toTimeSpec(buildOverTimeChart(model, metric)) : undefined };
    },
  },
  {
    view: 'forces',
    what: 'figures for forces deployed',
    build: (model) => ({ spec: mapDefined(buildForcesChart(model), toRowSpec) }),
  },
  {
    view: 'equipment',
    what: 'figures for equipment or munitions',
    build: (model) => {
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
  },
];

/**
 * Every view's chart at once, so that all the figures are in sight on arrival. Each panel builds
 * its own chart inside its own boundary: one that fails leaves the others standing.
 */
export function Dashboard({ model, state, navigate }: ViewProps) {
  return (
    <div className="dashboard-grid">
      {panels.map(({ view, what, build }) => (
        <Panel
          key={view}
          id={`panel-${view}`}
          title={viewTitles[view]}
          to={{ ...state, view }}
          navigate={navigate}
        >
          <FailureBoundary
            title={`This chart could not be drawn: ${viewTitles[view]}`}
            scope="The other panels are not affected."
            resetKeys={[model]}
          >
            <PanelChartSlot model={model} what={what} build={build} view={{ ...state, view }} />
          </FailureBoundary>
        </Panel>
      ))}
    </div>
  );
}

interface PanelChartSlotProps {
  readonly model: DatasetModel;
  readonly what: string;
  readonly build: (model: DatasetModel) => PanelChart;
  /** The full view the panel opens, for the link printed on exports. */
  readonly view: ViewState;
}

function PanelChartSlot({ model, what, build, view }: PanelChartSlotProps) {
  const chart = useMemo(() => measureTime('derive:chart', () => build(model)), [build, model]);
  return (
    <>
      <ChartSlot spec={chart.spec} what={what} dataset={model.dataset} view={view} />
      {chart.note ? <p className="panel-more">{chart.note}</p> : null}
    </>
  );
}

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}
