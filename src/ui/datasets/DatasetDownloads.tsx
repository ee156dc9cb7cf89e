import { useState } from 'react';
import { DatasetText } from '../../charts/Isolated';
import type { Dataset } from '../../data/schema/datasetSchema';
import { formatCount } from '../../domain/format/formatValue';
import { downloadBlob } from '../exporting/deliverExport';

type Format = 'json' | 'csv';

/** The dataset shown, whole, as format v1 JSON or as CSV: what was imported comes back out. */
export function DatasetDownloads({ dataset }: { dataset: Dataset }) {
  const [status, setStatus] = useState('');
  const download = (format: Format) => {
    const fileName = `${dataset.id}.${format}`;
    // The writers are export code: loaded on first use, like the chart exports.
    const written =
      format === 'json'
        ? import('../../data/writeDatasetJson').then((m) => ({
            text: m.writeDatasetJson(dataset),
            left: undefined,
          }))
        : import('../../data/csv/writeDatasetCsv').then((m) => ({
            text: m.writeDatasetCsv(dataset),
            left: m.describeCsvOmissions(dataset),
          }));
    written.then(
      ({ text, left }) => {
        const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
        downloadBlob(new Blob([text], { type }), fileName);
        const count = formatCount(dataset.estimates.length);
        setStatus(`Saved ${fileName}: ${count} estimates.${left ? ` ${left}` : ''}`);
      },
      (error: unknown) => setStatus(`Could not write ${fileName}: ${String(error)}`),
    );
  };
  return (
    <div className="datasets-downloads">
      <h3>Download the dataset shown</h3>
      <p>
        &ldquo;<DatasetText>{dataset.title}</DatasetText>&rdquo;, whole: every estimate, claimant
        and citation. Either file can be imported again as it is.
      </p>
      <p className="state-actions">
        <button type="button" className="secondary" onClick={() => download('json')}>
          Download JSON
        </button>
        <button type="button" className="secondary" onClick={() => download('csv')}>
          Download CSV
        </button>
        <span role="status">{status}</span>
      </p>
    </div>
  );
}
