// `npm run schema`: writes data/estimates.schema.json from the validator (src/data/schema/datasetSchema.ts).
import { writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../src/data/schema/buildJsonSchema';

const target = new URL('../data/estimates.schema.json', import.meta.url);
writeFileSync(target, formatJsonSchema());
console.log(`Wrote ${target.pathname}`);
