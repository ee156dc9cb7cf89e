import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { DatasetText, Isolated } from '../../charts/Isolated';
import type { Dataset } from '../../data/schema/datasetSchema';
import type { ViewState } from '../../state/viewState';
import { useImporter, type ImportStatus } from './useImporter';

// Importing, the list of kept datasets and their downloads are loaded on first use.
const DatasetsPanel = lazy(() =>
  import('./DatasetsPanel').then((m) => ({ default: m.DatasetsPanel })),
);

interface DatasetsControlProps {
  readonly state: ViewState;
  /** The dataset shown, once loaded: what the panel's downloads write. */
  readonly dataset: Dataset | undefined;
  readonly navigate: (state: ViewState) => void;
  /** The last file dropped on the page (see FileDropTarget): imported once, when it comes. */
  readonly dropped: File | undefined;
}

/**
 * The Datasets button and its panel (open another dataset, import, delete, download). A file
 * dropped on the page (`dropped`) opens the panel and is imported.
 */
export function DatasetsControl({ state, dataset, navigate, dropped }: DatasetsControlProps) {
  const [open, setOpen] = useState(false);
  const importer = useImporter(state, navigate);
  // The outcome the person saw in the panel before closing it is not repeated outside it.
  const [seen, setSeen] = useState<ImportStatus>();
  const { start } = importer;
  // A file dropped before this control's code was in waits for it, and is imported then.
  const handled = useRef<File | undefined>(undefined);
  useEffect(() => {
    if (!dropped || dropped === handled.current) return;
    handled.current = dropped;
    start(dropped, dropped.name);
    setOpen(true);
  }, [dropped, start]);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    setSeen(importer.status);
    // The panel had the focus (it takes it on opening): give it back where it came from.
    button.current?.focus();
  };
  const { status } = importer;
  const unseen = !open && status !== seen && (status.kind === 'done' || status.kind === 'failed');
  return (
    <>
      <button
        ref={button}
        type="button"
        className="secondary datasets-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Datasets
      </button>
      {unseen ? (
        <p className="notice import-notice" role="status">
          {status.kind === 'done' ? (
            <Isolated>{status.message}</Isolated>
          ) : (
            <>
              <DatasetText>{status.name}</DatasetText> was not imported: open Datasets to see why.
            </>
          )}
        </p>
      ) : null}
      {open ? (
        <Suspense
          fallback={
            <p className="datasets-panel" role="status">
              Opening Datasets&hellip;
            </p>
          }
        >
          <DatasetsPanel
            id={panelId}
            state={state}
            dataset={dataset}
            navigate={navigate}
            importer={importer}
            onClose={close}
          />
        </Suspense>
      ) : null}
    </>
  );
}
