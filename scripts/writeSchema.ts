// `npm run schema`: writes the JSON Schemas from the validators: data/estimates.schema.json
// (src/data/schema/datasetSchema.ts) and data/briefing.schema.json (src/state/briefing/briefingSchema.ts).
import { writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../src/data/schema/buildJsonSchema';
import { formatBriefingJsonSchema } from '../src/state/briefing/buildBriefingJsonSchema';

const schemas = [
  ['../data/estimates.schema.json', formatJsonSchema()],
  ['../data/briefing.schema.json', formatBriefingJsonSchema()],
] as const;

for (const [path, text] of schemas) {
  const target = new URL(path, import.meta.url);
  writeFileSync(target, text);
  console.log(`Wrote ${target.pathname}`);
}
