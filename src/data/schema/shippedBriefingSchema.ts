import { z } from './zod';
import { countCharacters } from './countCharacters';
import { datasetLimits as limits } from './datasetLimits';
import { slugSchema } from './slugSchema';

/**
 * The parts of a briefing a dataset can ship (`briefings`, docs/dataset-format.md), also the
 * parts of a `briefing/v1` file (state/briefing/briefingSchema.ts). The data layer cannot read
 * view links (state/viewState.ts does), so a link is checked here only as text: a query string,
 * one token, naming no dataset. The app checks the rest when it opens the briefing.
 */

// No line breaks, tabs or C0/C1 controls: a title or a name is one line on a slide.
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const oneLine = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;

/** One line of text, not blank, at most `max` characters as a reader counts them. */
export function briefingText(max: number) {
  return z
    .string()
    .regex(/\S/, 'must not be empty or blank')
    .regex(oneLine, 'must be one line: no line breaks, tabs or control characters')
    .refine((value) => countCharacters(value) <= max, {
      error: (issue) =>
        `is too long: ${countCharacters(String(issue.input))} characters, at most ${max}`,
    })
    .meta({ description: `One line of text, at most ${max} characters.` });
}

const startsAsQuery = /^\?/;
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const oneToken = /^[^\s\u0000-\u001f\u007f-\u009f]*$/;

/** Whether a query string names a dataset: `dataset=` or its fingerprint `fp=`, encoded or not. */
export function namesDataset(link: string): boolean {
  const params = new URLSearchParams(link);
  return params.has('dataset') || params.has('fp');
}

export const slideLinkSchema = z
  .string()
  .max(limits.linkLength)
  .regex(
    startsAsQuery,
    'must be a view link: a query string starting with "?", as Copy link gives it',
  )
  .regex(
    oneToken,
    'must not contain spaces, line breaks or control characters (a space is + or %20)',
  )
  // Only where the shape passed, so that one bad link gives one problem.
  .refine(
    (value) => !value.startsWith('?') || !oneToken.test(value) || !namesDataset(value),
    'must not name a dataset (dataset= or fp=): a briefing shows the dataset it belongs to',
  )
  .meta({
    description:
      'A view link as Copy link gives it: a query string such as "?view=compare&to=2025-01".',
  });

export const briefingSlideSchema = z.strictObject({
  name: briefingText(limits.briefingTextLength).optional(),
  link: slideLinkSchema,
});

export const shippedBriefingSchema = z.strictObject({
  id: slugSchema,
  title: briefingText(limits.briefingTextLength),
  slides: z.array(briefingSlideSchema).min(1).max(limits.briefingSlides),
});

export type ShippedBriefing = z.infer<typeof shippedBriefingSchema>;
export type BriefingSlideEntry = z.infer<typeof briefingSlideSchema>;
