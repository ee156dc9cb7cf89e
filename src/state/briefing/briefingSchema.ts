import { z } from '../../data/schema/zod';
import { explainCalendarDate } from '../../data/schema/calendarDate';
import { datasetLimits } from '../../data/schema/datasetLimits';
import { briefingSlideSchema, briefingText } from '../../data/schema/shippedBriefingSchema';
import { slugSchema } from '../../data/schema/slugSchema';
import { briefingFormat, briefingLimits } from './briefing';

/**
 * The shape of a `briefing/v1` file (docs/briefing-format.md). A slide's link is checked here
 * as text only, as in a dataset's briefings; checkSlideLink reads it as the app will.
 * data/briefing.schema.json is generated from this file (`npm run schema`).
 */

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const day = z
  .string()
  .regex(dayPattern, 'must be a day: YYYY-MM-DD')
  .refine((value) => !dayPattern.test(value) || explainCalendarDate(value) === undefined, {
    error: (issue) => explainCalendarDate(String(issue.input)) ?? 'must be a real calendar date',
  })
  .meta({ description: 'The day the file was written, YYYY-MM-DD.' });

export const briefingDatasetRefSchema = z.strictObject({
  id: slugSchema,
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "must be the dataset's fingerprint: 64 lowercase hex digits")
    .meta({ description: "SHA-256 of the dataset's canonical JSON, without its briefings." }),
  // The dataset's own title, copied: any text a dataset's title may be.
  title: z
    .string()
    .max(datasetLimits.labelLength)
    .regex(/\S/, 'must not be empty or blank')
    .optional(),
});

export const briefingFileSchema = z.strictObject({
  format: z.literal(briefingFormat, { error: `must be "${briefingFormat}"` }),
  id: slugSchema.optional(),
  title: briefingText(briefingLimits.title),
  exported: day.optional(),
  dataset: briefingDatasetRefSchema,
  slides: z.array(briefingSlideSchema).max(briefingLimits.slides),
});

export type BriefingFileJson = z.infer<typeof briefingFileSchema>;
