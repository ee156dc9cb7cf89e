import { createHash } from 'node:crypto';
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

  it('leaves the briefings a dataset ships out: adding one changes no figure', async () => {
    const dataset = makeDataset();
    const briefing = { id: 'b', title: 'B', slides: [{ link: '?view=compare' }] };
    const fingerprint = await fingerprintDataset(dataset);
    expect(await fingerprintDataset({ ...dataset, briefings: [briefing] })).toBe(fingerprint);
    expect(await fingerprintDataset({ ...dataset, briefings: [] })).toBe(fingerprint);
  });

  it('is that of the default dataset without its briefings, as before they were added', async () => {
    const { dataset } = loadDefaultModel();
    expect(dataset.briefings?.length).toBeGreaterThan(0);
    const { briefings: _briefings, ...figures } = dataset;
    expect(await fingerprintDataset(dataset)).toBe(await fingerprintDataset(figures));
    // Links and images made on the default dataset print this; a figure changed would change it.
    expect(shortenFingerprint(await fingerprintDataset(dataset))).toBe('4185c6');
  });

  it('is stable for the default dataset as committed', async () => {
    const { dataset } = loadDefaultModel();
    const first = await fingerprintDataset(dataset);
    expect(await fingerprintDataset(structuredClone(dataset))).toBe(first);
  });
});

describe('fingerprintDataset of a known dataset', () => {
  // makeDataset() with a title outside ASCII, so that the text is hashed as UTF-8.
  const dataset = makeDataset({ title: 'Test dataset \u2014 \u00abA\u00bb' });

  // Its canonical JSON (RFC 8785), written out: keys sorted at every level, no spaces.
  const canonicalJson = [
    '{"citations":[',
    '{"id":"herald-2025-01-10","outlet":"The Herald","published":"2025-01-10",',
    '"url":"https://example.org/herald/2025-01-10"},',
    '{"id":"wire-2025-02","outlet":"Wire Service","published":"2025-02",',
    '"url":"https://example.org/herald/2025-01-10"}],',
    '"estimates":[',
    '{"asOf":"2025-01-10","citations":["herald-2025-01-10"],"id":"alpha-killed-2025-01-10",',
    '"metric":"killed","source":"alpha","value":{"best":300,"qualifier":"about"}},',
    '{"asOf":"2025-01-10","citations":["herald-2025-01-10"],"id":"alpha-wounded-2025-01-10",',
    '"metric":"wounded","source":"alpha","value":{"best":2700}},',
    '{"asOf":"2025-02","citations":["wire-2025-02"],"credibility":3,"id":"beta-casualties-2025-02",',
    '"metric":"casualties","source":"beta","value":{"best":1200,"high":1500,"low":1000}}],',
    '"format":"estimates/v1","id":"test-dataset",',
    '"metrics":[',
    '{"id":"killed","kind":"casualties","label":"Killed","unit":"people"},',
    '{"id":"wounded","kind":"casualties","label":"Wounded","unit":"people"},',
    '{"description":"Killed plus wounded.","id":"casualties","kind":"casualties",',
    '"label":"Casualties","sumOf":["killed","wounded"],"unit":"people"}],',
    '"sources":[',
    '{"country":"US","id":"alpha","name":"Alpha Intelligence Agency","reliability":"B",',
    '"shortName":"Alpha","type":"intelligence"},',
    '{"id":"beta","name":"Beta Ministry of Defence","type":"government"}],',
    '"title":"Test dataset \u2014 \u00abA\u00bb","updated":"2025-03-01"}',
  ].join('');

  // SHA-256 of canonicalJson as UTF-8, computed once with node:crypto and written down.
  const expected = 'e3f87d867d38f0683046d45814df6fc2e72c4ae46abbdcb3104177d12ba7e882';

  it('has a canonical JSON that is the dataset, and whose SHA-256 is the expected hex', () => {
    expect(JSON.parse(canonicalJson)).toEqual(dataset);
    expect(createHash('sha256').update(canonicalJson, 'utf8').digest('hex')).toBe(expected);
  });

  it('is that SHA-256, in lowercase hex', async () => {
    expect(await fingerprintDataset(dataset)).toBe(expected);
  });

  it('is the same for the dataset with its keys in another order', async () => {
    const reversed = JSON.parse(
      JSON.stringify(dataset, (_, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as typeof dataset;
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(dataset));
    expect(await fingerprintDataset(reversed)).toBe(expected);
  });
});

describe('shortenFingerprint', () => {
  it('keeps the first six hex digits', () => {
    expect(shortenFingerprint('3f9a2c0123456789')).toBe('3f9a2c');
  });
});
