import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import type { ExportOptions } from '../../export/exportFormats';
import type { ViewState } from '../../state/viewState';
import { stripIsolates } from '../../domain/format/isolate';

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

/**
 * One control per chart that opens its export choices; they are kept while it is closed.
 * Escape closes it and returns to the button.
 */
export function ExportMenu({ chart, dataset, view, screenWidth }: ExportMenuProps) {
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Undefined until first changed: the panel starts from the defaults, which load with it.
  const [options, setOptions] = useState<ExportOptions>();
  const title = stripIsolates(chart.frame.title);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="export-menu" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-label={`Export chart: ${title}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          void loadPanel().then((m) => m.loadExporter());
        }}
      >
        Export chart
      </button>
      {open ? (
        <Suspense
          fallback={
            <p id={panelId} className="export-status" role="status">
              Opening the export choices&hellip;
            </p>
          }
        >
          <ExportPanel
            id={panelId}
            chart={chart}
            dataset={dataset}
            view={view}
            screenWidth={screenWidth}
            options={options}
            onOptionsChange={setOptions}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
