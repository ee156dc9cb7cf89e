import type { DBSchema } from 'idb';
import { parseCalendarDate, type CalendarDate } from '../schema/calendarDate';
import type { Dataset } from '../schema/datasetSchema';
import { makeDatabaseOpener } from './makeDatabaseOpener';

/** What the list of datasets shows of a dataset, without reading the dataset itself. */
export interface DatasetSummary {
  /** The dataset's own id: importing a dataset with the same id replaces the earlier copy. */
  readonly id: string;
  readonly title: string;
  /** Its `updated` date, parsed here: the list shows it as it shows every date. */
  readonly updated: CalendarDate;
  readonly estimates: number;
}

/** A dataset's summary, read from the dataset. */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  return {
    id: dataset.id,
    title: dataset.title,
    updated: parseCalendarDate(dataset.updated),
    estimates: dataset.estimates.length,
  };
}

/** What the list of datasets shows of an imported dataset. */
export interface StoredEntry extends DatasetSummary {
  /** ISO 8601 timestamp of the import. */
  readonly importedAt: string;
  /** The file it came from, or "pasted text". */
  readonly fileName: string;
  /** Set while a deletion can still be undone; such entries are not listed. */
  readonly deletedAt?: string;
}

/** An entry as the database keeps it: its date as the dataset gave it, as text. */
type CatalogRecord = Omit<StoredEntry, 'updated'> & { readonly updated: string };

const toRecord = (entry: StoredEntry): CatalogRecord => ({ ...entry, updated: entry.updated.text });
const fromRecord = (record: CatalogRecord): StoredEntry => ({
  ...record,
  updated: parseCalendarDate(record.updated),
});

interface CrosscheckDb extends DBSchema {
  catalog: { key: string; value: CatalogRecord };
  datasets: { key: string; value: { readonly id: string; readonly dataset: Dataset } };
}

const databaseName = 'crosscheck';
/** How long a deleted dataset can be brought back, in ms; it is removed for good after. */
export const undoWindowMs = 10 * 60_000;

/** The database, opened once per page or worker; a refusal is tried again next time. */
const openStore = makeDatabaseOpener<CrosscheckDb>(databaseName, [
  { name: 'catalog', keyPath: 'id' },
  { name: 'datasets', keyPath: 'id' },
]);

/** What the picker lists of a dataset imported from `fileName` at `now`. */
export function toStoredEntry(dataset: Dataset, fileName: string, now = new Date()): StoredEntry {
  return { ...summarizeDataset(dataset), importedAt: now.toISOString(), fileName };
}

/** Keeps a dataset in the browser; returns its entry and the entry it replaced, if any. */
export async function saveDataset(
  dataset: Dataset,
  fileName: string,
  now = new Date(),
): Promise<{ entry: StoredEntry; replaced: StoredEntry | undefined }> {
  const db = await openStore();
  const entry = toStoredEntry(dataset, fileName, now);
  const tx = db.transaction(['catalog', 'datasets'], 'readwrite');
  const replaced = await tx.objectStore('catalog').get(dataset.id);
  await Promise.all([
    tx.objectStore('datasets').put({ id: dataset.id, dataset }),
    tx.objectStore('catalog').put(toRecord(entry)),
    tx.done,
  ]);
  return { entry, replaced: !replaced || replaced.deletedAt ? undefined : fromRecord(replaced) };
}

/** The stored dataset with this id, or undefined (never imported here, or deleted). */
export async function readStoredDataset(id: string): Promise<Dataset | undefined> {
  const db = await openStore();
  const tx = db.transaction(['catalog', 'datasets'], 'readonly');
  const [entry, record] = await Promise.all([
    tx.objectStore('catalog').get(id),
    tx.objectStore('datasets').get(id),
  ]);
  return entry && !entry.deletedAt ? record?.dataset : undefined;
}

/**
 * The imported datasets, newest import first. Deletions older than the undo window are
 * carried out here, so a closed tab does not leave them behind.
 */
export async function listStoredDatasets(now = Date.now()): Promise<StoredEntry[]> {
  const db = await openStore();
  const isExpired = (e: CatalogRecord | undefined) =>
    e?.deletedAt !== undefined && now - Date.parse(e.deletedAt) > undoWindowMs;
  const entries = await db.getAll('catalog');
  const expired = entries.filter(isExpired);
  if (expired.length) {
    const tx = db.transaction(['catalog', 'datasets'], 'readwrite');
    for (const { id } of expired) {
      // Checked again inside the transaction: the same id may have been imported anew since.
      if (!isExpired(await tx.objectStore('catalog').get(id))) continue;
      await tx.objectStore('catalog').delete(id);
      await tx.objectStore('datasets').delete(id);
    }
    await tx.done;
  }
  return entries
    .filter((e) => e.deletedAt === undefined)
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
    .map(fromRecord);
}

/** Marks a dataset deleted: gone from the list at once, restorable until the undo window ends. */
export async function deleteStoredDataset(id: string, now = new Date()): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('catalog', 'readwrite');
  const entry = await tx.store.get(id);
  if (!entry) throw new Error(`No dataset "${id}" is kept in this browser.`);
  await Promise.all([tx.store.put({ ...entry, deletedAt: now.toISOString() }), tx.done]);
}

/** Why a deletion could not be undone, in words for the person. */
export class UndoError extends Error {
  override readonly name = 'UndoError';
}

/**
 * Undoes the deletion of exactly the copy that was deleted (`entry`, by its import time): a
 * dataset imported again with the same id since then has replaced it, and stays as it is.
 */
export async function undeleteStoredDataset(entry: StoredEntry): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('catalog', 'readwrite');
  const stored = await tx.store.get(entry.id);
  if (!stored?.deletedAt || stored.importedAt !== entry.importedAt) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new UndoError(
      stored && stored.importedAt !== entry.importedAt
        ? 'it has been replaced since by a new import of the same dataset'
        : 'its deletion has become final',
    );
  }
  const { deletedAt: _deletedAt, ...kept } = stored;
  await Promise.all([tx.store.put(kept), tx.done]);
}

/**
 * Why storing failed, in words for the person: a full disk and a refusal (private windows,
 * blocked site data) are the usual causes.
 */
export function explainStorageFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser\u2019s storage for this site is full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'the browser refused to store data for this site (a private window, or site data blocked in its settings)';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `the browser could not store it (${detail || name || 'no reason given'})`;
}
