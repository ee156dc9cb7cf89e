import { lazy, useState } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { ExportOptions } from '../../export/exportFormats';
import type { ViewState } from '../../state/viewState';
import { stripIsolates } from '../../domain/format/isolate';
import { Disclosure } from '../panels/Disclosure';

interface ExportMenuProps {
  readonly chart: ChartModel;
  readonly dataset: Dataset;
  readonly view: ViewState;
  /** The chart's width on screen, for the "as on screen" size. */
  readonly screenWidth: number;
}

// The panel and the export code load when someone first opens the control, not at start.
const loadPanel = () => import('./ExportPanel');
const ExportPanel = lazy(() => loadPanel().then((m) => ({ default: m.ExportPanel })));

/** One control per chart that opens its export choices; they are kept while it is closed. */
export function ExportMenu({ chart, dataset, view, screenWidth }: ExportMenuProps) {
  // Undefined until first changed: the panel starts from the defaults, which load with it.
  const [options, setOptions] = useState<ExportOptions>();
  return (
    <Disclosure
      label="Export chart"
      name={`Export chart: ${stripIsolates(chart.frame.title)}`}
      opening="Opening the export choices"
      onOpen={() => void loadPanel().then((m) => m.loadExporter())}
    >
      {(panelId) => (
        <ExportPanel
          id={panelId}
          chart={chart}
          dataset={dataset}
          view={view}
          screenWidth={screenWidth}
          options={options}
          onOptionsChange={setOptions}
        />
      )}
    </Disclosure>
  );
}
