import { describe, expect, it } from 'vitest';
import { toStoredEntry } from '../../data/store/datasetStore';
import { makeDataset } from '../../testing/factories/makeDataset';
import { plain } from '../../testing/plain';
import { describeImport } from './describeImport';

const describeImportPlain = (...args: Parameters<typeof describeImport>) =>
  plain(describeImport(...args));

const dataset = makeDataset({ id: 'tally', title: 'My tally' });
const count = dataset.estimates.length;
const entry = toStoredEntry(
  makeDataset({ id: 'tally', title: 'My tally', updated: '2025' }),
  'tally.csv',
  new Date('2026-11-26T10:00:00.000Z'),
);

describe('describeImport', () => {
  it('says what came in and that it was kept', () => {
    expect(describeImportPlain('tally.csv', { dataset, storage: { kept: true, entry } })).toBe(
      `Imported tally.csv: \u201cMy tally\u201d, ${count} estimates, kept in this browser.`,
    );
  });

  it("isolates the file's name and the dataset's title, which may run right to left", () => {
    const text = describeImport('\u0645\u0644\u0641.csv', { dataset });
    expect(text).toBe(
      `Imported \u2068\u0645\u0644\u0641.csv\u2069: \u201c\u2068My tally\u2069\u201d, ${count} estimates.`,
    );
  });

  it('names the copy it replaced', () => {
    const replaced = { ...entry, estimates: 1234, importedAt: '2026-11-01T09:30:00.000Z' };
    expect(
      describeImportPlain('tally.csv', { dataset, storage: { kept: true, entry, replaced } }),
    ).toMatch(
      /It replaces the copy of tally imported 1 Nov 2026, \d\d:\d\d \(1,234 estimates\)\.$/,
    );
  });

  it('says why it was not kept, that it is shown for the session, and how to keep it', () => {
    const text = describeImportPlain('tally.csv', {
      dataset,
      storage: { kept: false, entry, reason: 'the browser\u2019s storage for this site is full' },
    });
    expect(text).toContain(
      'It could not be kept in this browser: the browser\u2019s storage for this site is full.',
    );
    expect(text).toContain('It is shown until this tab is closed');
    expect(text).toContain('download it as JSON or CSV below to keep it');
  });
});
