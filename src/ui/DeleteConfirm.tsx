import { useEffect, useRef, useState } from 'react';
import {
  explainStorageFailure,
  undeleteStoredDataset,
  type StoredEntry,
} from '../data/datasetStore';
import { formatImportedAt } from './storedDatasetsQuery';

interface DeleteConfirmProps {
  readonly entry: StoredEntry;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before a kept dataset is deleted, naming it; keeping it is the button focused. */
export function DeleteConfirm({ entry, onConfirm, onCancel }: DeleteConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keep.current?.focus();
  }, [entry]);
  return (
    <div className="delete-confirm" role="group" aria-labelledby="delete-question">
      <p id="delete-question">
        Delete &ldquo;{entry.title}&rdquo; ({entry.estimates.toLocaleString('en-GB')} estimates,
        imported {formatImportedAt(entry.importedAt)}) from this browser?
      </p>
      <p className="state-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          Delete it
        </button>
        <button type="button" className="secondary" ref={keep} onClick={onCancel}>
          Keep it
        </button>
      </p>
    </div>
  );
}

/** Says what was deleted, with Undo: deleting is marked, not done, until the undo window ends. */
export function UndoBar({ entry, onRestored }: { entry: StoredEntry; onRestored: () => void }) {
  // 'deleted', 'restored', or why restoring failed. A new deletion mounts a new bar (keyed).
  const [state, setState] = useState('deleted');
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, []);
  const restore = () => {
    undeleteStoredDataset(entry.id).then(
      () => {
        setState('restored');
        onRestored();
      },
      (error: unknown) => setState(`Could not restore it: ${explainStorageFailure(error)}.`),
    );
  };
  return (
    <p className="notice" role="status">
      {state === 'deleted' ? (
        <>
          Deleted &ldquo;{entry.title}&rdquo;.{' '}
          <button type="button" className="secondary" ref={undo} onClick={restore}>
            Undo
          </button>
        </>
      ) : state === 'restored' ? (
        <>Restored &ldquo;{entry.title}&rdquo;.</>
      ) : (
        state
      )}
    </p>
  );
}
