import { useEffect, useRef } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ViewState } from '../../state/viewState';
import { DatasetDownloads } from './DatasetDownloads';
import { DatasetList } from './DatasetList';
import { ImportForm } from './ImportForm';
import type { Importer } from './useImporter';

interface DatasetsPanelProps {
  readonly id: string;
  readonly state: ViewState;
  readonly dataset: Dataset | undefined;
  readonly navigate: (state: ViewState) => void;
  readonly importer: Importer;
  readonly onClose: () => void;
}

/** Every dataset this browser can open, importing more, and downloading the one shown. */
export function DatasetsPanel(props: DatasetsPanelProps) {
  const { id, state, dataset, navigate, importer, onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section
      id={id}
      className="datasets-panel"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => {
        // Escape in a text field (the pasted text) or one handled inside (a confirmation to
        // cancel) does not close the panel.
        const inField = event.target instanceof HTMLTextAreaElement;
        if (event.key === 'Escape' && !inField && !event.defaultPrevented) onClose();
      }}
    >
      <div className="datasets-panel-head">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          Datasets
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <DatasetList state={state} navigate={navigate} sessionOnly={importer.sessionOnly} />
      <ImportForm importer={importer} />
      {dataset ? <DatasetDownloads dataset={dataset} /> : null}
    </section>
  );
}
