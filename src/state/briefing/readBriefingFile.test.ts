import { describe, expect, it } from 'vitest';
import { BriefingError } from './BriefingError';
import { readBriefingFile } from './readBriefingFile';

const text = JSON.stringify({
  format: 'briefing/v1',
  title: 'Losses',
  dataset: { id: 'd', fingerprint: 'ab'.repeat(32) },
  slides: [{ link: '?view=compare' }],
});

async function catchBriefingError(promise: Promise<unknown>): Promise<BriefingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}

describe('readBriefingFile', () => {
  it('reads a file as UTF-8 text', async () => {
    const file = await readBriefingFile(new Blob([text]), 'b.json');
    expect(file.briefing.slides).toEqual([{ key: 's1', link: '?view=compare' }]);
  });

  it('refuses a file over the limit before reading it', async () => {
    const error = await catchBriefingError(
      readBriefingFile(new Blob([new Uint8Array(1_200_000)]), 'big.json'),
    );
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('big.json is 1.2 MB, more than the 1.0 MB a briefing may be.');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const error = await catchBriefingError(
      readBriefingFile(new Blob([new Uint8Array([0x7b, 0xff, 0x7d])]), 'latin.json'),
    );
    expect(error.kind).toBe('not-text');
    expect(error.message).toBe('latin.json is not UTF-8 text: a briefing is JSON.');
  });
});
