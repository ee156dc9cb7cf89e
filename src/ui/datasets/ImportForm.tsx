import { useId, useRef, useState } from 'react';
import { DatasetError } from '../../data/datasetErrors';
import { DatasetText, Isolated } from '../../charts/Isolated';
import { ProblemList } from '../loading/ProblemList';
import type { ImportStatus, Importer } from './useImporter';

/**
 * Brings a dataset in from a file (chosen or dropped) or pasted text, as JSON or CSV. It is
 * checked whole, as any dataset; one that passes is kept in the browser and opened, one that
 * does not changes nothing and lists its problems.
 */
export function ImportForm({ importer }: { importer: Importer }) {
  const { start, status } = importer;
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
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
        <progress aria-label={`Importing ${status.name}`} /> Importing{' '}
        <DatasetText>{status.name}</DatasetText>&hellip;
      </p>
    );
  }
  if (status.kind === 'done') {
    return (
      <p role="status" className="notice">
        <Isolated>{status.message}</Isolated>
      </p>
    );
  }
  const { error, name } = status;
  const known = error instanceof DatasetError ? error : undefined;
  return (
    <div className="error-card import-error">
      <div role="alert">
        <h4>
          <DatasetText>{name}</DatasetText> was not imported
        </h4>
        <p>{error.message}</p>
      </div>
      <p>Nothing was imported or changed: a dataset comes in whole or not at all.</p>
      {known?.kind === 'invalid' ? <ProblemList problems={known.problems} fileName={name} /> : null}
    </div>
  );
}
