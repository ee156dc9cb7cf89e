import { lazy } from 'react';
import type { ChartModel } from '../../domain/charts/chartModel';
import { stripIsolates } from '../../domain/format/isolate';
import type { ChartEdits } from '../../state/chartEdits';
import type { ViewState } from '../../state/viewState';
import { Disclosure } from '../panels/Disclosure';

const loadPanel = () => import('./EditPanel');
const EditPanel = lazy(() => loadPanel().then((m) => ({ default: m.EditPanel })));

interface EditMenuProps {
  readonly chart: ChartModel;
  readonly edits: ChartEdits | undefined;
  readonly view: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/** The control beside Export that opens the chart's edit form (its code loads on first use). */
export function EditMenu({ chart, edits, view, navigate }: EditMenuProps) {
  return (
    <Disclosure
      label="Edit"
      name={`Edit chart: ${stripIsolates(chart.frame.title)}`}
      opening="Opening the edit form"
    >
      {(panelId, close) => (
        <EditPanel
          id={panelId}
          chart={chart}
          edits={edits}
          view={view}
          navigate={navigate}
          onDone={close}
        />
      )}
    </Disclosure>
  );
}
