import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../testing/factories/makeDataset';
import {
  deleteStoredDataset,
  explainStorageFailure,
  listStoredDatasets,
  readStoredDataset,
  saveDataset,
  undeleteStoredDataset,
  undoWindowMs,
} from './datasetStore';

const at = (iso: string) => new Date(iso);

describe('datasetStore (IndexedDB)', () => {
  it('keeps a dataset and lists it with its title, updated date, size and import time', async () => {
    const dataset = makeDataset({ id: 'kept', title: 'Kept tally', updated: '2025-01' });
    const { entry, replaced } = await saveDataset(dataset, 'tally.csv', at('2026-11-20T10:00:00Z'));
    expect(replaced).toBeUndefined();
    const expected = {
      id: 'kept',
      title: 'Kept tally',
      updated: { text: '2025-01', precision: 'month', year: 2025, month: 1 },
      estimates: dataset.estimates.length,
      importedAt: '2026-11-20T10:00:00.000Z',
      fileName: 'tally.csv',
    };
    expect(entry).toEqual(expected);
    expect(await readStoredDataset('kept')).toEqual(dataset);
    // Listed as it was kept, its date read back from the text the database holds.
    expect((await listStoredDatasets()).find((e) => e.id === 'kept')).toEqual(expected);
  });

  it('replaces a dataset imported again with the same id, and says which copy it replaced', async () => {
    await saveDataset(
      makeDataset({ id: 'again', title: 'First' }),
      'a.csv',
      at('2026-11-20T10:00:00Z'),
    );
    const second = makeDataset({ id: 'again', title: 'Second' });
    const { replaced } = await saveDataset(second, 'b.csv', at('2026-11-21T10:00:00Z'));
    expect(replaced).toMatchObject({ title: 'First', fileName: 'a.csv' });
    expect(await readStoredDataset('again')).toEqual(second);
    expect((await listStoredDatasets()).filter((e) => e.id === 'again')).toHaveLength(1);
  });

  it('lists the newest import first', async () => {
    await saveDataset(makeDataset({ id: 'older' }), 'o.json', at('2026-01-01T00:00:00Z'));
    await saveDataset(makeDataset({ id: 'newer' }), 'n.json', at('2026-12-01T00:00:00Z'));
    const ids = (await listStoredDatasets()).map((e) => e.id);
    expect(ids.filter((id) => id === 'newer' || id === 'older')).toEqual(['newer', 'older']);
  });

  it('hides a deleted dataset at once, and brings it back on undo', async () => {
    const dataset = makeDataset({ id: 'undo-me' });
    const { entry } = await saveDataset(dataset, 'u.csv');
    await deleteStoredDataset('undo-me');
    expect((await listStoredDatasets()).map((e) => e.id)).not.toContain('undo-me');
    expect(await readStoredDataset('undo-me')).toBeUndefined();
    await undeleteStoredDataset(entry);
    expect((await listStoredDatasets()).map((e) => e.id)).toContain('undo-me');
    expect(await readStoredDataset('undo-me')).toEqual(dataset);
  });

  it('removes a deletion for good once the undo window has passed', async () => {
    const { entry } = await saveDataset(makeDataset({ id: 'gone' }), 'g.csv');
    const deletedAt = at('2026-11-20T10:00:00Z');
    await deleteStoredDataset('gone', deletedAt);
    await listStoredDatasets(deletedAt.getTime() + undoWindowMs + 1);
    await expect(undeleteStoredDataset(entry)).rejects.toThrow('its deletion has become final');
  });

  it('does not undo onto a copy imported again after the deletion', async () => {
    const first = await saveDataset(
      makeDataset({ id: 'twice', title: 'V1' }),
      'v1.csv',
      at('2026-11-20T10:00:00Z'),
    );
    await deleteStoredDataset('twice');
    const second = makeDataset({ id: 'twice', title: 'V2' });
    await saveDataset(second, 'v2.csv', at('2026-11-20T10:05:00Z'));
    await expect(undeleteStoredDataset(first.entry)).rejects.toThrow(
      'it has been replaced since by a new import of the same dataset',
    );
    expect(await readStoredDataset('twice')).toEqual(second);
  });

  it('keeps a dataset imported anew under an id whose old deletion expires', async () => {
    await saveDataset(makeDataset({ id: 'reborn' }), 'a.csv');
    const deletedAt = at('2026-11-20T10:00:00Z');
    await deleteStoredDataset('reborn', deletedAt);
    const later = deletedAt.getTime() + undoWindowMs + 1;
    const fresh = makeDataset({ id: 'reborn', title: 'Fresh' });
    // Listing (which purges) and saving run side by side, as when a drop opens the panel.
    await Promise.all([listStoredDatasets(later), saveDataset(fresh, 'b.csv')]);
    expect(await readStoredDataset('reborn')).toEqual(fresh);
  });

  it('reads nothing for an id never imported', async () => {
    expect(await readStoredDataset('never')).toBeUndefined();
  });

  it('explains a full disk and a refusal in words', () => {
    expect(explainStorageFailure(new DOMException('full', 'QuotaExceededError'))).toBe(
      'the browser\u2019s storage for this site is full',
    );
    expect(explainStorageFailure(new DOMException('no', 'SecurityError'))).toMatch(
      /refused to store data for this site/,
    );
    expect(explainStorageFailure(new Error('odd'))).toBe('the browser could not store it (odd)');
  });
});
