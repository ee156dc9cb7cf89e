import { afterEach, describe, expect, it, vi } from 'vitest';
import { BriefingStoreError, readStoredBriefing, saveStoredBriefing } from './briefingStore';

// Without fake-indexeddb: this file's page has a browser that refuses storage, as a private
// window or blocked site data does.
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('briefingStore where the browser refuses to store anything', () => {
  it('says so, in words for the person, rather than failing on an exception', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The user denied permission.', 'SecurityError');
      },
    });
    const saving = saveStoredBriefing('d', 'ab'.repeat(32), { title: 'T', slides: [] });
    await expect(saving).rejects.toBeInstanceOf(BriefingStoreError);
    await expect(saving).rejects.toThrow(
      'the browser refused to store data for this site (a private window, or site data blocked in its settings)',
    );
    await expect(readStoredBriefing('d')).rejects.toThrow('the browser refused to store data');
  });

  it('says so where the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(readStoredBriefing('d')).rejects.toThrow(
      /^the browser could not store it \(.+\)$/,
    );
  });
});
