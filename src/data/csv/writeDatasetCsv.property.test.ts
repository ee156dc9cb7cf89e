import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../datasetErrors';
import type { Dataset } from '../schema/datasetSchema';
import { parseDatasetCsv } from './parseDatasetCsv';
import { validateDataset } from '../schema/validateDataset';
import { arbitraryCsvDataset, arbitraryCsvText } from '../../testing/arbitrary/arbitraryCsvDataset';
import { makeDataset, makeEstimate } from '../../testing/factories/makeDataset';
import { writeDatasetCsv } from './writeDatasetCsv';
import { writeDatasetJson } from '../writeDatasetJson';

/** A generated dataset as the app holds it: validated. Fails if the generator made it invalid. */
function validated(input: unknown): Dataset {
  const result = validateDataset(input);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) throw new Error('invalid');
  return result.dataset;
}

/** The CSV read back; a refusal fails the property with its problems, which say why. */
function readBack(csv: string): Dataset {
  try {
    return parseDatasetCsv(csv, 'export.csv');
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const lines = error.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`${error.message}\n${lines.join('\n')}`, { cause: error });
  }
}

// Thousands of generated datasets per property: a busy machine needs more than the default 5 s.
describe(
  'dataset round trips over generated valid datasets (fast-check)',
  { timeout: 60_000 },
  () => {
    it('generates only valid datasets', () => {
      fc.assert(
        fc.property(arbitraryCsvDataset, (dataset) => {
          validated(dataset);
        }),
        { numRuns: 200 },
      );
    });

    it('JSON -> CSV -> JSON gives a deep-equal dataset', () => {
      fc.assert(
        fc.property(arbitraryCsvDataset, (generated) => {
          const dataset = validated(generated);
          expect(readBack(writeDatasetCsv(dataset))).toStrictEqual(dataset);
        }),
        { numRuns: 1500 },
      );
    });

    it('CSV written, read and written again gives identical text', () => {
      fc.assert(
        fc.property(arbitraryCsvDataset, (generated) => {
          const csv = writeDatasetCsv(validated(generated));
          expect(writeDatasetCsv(readBack(csv))).toBe(csv);
        }),
        { numRuns: 1000 },
      );
    });

    it('writeDatasetJson -> JSON.parse -> validate gives a deep-equal dataset', () => {
      fc.assert(
        fc.property(arbitraryCsvDataset, (generated) => {
          const dataset = validated(generated);
          const json = writeDatasetJson(dataset);
          expect(validated(JSON.parse(json))).toStrictEqual(dataset);
          expect(writeDatasetJson(validated(JSON.parse(json)))).toBe(json);
        }),
        { numRuns: 800 },
      );
    });

    it('reads back any one text field exactly, whatever it holds', () => {
      // One estimate and one of each part: a short file, where a bad guess of the delimiter or of
      // the line break would show first.
      const base = makeDataset();
      fc.assert(
        fc.property(arbitraryCsvText(300), arbitraryCsvText(5000), (label, note) => {
          const dataset = validated({
            ...base,
            title: label,
            metrics: base.metrics.slice(0, 1),
            sources: base.sources.slice(0, 1),
            citations: base.citations.slice(0, 1),
            estimates: [makeEstimate({ note, value: { best: 1, text: label } })],
          });
          expect(readBack(writeDatasetCsv(dataset))).toStrictEqual(dataset);
        }),
        { numRuns: 2000 },
      );
    });

    it('reads a damaged CSV to a dataset or to problems at rows and columns, never a crash', () => {
      const damage = fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 3 }),
        insert: fc.constantFrom('', '"', ',', '\n', '\r\n', ';', "'", 'x'),
      });
      let refused = 0;
      fc.assert(
        fc.property(arbitraryCsvDataset, damage, (generated, { at, remove, insert }) => {
          const csv = writeDatasetCsv(validated(generated));
          const cut = at % csv.length;
          const damaged = csv.slice(0, cut) + insert + csv.slice(cut + remove);
          try {
            // What is read is a dataset the app accepts, however the file was damaged.
            validated(parseDatasetCsv(damaged, 'damaged.csv'));
          } catch (error) {
            refused += 1;
            expect(error).toBeInstanceOf(DatasetError);
            const { kind, problems } = error as DatasetError;
            expect(kind).toBe('invalid');
            expect(problems.length).toBeGreaterThan(0);
            for (const { path, message } of problems) {
              expect(path).toMatch(/^(row [\d,]+(, column .+)?|column .+|\(file\))$/s);
              expect(message).toMatch(/\S/);
            }
          }
        }),
        { numRuns: 500 },
      );
      // The damage reaches the reader: some of it is refused, so the branch above is exercised.
      expect(refused).toBeGreaterThan(0);
    });
  },
);
