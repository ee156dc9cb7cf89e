import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { defaultDatasetPath, isShippedText } from './shippedDataset';

const readShipped = async () =>
  (await readFile(`data/${defaultDatasetPath.slice(2)}`, 'utf8')).replace(/^\uFEFF/, '');

describe('isShippedText', () => {
  it('knows the shipped dataset’s text, as validated at build time', async () => {
    expect(await isShippedText(await readShipped())).toBe(true);
  });

  it('refuses any other text, down to one character or one space', async () => {
    const text = await readShipped();
    expect(await isShippedText(text.replace('300', '301'))).toBe(false);
    expect(await isShippedText(`${text} `)).toBe(false);
    expect(await isShippedText('')).toBe(false);
  });

  it('refuses everything where Web Crypto is missing (plain http off localhost)', async () => {
    vi.stubGlobal('crypto', {});
    try {
      expect(await isShippedText(await readShipped())).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
