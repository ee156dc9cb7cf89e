import { useEffect, useRef } from 'react';
import type { Dataset } from '../data/datasetSchema';
import type { ViewState } from '../state/viewState';
import { DatasetDownloads } from './DatasetDownloads';
import { DatasetList } from './DatasetList';
import { ImportForm } from './ImportForm';

export interface DatasetsPanelProps {
  readonly id: string;
  readonly state: ViewState;
  readonly dataset: Dataset | undefined;
  readonly navigate: (state: ViewState) => void;
  /** A file dropped on the page, to import at once. */
  readonly dropped: File | undefined;
  readonly onDroppedTaken: () => void;
  readonly onClose: () => void;
}

/** Every dataset this browser can open, importing more, and downloading the one shown. */
export function DatasetsPanel(props: DatasetsPanelProps) {
  const { id, state, dataset, navigate, dropped, onDroppedTaken, onClose } = props;
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
        if (event.key === 'Escape') onClose();
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
      <DatasetList state={state} navigate={navigate} />
      <ImportForm
        state={state}
        navigate={navigate}
        dropped={dropped}
        onDroppedTaken={onDroppedTaken}
      />
      {dataset ? <DatasetDownloads dataset={dataset} /> : null}
    </section>
  );
}
