import { z } from './zod';
import { datasetLimits } from './datasetLimits';

/** An identifier, as every id of a dataset and of a briefing is written. */
export const slugSchema = z
  .string()
  .max(datasetLimits.idLength)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a slug: lowercase letters, digits and hyphens')
  .meta({ description: 'Identifier: lowercase letters, digits and hyphens.' });
