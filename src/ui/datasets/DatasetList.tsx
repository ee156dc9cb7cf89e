import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { DatasetText, Isolated } from '../../charts/Isolated';
import { datasetQueryOptions } from '../../data/load/datasetQueryOptions';
import { defaultDatasetPath, pickDatasetPath } from '../../data/load/shippedDataset';
import {
  deleteStoredDataset,
  explainStorageFailure,
  summarizeDataset,
  type StoredEntry,
} from '../../data/store/datasetStore';
import type { CalendarDate } from '../../data/schema/calendarDate';
import { toImportedPath } from '../../data/load/importedPath';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { formatCount } from '../../domain/format/formatValue';
import { isolate } from '../../domain/format/isolate';
import { defaultViewState, updateViewState, type ViewState } from '../../state/viewState';
import { DeleteConfirm, UndoBar } from './DeleteConfirm';
import { formatImportedAt } from './formatImportedAt';
import { storedDatasetsQuery } from './storedDatasetsQuery';
import { ViewLink } from '../screen/ViewLink';

interface DatasetListProps {
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
  /** Imported but not kept by the browser: they open until the tab is closed. */
  readonly sessionOnly: readonly StoredEntry[];
}

/** Where the focus goes once a confirmation or an undo bar it was in is gone. */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The default dataset and every one imported into this browser: open one, or delete it. */
export function DatasetList({ state, navigate, sessionOnly }: DatasetListProps) {
  const client = useQueryClient();
  const stored = useQuery(storedDatasetsQuery);
  const shipped = useQuery(datasetQueryOptions(defaultDatasetPath));
  const [confirming, setConfirming] = useState<StoredEntry | undefined>();
  // `serial` gives each deletion its own undo bar, even of a dataset deleted before.
  const [deleted, setDeleted] = useState<{
    entry: StoredEntry;
    wasShown: boolean;
    serial: number;
  }>();
  const [problem, setProblem] = useState('');
  // A row to focus once it is drawn (a restored dataset's, after the list is read again).
  const refocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    const row = refocus.current ? document.querySelector<HTMLElement>(refocus.current) : null;
    if (!row) return;
    refocus.current = undefined;
    row.focus();
  }, [stored.data]);
  const shown = pickDatasetPath(state.dataset);
  const openState = (path: string | undefined): ViewState =>
    updateViewState(defaultViewState, { dataset: path, theme: state.theme });
  const remove = (entry: StoredEntry) => {
    const path = toImportedPath(entry.id);
    deleteStoredDataset(entry.id).then(
      () => {
        setConfirming(undefined);
        setDeleted({ entry, wasShown: shown === path, serial: (deleted?.serial ?? 0) + 1 });
        client.removeQueries({ queryKey: datasetQueryOptions(path).queryKey });
        void client.invalidateQueries(storedDatasetsQuery);
        if (shown === path) navigate(openState(undefined));
      },
      (error: unknown) => setProblem(`Could not delete it: ${explainStorageFailure(error)}.`),
    );
  };
  const rows: {
    key: string;
    path: string | undefined;
    title: string;
    updated: CalendarDate | undefined;
    estimates: number | undefined;
    imported: string;
    entry?: StoredEntry;
  }[] = [
    {
      key: 'default',
      path: undefined,
      title: shipped.data?.title ?? 'The default dataset',
      updated: shipped.data && summarizeDataset(shipped.data).updated,
      estimates: shipped.data?.estimates.length,
      imported: 'Shipped with Crosscheck',
    },
    ...(stored.data ?? []).map((entry) => ({
      key: entry.id,
      path: toImportedPath(entry.id),
      title: entry.title,
      updated: entry.updated,
      estimates: entry.estimates,
      imported: `${formatImportedAt(entry.importedAt)} from ${isolate(entry.fileName)}`,
      entry,
    })),
    ...sessionOnly
      .filter((entry) => !stored.data?.some((kept) => kept.id === entry.id))
      .map((entry) => ({
        key: `session-${entry.id}`,
        path: toImportedPath(entry.id),
        title: entry.title,
        updated: entry.updated,
        estimates: entry.estimates,
        imported: `${formatImportedAt(entry.importedAt)} from ${isolate(entry.fileName)}; not kept: shown until this tab is closed`,
      })),
  ];
  return (
    <div className="dataset-list">
      <table>
        <caption className="visually-hidden">Datasets this browser can open</caption>
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            <th scope="col">Updated</th>
            <th scope="col">Estimates</th>
            <th scope="col">Imported</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const current = pickDatasetPath(row.path) === shown;
            return (
              <tr key={row.key} aria-current={current ? 'true' : undefined}>
                <th scope="row" data-open={row.key}>
                  <ViewLink to={openState(row.path)} navigate={navigate} current={current}>
                    <DatasetText>{row.title}</DatasetText>
                  </ViewLink>
                  {current ? <span className="dataset-shown"> (shown)</span> : null}
                </th>
                <td>{row.updated ? formatCalendarDate(row.updated) : ''}</td>
                <td className="numeric">
                  {row.estimates === undefined ? '' : formatCount(row.estimates)}
                </td>
                <td>
                  <Isolated>{row.imported}</Isolated>
                </td>
                <td>
                  {row.entry ? (
                    <button
                      type="button"
                      className="secondary"
                      data-delete={row.key}
                      aria-label={`Delete ${row.title}`}
                      onClick={() => setConfirming(row.entry)}
                    >
                      Delete
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {stored.isError ? (
        <p className="notice" role="status">
          Datasets kept in this browser cannot be listed: {explainStorageFailure(stored.error)}.
          Imports are shown for this session only.
        </p>
      ) : null}
      {confirming ? (
        <DeleteConfirm
          entry={confirming}
          onConfirm={() => remove(confirming)}
          onCancel={() => {
            setConfirming(undefined);
            focusSoon(`[data-delete="${CSS.escape(confirming.id)}"]`);
          }}
        />
      ) : null}
      {deleted ? (
        <UndoBar
          key={deleted.serial}
          entry={deleted.entry}
          onRestored={() => {
            const id = deleted.entry.id;
            // Its row comes back once the list is read again: then it takes the focus.
            refocus.current = `[data-open="${CSS.escape(id)}"] a`;
            void client.invalidateQueries(storedDatasetsQuery);
            if (deleted.wasShown) navigate(openState(toImportedPath(id)));
          }}
        />
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
