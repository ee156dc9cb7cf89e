import { z } from '../../data/schema/zod';
import { briefingFileSchema } from './briefingSchema';

/**
 * The JSON Schema of `briefing/v1`, generated from the validator as the dataset's is
 * (data/briefing.schema.json; a unit test fails when it is stale, `npm run schema` rewrites it).
 * It covers the shape and a link's text; what a link asks of the views is checked by the app.
 */
export function buildBriefingJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(briefingFileSchema, { target: 'draft-2020-12' });
  return {
    ...generated,
    title: 'Crosscheck briefing, format briefing/v1',
    description:
      'Charts of one dataset in order, each slide a view link. Generated from the validator; see docs/briefing-format.md for how the app reads each link.',
  };
}

/** The schema file's exact text: two-space JSON and a final newline. */
export function formatBriefingJsonSchema(): string {
  return `${JSON.stringify(buildBriefingJsonSchema(), null, 2)}\n`;
}
