import { z } from './zod';
import { calendarDatePattern, explainCalendarDate } from './calendarDate';
import { countryCodeMistakes, countryCodes } from './countryCodes';
import { datasetLimits as limits } from './datasetLimits';
import { shippedBriefingSchema } from './shippedBriefingSchema';
import { slugSchema } from './slugSchema';

/**
 * Dataset format v1 (see docs/dataset-format.md). This schema checks the shape of each part;
 * rules across parts (unique ids, references, sums, ranges) are in checkDatasetRules.ts. The
 * JSON Schema in data/estimates.schema.json is generated from this file (`npm run schema`).
 */

const slug = slugSchema;

// Strings are kept exactly as given (never trimmed: an export must give back what was imported).
const text = (max: number) => z.string().max(max).regex(/\S/, 'must not be empty or blank');

const calendarDateRegExp = new RegExp(calendarDatePattern);
const calendarDate = z
  .string()
  .regex(calendarDateRegExp, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
  // The pattern admits 2025-02-30; a value that fails the pattern is reported by it alone.
  .refine((value) => !calendarDateRegExp.test(value) || explainCalendarDate(value) === undefined, {
    error: (issue) => explainCalendarDate(String(issue.input)) ?? 'must be a real calendar date',
  })
  .meta({ description: 'Calendar date at the precision the source gives.' });

// JSON may write zero as -0, which would be shown as "-0": it is read as 0.
const count = z
  .int()
  .min(0)
  .overwrite((n) => n + 0)
  .meta({ description: 'Non-negative integer.' });

const httpUrlRegExp = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const httpUrl = z
  .string()
  .max(limits.urlLength)
  .regex(httpUrlRegExp, 'must be an absolute http: or https: URL')
  // Only where the pattern passed, so that one bad URL gives one problem.
  .refine(
    (value) => !httpUrlRegExp.test(value) || URL.canParse(value),
    'must be a well-formed URL',
  );

export const metricKinds = ['casualties', 'forces', 'equipment', 'munitions', 'other'] as const;
export const sourceTypes = [
  'government',
  'intelligence',
  'military',
  'head-of-state',
  'official',
  'media',
  'ngo',
  'academic',
  'other',
] as const;
export const qualifiers = [
  'about',
  'exactly',
  'at-least',
  'more-than',
  'up-to',
  'fewer-than',
] as const;
export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export const metricSchema = z.strictObject({
  id: slug,
  label: text(limits.labelLength),
  unit: text(limits.labelLength),
  kind: z.enum(metricKinds),
  sumOf: z.array(slug).min(1).max(limits.listItems).optional(),
  description: text(limits.textLength).optional(),
});

export const sourceSchema = z.strictObject({
  id: slug,
  name: text(limits.labelLength),
  shortName: text(limits.shortNameLength).optional(),
  type: z.enum(sourceTypes),
  country: z.enum(countryCodes, { error: (issue) => explainCountryCode(issue.input) }).optional(),
  party: z.boolean().optional(),
  reliability: z.enum(reliabilityGrades).optional(),
});

export const citationSchema = z.strictObject({
  id: slug,
  outlet: text(limits.labelLength),
  title: text(limits.labelLength).optional(),
  url: httpUrl.optional(),
  published: calendarDate,
  author: text(limits.labelLength).optional(),
});

export const valueSchema = z.strictObject({
  best: count.optional(),
  low: count.optional(),
  high: count.optional(),
  qualifier: z.enum(qualifiers).optional(),
  text: text(limits.labelLength).optional(),
});

export const estimateSchema = z.strictObject({
  id: slug,
  metric: slug,
  source: slug,
  value: valueSchema,
  asOf: calendarDate,
  statedOn: calendarDate.optional(),
  period: z.strictObject({ from: calendarDate, to: calendarDate }).optional(),
  citations: z.array(slug).min(1).max(limits.listItems),
  credibility: z.int().min(1).max(6).optional(),
  note: text(limits.textLength).optional(),
});

export const datasetSchema = z.strictObject({
  format: z.literal('estimates/v1', { error: 'must be "estimates/v1"' }),
  id: slug,
  title: text(limits.labelLength),
  description: text(limits.textLength).optional(),
  updated: calendarDate,
  metrics: z.array(metricSchema).min(1).max(limits.metrics),
  sources: z.array(sourceSchema).min(1).max(limits.sources),
  citations: z.array(citationSchema).min(1).max(limits.citations),
  estimates: z.array(estimateSchema).max(limits.estimates),
  // Slides of charts of this dataset, for people to present: not data, so they are left out of
  // the fingerprint (fingerprintDataset) and of the CSV form.
  briefings: z.array(shippedBriefingSchema).max(limits.briefings).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Estimate = z.infer<typeof estimateSchema>;
export type Value = z.infer<typeof valueSchema>;
export type Qualifier = (typeof qualifiers)[number];
export type MetricKind = (typeof metricKinds)[number];
export type SourceType = (typeof sourceTypes)[number];

/** Why a country code is refused, with the right code where the mistake is a common one. */
function explainCountryCode(input: unknown): string {
  // Own keys only: "constructor" or "__proto__" in a file must not find Object's.
  const mistake =
    typeof input === 'string' && Object.hasOwn(countryCodeMistakes, input)
      ? countryCodeMistakes[input]
      : undefined;
  if (mistake) {
    return `${JSON.stringify(input)} is not an ISO 3166-1 code: ${mistake.country} is "${mistake.code}"`;
  }
  return `must be an ISO 3166-1 alpha-2 country code, such as "KR" or "UA" (got ${JSON.stringify(input)})`;
}
