import { z } from './zod';
import { datasetSchema } from './datasetSchema';

/**
 * The JSON Schema of format v1, generated from the validator so the two cannot disagree (a unit
 * test fails when data/estimates.schema.json is stale; `npm run schema` rewrites it). It covers
 * the shape; rules across parts (unique ids, references, sums, low <= best <= high, real dates)
 * are beyond JSON Schema and are checked by the app.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
  return {
    ...generated,
    title: 'Crosscheck estimates dataset, format v1',
    description:
      'Competing estimates with their claimants and citations. Generated from the validator; see docs/dataset-format.md for the rules JSON Schema cannot express.',
  };
}

/** The schema file's exact text: two-space JSON and a final newline. */
export function formatJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
