import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { datasetQueryOptions } from '../../data/load/datasetQueryOptions';
import type { StoredEntry } from '../../data/store/datasetStore';
import { toImportedPath } from '../../data/load/importedPath';
import { importDataset } from '../../data/load/loadDataset';
import { defaultViewState, updateViewState, type ViewState } from '../../state/viewState';
import { storedDatasetsKey } from './storedDatasetsKey';

export type ImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'importing'; readonly name: string }
  | { readonly kind: 'done'; readonly name: string; readonly message: string }
  | { readonly kind: 'failed'; readonly name: string; readonly error: Error };

export interface Importer {
  readonly status: ImportStatus;
  /** Imported this session but not kept by the browser: listed until the tab is closed. */
  readonly sessionOnly: readonly StoredEntry[];
  readonly start: (file: Blob, name: string) => void;
}

/**
 * Imports, held by the always-present Datasets control so that closing the panel mid-import
 * loses neither the outcome nor its message. Only the latest import opens its dataset and says
 * how it went; an earlier one still finishing is kept (and listed) but does not take over.
 */
export function useImporter(state: ViewState, navigate: (state: ViewState) => void): Importer {
  const client = useQueryClient();
  const [status, setStatus] = useState<ImportStatus>({ kind: 'idle' });
  const [sessionOnly, setSessionOnly] = useState<readonly StoredEntry[]>([]);
  const latest = useRef(0);
  const theme = state.theme;
  const start = useCallback(
    (file: Blob, name: string) => {
      const serial = (latest.current += 1);
      setStatus({ kind: 'importing', name });
      importDataset(file, name).then(
        (outcome) => {
          const { dataset, storage } = outcome;
          const path = toImportedPath(dataset.id);
          client.setQueryData(datasetQueryOptions(path).queryKey, dataset);
          void client.invalidateQueries({ queryKey: storedDatasetsKey });
          if (storage && !storage.kept) {
            const { entry } = storage;
            setSessionOnly((list) => [entry, ...list.filter((e) => e.id !== entry.id)]);
          }
          if (serial !== latest.current) return;
          navigate(updateViewState(defaultViewState, { dataset: path, theme }));
          // The wording is loaded with the outcome: it costs nothing at start.
          void import('./describeImport').then(({ describeImport }) => {
            if (serial === latest.current) {
              setStatus({ kind: 'done', name, message: describeImport(name, outcome) });
            }
          });
          // Asked once something is kept: without it the browser may clear the data under
          // storage pressure. Chromium decides silently; Firefox asks the person. Only secure
          // contexts (https, localhost) have navigator.storage; IndexedDB works without it.
          if (storage?.kept && 'storage' in navigator) {
            void navigator.storage.persist().catch(() => false);
          }
        },
        (error: unknown) => {
          if (serial !== latest.current) return;
          const failure = error instanceof Error ? error : new Error(String(error));
          setStatus({ kind: 'failed', name, error: failure });
        },
      );
    },
    [client, navigate, theme],
  );
  return { status, sessionOnly, start };
}
