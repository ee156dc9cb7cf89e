import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDatasetUrl, loadDataset } from '../../testing/loadJson';
import { csvColumnNames, csvColumns } from './csvColumns';
import { DatasetError } from '../datasetErrors';
import type { Dataset, Estimate } from '../schema/datasetSchema';
import { parseDatasetCsv } from './parseDatasetCsv';

// The shipped files sit next to the default dataset (data/), the docs one folder up.
const templateUrl = new URL('template.csv', defaultDatasetUrl);
const sampleUrl = new URL('sample.csv', defaultDatasetUrl);
const docsUrl = new URL('../docs/dataset-format.md', defaultDatasetUrl);

/** The sample's estimates, as chosen: casualties and troops sent, from the default dataset. */
const sampleEstimateCount = 23;

const read = (url: URL) => readFileSync(url, 'utf8');

/** Parses a CSV, failing with its problems listed rather than only the count. */
function parseCsv(text: string, name: string): Dataset {
  try {
    return parseDatasetCsv(text, name);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const lines = error.problems.map((p) => `${p.path}: ${p.message}`);
    throw new Error(`${error.message}\n${lines.join('\n')}`, { cause: error });
  }
}

/** The CSV section of the docs: from its heading to the end or the next top-level heading. */
function csvSection(docs: string): string {
  const start = docs.indexOf('\n## CSV\n');
  expect(start, 'docs/dataset-format.md has a "## CSV" section').toBeGreaterThan(-1);
  const next = docs.indexOf('\n## ', start + 1);
  return docs.slice(start, next === -1 ? undefined : next);
}

/** A value with the qualifier a blank cell stands for, so that "about" and blank compare equal. */
const withQualifier = (value: Estimate['value']) => ({ qualifier: 'about', ...value });

/** Each sample estimate beside the default estimate of the same claimant, metric and date. */
function pairWithDefault(sample: Dataset, byDefault: Dataset) {
  return sample.estimates.map((estimate) => {
    const same = byDefault.estimates.filter(
      (e) =>
        e.source === estimate.source && e.metric === estimate.metric && e.asOf === estimate.asOf,
    );
    expect(same, `one default estimate of ${estimate.id}'s claimant, metric and date`).toHaveLength(
      1,
    );
    return { estimate, original: same[0] as Estimate };
  });
}

describe('the shipped CSV files', () => {
  const byDefault = loadDataset(defaultDatasetUrl);

  it('template.csv has every column, in the order Crosscheck writes them, and one valid row', () => {
    const text = read(templateUrl);
    expect(text.split(/\r?\n/)[0]?.split(',')).toEqual(csvColumnNames);
    const dataset = parseCsv(text, 'template.csv');
    expect(dataset.id).toBe('my-estimates');
    expect(dataset.estimates).toHaveLength(1);
  });

  describe('sample.csv', () => {
    const sample = parseCsv(read(sampleUrl), 'sample.csv');

    it('is a sample of its own, not the default dataset', () => {
      expect(sample.estimates).toHaveLength(sampleEstimateCount);
      expect(sample.id).not.toBe(byDefault.id);
      expect(sample.title).toMatch(/sample/i);
      expect(sample.description).toContain(`${sampleEstimateCount} of its estimates`);
    });

    it('gives each figure as the default dataset does, with the same id, dates and citations', () => {
      for (const { estimate, original } of pairWithDefault(sample, byDefault)) {
        expect(withQualifier(estimate.value), estimate.id).toEqual(withQualifier(original.value));
        expect(estimate.id).toBe(original.id);
        expect(estimate.statedOn, estimate.id).toBe(original.statedOn);
        expect(estimate.period, estimate.id).toEqual(original.period);
        expect(estimate.citations, estimate.id).toEqual(original.citations);
        expect(estimate.credibility, estimate.id).toBe(original.credibility);
        expect(estimate.note, estimate.id).toBe(original.note);
      }
    });

    it("copies its metrics, claimants and citations exactly from the default dataset's", () => {
      const parts = [
        [sample.metrics, byDefault.metrics],
        [sample.sources, byDefault.sources],
        [sample.citations, byDefault.citations],
      ] as const;
      for (const [own, original] of parts) {
        for (const part of own) {
          expect(part).toEqual(original.find((o) => o.id === part.id));
        }
      }
    });

    it('is written the way a spreadsheet exports a tally', () => {
      const text = read(sampleUrl);
      const rows = text.split('\r\n');
      const datasetCells = (row: string) => row.split(',').slice(-4).join(',');
      // Thousands separators in quoted cells; a range without a best figure.
      expect(text).toContain(',"2,700",');
      expect(text).toContain(',,"10,000","12,000",');
      // A note with a comma and a doubled quote.
      expect(text).toMatch(/,"[^"\r\n]*,[^"\r\n]*""[^"\r\n]*""[^\r\n]*",/);
      // The dataset's fields on the first row only.
      expect(rows.slice(2).every((row) => row === '' || datasetCells(row) === ',,,')).toBe(true);
      // A further citation described on a row of its own.
      expect(rows.some((row) => row.startsWith(',,,,,,,,,,,,,,tistory-2025-01-14,'))).toBe(true);
    });
  });

  describe('docs/dataset-format.md', () => {
    const section = csvSection(read(docsUrl));

    it('lists every column of the CSV format in its table, in order, saying which are required', () => {
      const listed = [...section.matchAll(/^\| `([a-z_]+)` +\| (yes|no) +\|/gm)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(listed).toEqual(csvColumns.map((c) => [c.name, c.required ? 'yes' : 'no']));
    });

    it('gives an example that Crosscheck reads, with the figures of the default dataset', () => {
      const example = /```csv\n([\s\S]*?)```/.exec(section)?.[1];
      expect(example, 'a ```csv block in the CSV section').toBeDefined();
      const dataset = parseCsv(example ?? '', 'the docs example');
      expect(dataset.estimates.length).toBeGreaterThan(0);
      for (const { estimate, original } of pairWithDefault(dataset, byDefault)) {
        expect(withQualifier(estimate.value), estimate.id).toEqual(withQualifier(original.value));
        expect(estimate.citations, estimate.id).toEqual(original.citations);
      }
    });
  });
});
