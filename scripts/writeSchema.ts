// `npm run schema`: writes data/estimates.schema.json from the validator (src/data/datasetSchema.ts).
import { writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../src/data/buildJsonSchema';

const target = new URL('../data/estimates.schema.json', import.meta.url);
writeFileSync(target, formatJsonSchema());
console.log(`Wrote ${target.pathname}`);
