import { useEffect, useRef, useState } from 'react';
import { DatasetText, Isolated } from '../../charts/Isolated';
import {
  explainStorageFailure,
  undeleteStoredDataset,
  undoWindowMs,
  UndoError,
  type StoredEntry,
} from '../../data/store/datasetStore';
import { formatCount } from '../../domain/format/formatValue';
import { isolate } from '../../domain/format/isolate';
import { formatImportedAt } from './formatImportedAt';

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
    <div
      className="delete-confirm"
      role="group"
      aria-labelledby="delete-question"
      onKeyDown={(event) => {
        // Escape answers the question (keep it), and goes no further: the panel stays open.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p id="delete-question">
        Delete &ldquo;<DatasetText>{entry.title}</DatasetText>&rdquo; (
        {formatCount(entry.estimates)} estimates, imported {formatImportedAt(entry.importedAt)})
        from this browser?
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

/**
 * Says what was deleted, with Undo: a deletion is only marked until the undo window ends, and
 * then the bar says it is final.
 */
export function UndoBar({ entry, onRestored }: { entry: StoredEntry; onRestored: () => void }) {
  // 'deleted', 'restored', 'final', or why restoring failed.
  const [state, setState] = useState('deleted');
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
    const timer = setTimeout(
      () => setState((now) => (now === 'deleted' ? 'final' : now)),
      undoWindowMs,
    );
    return () => clearTimeout(timer);
  }, []);
  const restore = () => {
    undeleteStoredDataset(entry).then(
      () => {
        setState('restored');
        onRestored();
      },
      (error: unknown) =>
        setState(
          error instanceof UndoError
            ? `\u201c${isolate(entry.title)}\u201d cannot be brought back: ${error.message}.`
            : `Could not restore it: ${explainStorageFailure(error)}.`,
        ),
    );
  };
  const title = `\u201c${isolate(entry.title)}\u201d`;
  return (
    <p className="notice" role="status">
      {state === 'deleted' ? (
        <>
          Deleted <Isolated>{title}</Isolated>.{' '}
          <button type="button" className="secondary" ref={undo} onClick={restore}>
            Undo
          </button>
        </>
      ) : (
        <Isolated>
          {state === 'restored'
            ? `Restored ${title}.`
            : state === 'final'
              ? `The deletion of ${title} is final.`
              : state}
        </Isolated>
      )}
    </p>
  );
}
