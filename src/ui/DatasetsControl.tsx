import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../data/datasetSchema';
import type { ViewState } from '../state/viewState';
import { useImporter, type ImportStatus } from './useImporter';

// Importing, the list of kept datasets and their downloads are loaded on first use.
const DatasetsPanel = lazy(() =>
  import('./DatasetsPanel').then((m) => ({ default: m.DatasetsPanel })),
);

export interface DatasetsControlProps {
  readonly state: ViewState;
  /** The dataset shown, once loaded: what the panel's downloads write. */
  readonly dataset: Dataset | undefined;
  readonly navigate: (state: ViewState) => void;
}

/**
 * The Datasets button and its panel (open another dataset, import, delete, download), and the
 * page as a drop target: a CSV or JSON file dropped anywhere opens the panel and is imported.
 */
export function DatasetsControl({ state, dataset, navigate }: DatasetsControlProps) {
  const [open, setOpen] = useState(false);
  const importer = useImporter(state, navigate);
  // The outcome the person saw in the panel before closing it is not repeated outside it.
  const [seen, setSeen] = useState<ImportStatus>();
  const dragging = useFileDrag((file) => {
    importer.start(file, file.name);
    setOpen(true);
  });
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
          {status.kind === 'done'
            ? status.message
            : `${status.name} was not imported: open Datasets to see why.`}
        </p>
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a CSV or JSON file to import it
        </div>
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

/** Whether files are being dragged over the page; `onDrop` receives the first file dropped. */
function useFileDrag(onDrop: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    // Without this the browser would open the file in place of the app.
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
