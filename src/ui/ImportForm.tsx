import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { DatasetError } from '../data/datasetErrors';
import { datasetQueryOptions } from '../data/datasetQuery';
import { toImportedPath } from '../data/importedPath';
import { importDataset } from '../data/loadDataset';
import type { DatasetOutcome } from '../data/workerMessages';
import type { ViewState } from '../state/viewState';
import { ProblemList } from './ProblemList';
import { storedDatasetsQuery } from './storedDatasetsQuery';
import { describeImport } from './describeImport';

type ImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'importing'; readonly name: string }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly name: string; readonly error: Error };

interface ImportFormProps {
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
  readonly dropped: File | undefined;
  readonly onDroppedTaken: () => void;
}

/**
 * Brings a dataset in from a file (chosen or dropped) or pasted text, as JSON or CSV. It is
 * checked whole, as any dataset; one that passes is kept in the browser and opened, one that
 * does not changes nothing and lists its problems.
 */
export function ImportForm({ state, navigate, dropped, onDroppedTaken }: ImportFormProps) {
  const client = useQueryClient();
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const start = (file: Blob, name: string) => {
    setStatus({ kind: 'importing', name });
    importDataset(file, name).then(
      (outcome: DatasetOutcome) => {
        const path = toImportedPath(outcome.dataset.id);
        client.setQueryData(datasetQueryOptions(path).queryKey, outcome.dataset);
        void client.invalidateQueries(storedDatasetsQuery);
        navigate({
          view: 'dashboard',
          dataset: path,
          ...(state.theme ? { theme: state.theme } : {}),
        });
        setStatus({ kind: 'done', message: describeImport(name, outcome) });
        // Asked once something is kept: without it the browser may clear the data under
        // storage pressure. Chromium decides silently; Firefox asks the person. Only secure
        // contexts (https, localhost) have navigator.storage; IndexedDB works without it.
        if (outcome.storage?.kept && 'storage' in navigator) {
          void navigator.storage.persist().catch(() => false);
        }
      },
      (error: unknown) =>
        setStatus({
          kind: 'failed',
          name,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
  };
  const latest = useRef(start);
  useEffect(() => {
    latest.current = start;
  });
  useEffect(() => {
    if (!dropped) return;
    onDroppedTaken();
    latest.current(dropped, dropped.name);
  }, [dropped, onDroppedTaken]);
  return (
    <div className="import-form">
      <h3>Import a dataset</h3>
      <p>
        A JSON dataset (format estimates/v1) or a CSV with one row per estimate: start from the{' '}
        <a href="./template.csv" download>
          template CSV
        </a>{' '}
        or see the{' '}
        <a href="./sample.csv" download>
          sample CSV
        </a>
        . Imported datasets are kept in this browser.
      </p>
      <p className="state-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Choose a file&hellip;
        </button>
        <span>or drop a file anywhere on the page.</span>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.json,.tsv,.txt,text/csv,application/json"
          aria-label="Dataset file to import"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) start(file, file.name);
          }}
        />
      </p>
      <label htmlFor={`${id}-paste`}>Or paste CSV or JSON text</label>
      <textarea
        id={`${id}-paste`}
        rows={4}
        value={pasted}
        spellCheck={false}
        onChange={(event) => setPasted(event.target.value)}
      />
      <p>
        <button
          type="button"
          className="secondary"
          disabled={!/\S/.test(pasted)}
          onClick={() => start(new Blob([pasted], { type: 'text/plain' }), 'pasted text')}
        >
          Import pasted text
        </button>
      </p>
      <ImportStatusView status={status} />
    </div>
  );
}

function ImportStatusView({ status }: { status: ImportStatus }) {
  if (status.kind === 'idle') return <p role="status" />;
  if (status.kind === 'importing') {
    return (
      <p role="status" className="import-status">
        <progress aria-label={`Importing ${status.name}`} /> Importing {status.name}&hellip;
      </p>
    );
  }
  if (status.kind === 'done') {
    return (
      <p role="status" className="notice">
        {status.message}
      </p>
    );
  }
  const { error, name } = status;
  const known = error instanceof DatasetError ? error : undefined;
  return (
    <div className="error-card import-error">
      <div role="alert">
        <h4>{name} was not imported</h4>
        <p>{error.message}</p>
      </div>
      <p>Nothing was imported or changed: a dataset comes in whole or not at all.</p>
      {known?.kind === 'invalid' ? <ProblemList problems={known.problems} fileName={name} /> : null}
    </div>
  );
}
