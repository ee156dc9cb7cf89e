import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Briefing } from './briefing';
import {
  BriefingStoreError,
  clearStoredBriefing,
  readStoredBriefing,
  saveStoredBriefing,
} from './briefingStore';

const fingerprint = 'ab'.repeat(32);
const briefing: Briefing = {
  title: 'Losses, as claimed',
  slides: [
    { key: 'k9', name: 'In January', link: '?view=casualties&to=2025-01' },
    { key: 'k3', link: '?view=forces' },
  ],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('briefingStore (IndexedDB)', () => {
  it('keeps one working briefing per dataset, read back with new slide keys', async () => {
    const now = new Date('2026-12-06T10:00:00Z');
    await saveStoredBriefing('first', fingerprint, briefing, now);
    await saveStoredBriefing('second', fingerprint, { id: 'other', title: 'Other', slides: [] });
    expect(await readStoredBriefing('first')).toStrictEqual({
      briefing: {
        title: 'Losses, as claimed',
        slides: [
          { key: 's1', name: 'In January', link: '?view=casualties&to=2025-01' },
          { key: 's2', link: '?view=forces' },
        ],
      },
      fingerprint,
      savedAt: '2026-12-06T10:00:00.000Z',
    });
    expect((await readStoredBriefing('second'))?.briefing).toEqual({
      id: 'other',
      title: 'Other',
      slides: [],
    });
  });

  it('replaces the briefing kept for a dataset, and forgets it when cleared', async () => {
    await saveStoredBriefing('replaced', fingerprint, briefing);
    await saveStoredBriefing('replaced', 'cd'.repeat(32), { title: 'Newer', slides: [] });
    const stored = await readStoredBriefing('replaced');
    expect(stored?.briefing.title).toBe('Newer');
    expect(stored?.fingerprint).toBe('cd'.repeat(32));
    await clearStoredBriefing('replaced');
    expect(await readStoredBriefing('replaced')).toBeUndefined();
    await clearStoredBriefing('never-kept');
  });

  it('has none for a dataset it never kept one for', async () => {
    expect(await readStoredBriefing('unknown')).toBeUndefined();
  });

  it('says why when the browser\u2019s storage is full, and keeps what it had', async () => {
    await saveStoredBriefing('full', fingerprint, briefing);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const saving = saveStoredBriefing('full', fingerprint, { title: 'Lost', slides: [] });
    await expect(saving).rejects.toBeInstanceOf(BriefingStoreError);
    await expect(saving).rejects.toThrow('the browser\u2019s storage for this site is full');
    vi.restoreAllMocks();
    expect((await readStoredBriefing('full'))?.briefing.title).toBe('Losses, as claimed');
  });

  it('refuses a record it cannot read, rather than showing half of it', async () => {
    const db = await openDB('crosscheck-briefings', 1);
    await db.put('briefings', { datasetId: 'damaged', briefing: { slides: 'none' } });
    db.close();
    await expect(readStoredBriefing('damaged')).rejects.toThrow(
      'the briefing kept for this dataset is not one this version of Crosscheck can read',
    );
  });
});
