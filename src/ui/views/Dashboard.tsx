import { Suspense, use, useMemo } from 'react';
import { toRowSpec, type ChartSpec } from '../../charts/chartSpec';
import { measureTime } from '../../data/measureTime';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import type { DatasetModel } from '../../domain/prepareDataset';
import type { ViewId, ViewState } from '../../state/viewState';
import { ChartSlot } from '../ChartSlot';
import { FailureBoundary } from '../FailureBoundary';
import { Panel } from '../Panel';
import { viewTitles } from '../viewTitles';
import type { ViewProps } from './viewProps';

/** A panel's chart (undefined when the dataset has nothing for it) and a line below it. */
export interface PanelChart {
  readonly spec: ChartSpec | undefined;
  readonly note?: string;
}

type LaterPanel = keyof typeof import('./laterPanelBuilders').laterPanelBuilders;

let laterBuilders: Promise<typeof import('./laterPanelBuilders').laterPanelBuilders> | undefined;
/** One promise for the page's life, as React's use() needs. */
const loadLaterBuilders = () =>
  (laterBuilders ??= import('./laterPanelBuilders').then((m) => m.laterPanelBuilders));

/** Each panel: what it shows, in words for when it is missing, and how it is built. */
const panels: readonly {
  readonly view: ViewId;
  readonly what: string;
  /** The first panel is built at once; the others once their code has arrived. */
  readonly build: ((model: DatasetModel) => PanelChart) | LaterPanel;
}[] = [
  {
    view: 'casualties',
    what: 'casualty figures',
    build: (model) => {
      const chart = buildCasualtiesChart(model);
      return { spec: chart ? toRowSpec(chart) : undefined };
    },
  },
  { view: 'over-time', what: 'dated figures', build: 'over-time' },
  { view: 'forces', what: 'figures for forces deployed', build: 'forces' },
  { view: 'equipment', what: 'figures for equipment or munitions', build: 'equipment' },
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
            {typeof build === 'string' ? (
              <Suspense
                fallback={<p className="chart-loading">Drawing {viewTitles[view]}&hellip;</p>}
              >
                <LaterPanelChartSlot
                  model={model}
                  what={what}
                  build={build}
                  view={{ ...state, view }}
                />
              </Suspense>
            ) : (
              <PanelChartSlot model={model} what={what} build={build} view={{ ...state, view }} />
            )}
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

function LaterPanelChartSlot(props: Omit<PanelChartSlotProps, 'build'> & { build: LaterPanel }) {
  const builders = use(loadLaterBuilders());
  return <PanelChartSlot {...props} build={builders[props.build]} />;
}
