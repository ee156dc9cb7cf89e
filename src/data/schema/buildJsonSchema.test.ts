import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema } from './buildJsonSchema';

describe('data/estimates.schema.json', () => {
  it('is what the validator generates (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(
      new URL('../../../data/estimates.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(formatJsonSchema());
  });

  it('refuses unknown keys and other URL schemes, as the validator does', () => {
    const schema = JSON.parse(formatJsonSchema()) as {
      additionalProperties: boolean;
      properties: { citations: { items: { properties: { url: { pattern: string } } } } };
    };
    expect(schema.additionalProperties).toBe(false);
    const url = new RegExp(schema.properties.citations.items.properties.url.pattern, 'i');
    expect(url.test('https://example.org/a')).toBe(true);
    expect(url.test('javascript:alert(1)')).toBe(false);
  });
});
