import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../testing/loadJson';
import { makeDataset, makeEstimate } from '../testing/factories/makeDataset';
import { fingerprintDataset, shortenFingerprint } from './fingerprintDataset';

describe('fingerprintDataset', () => {
  it('is the SHA-256 of the canonical JSON, in hex', async () => {
    const fingerprint = await fingerprintDataset(makeDataset());
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order of keys or the layout of the file', async () => {
    const dataset = makeDataset();
    const reordered = Object.fromEntries(Object.entries(dataset).reverse()) as typeof dataset;
    const relaid = JSON.parse(JSON.stringify(dataset, null, 4)) as typeof dataset;
    const fingerprint = await fingerprintDataset(dataset);
    expect(await fingerprintDataset(reordered)).toBe(fingerprint);
    expect(await fingerprintDataset(relaid)).toBe(fingerprint);
  });

  it('changes when a figure changes', async () => {
    const before = makeDataset({ estimates: [makeEstimate({ value: { best: 300 } })] });
    const after = makeDataset({ estimates: [makeEstimate({ value: { best: 301 } })] });
    expect(await fingerprintDataset(after)).not.toBe(await fingerprintDataset(before));
  });

  it('is stable for the default dataset as committed', async () => {
    const { dataset } = loadDefaultModel();
    const first = await fingerprintDataset(dataset);
    expect(await fingerprintDataset(structuredClone(dataset))).toBe(first);
  });
});

describe('shortenFingerprint', () => {
  it('keeps the first six hex digits', () => {
    expect(shortenFingerprint('3f9a2c0123456789')).toBe('3f9a2c');
  });
});
