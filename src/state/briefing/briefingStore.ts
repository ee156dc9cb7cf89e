import type { DBSchema, IDBPDatabase } from 'idb';
import { z } from '../../data/schema/zod';
import { explainStorageFailure } from '../../data/store/datasetStore';
import { makeDatabaseOpener } from '../../data/store/makeDatabaseOpener';
import { assignSlideKeys } from './assignSlideKeys';
import type { Briefing } from './briefing';

/** A dataset's working briefing, as kept in this browser. */
export interface StoredBriefing {
  readonly briefing: Briefing;
  /** The fingerprint of the dataset it was last saved on. */
  readonly fingerprint: string;
  /** ISO 8601 timestamp of the last save. */
  readonly savedAt: string;
}

/**
 * Why the browser could not keep or give back a briefing, in words for the person
 * (explainStorageFailure's): "the browser's storage for this site is full".
 */
export class BriefingStoreError extends Error {
  override readonly name = 'BriefingStoreError';
}

/**
 * What is read back is checked for shape only, not by the file format's rules: what a person
 * had kept comes back as it was, even where a newer version of the rules would refuse it.
 * Slides are kept without their keys, as files are; new ones are given on reading.
 */
const recordSchema = z.object({
  datasetId: z.string(),
  fingerprint: z.string(),
  savedAt: z.string(),
  briefing: z.object({
    id: z.string().optional(),
    title: z.string(),
    slides: z.array(z.object({ name: z.string().optional(), link: z.string() })),
  }),
});
type BriefingRecord = z.infer<typeof recordSchema>;

interface BriefingDb extends DBSchema {
  briefings: { key: string; value: BriefingRecord };
}

// A database of its own: the datasets' database keeps its version whatever briefings need.
const databaseName = 'crosscheck-briefings';
/** The database, opened once per page; a refusal (a private window) is tried again next time. */
const openStore = makeDatabaseOpener<BriefingDb>(databaseName, [
  { name: 'briefings', keyPath: 'datasetId' },
]);

/** Runs `work` on the database; any failure becomes a BriefingStoreError that says why. */
async function withStore<T>(work: (db: IDBPDatabase<BriefingDb>) => Promise<T>): Promise<T> {
  try {
    // Where IndexedDB is missing altogether, openDB throws a ReferenceError: caught the same.
    return await work(await openStore());
  } catch (error) {
    if (error instanceof BriefingStoreError) throw error;
    throw new BriefingStoreError(explainStorageFailure(error), { cause: error });
  }
}

/** The working briefing kept for a dataset, or undefined where none is. */
export function readStoredBriefing(datasetId: string): Promise<StoredBriefing | undefined> {
  return withStore(async (db) => {
    const found: unknown = await db.get('briefings', datasetId);
    if (found === undefined) return undefined;
    const record = recordSchema.safeParse(found);
    if (!record.success) {
      throw new BriefingStoreError(
        'the briefing kept for this dataset is not one this version of Crosscheck can read',
      );
    }
    const { id, title, slides } = record.data.briefing;
    const briefing = {
      ...(id === undefined ? {} : { id }),
      title,
      slides: assignSlideKeys(slides),
    };
    return { briefing, fingerprint: record.data.fingerprint, savedAt: record.data.savedAt };
  });
}

/** Keeps a dataset's working briefing, in place of the one kept before. */
export function saveStoredBriefing(
  datasetId: string,
  fingerprint: string,
  briefing: Briefing,
  now = new Date(),
): Promise<void> {
  const record: BriefingRecord = {
    datasetId,
    fingerprint,
    savedAt: now.toISOString(),
    briefing: {
      ...(briefing.id === undefined ? {} : { id: briefing.id }),
      title: briefing.title,
      slides: briefing.slides.map(({ name, link }) =>
        name === undefined ? { link } : { name, link },
      ),
    },
  };
  return withStore(async (db) => {
    await db.put('briefings', record);
  });
}

/** Forgets a dataset's working briefing; nothing happens where none is kept. */
export function clearStoredBriefing(datasetId: string): Promise<void> {
  return withStore((db) => db.delete('briefings', datasetId));
}
