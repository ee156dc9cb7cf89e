import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBriefingJsonSchema } from './buildBriefingJsonSchema';

interface SchemaNode {
  readonly additionalProperties?: boolean;
  readonly properties: {
    readonly slides: {
      readonly maxItems: number;
      readonly items: {
        readonly additionalProperties: boolean;
        readonly properties: { readonly link: { readonly allOf: { pattern: string }[] } };
      };
    };
    readonly dataset: { readonly properties: { readonly fingerprint: { pattern: string } } };
  };
}

describe('data/briefing.schema.json', () => {
  it('is what the validator generates (run `npm run schema` after changing the schema)', () => {
    // From the project root, where the tests run (see testing/loadJson.ts on import.meta.url).
    const committed = readFileSync(`${process.cwd()}/data/briefing.schema.json`, 'utf8');
    expect(committed).toBe(formatBriefingJsonSchema());
  });

  it('refuses unknown keys, and links that are not query strings', () => {
    const schema = JSON.parse(formatBriefingJsonSchema()) as SchemaNode;
    expect(schema.additionalProperties).toBe(false);
    const slides = schema.properties.slides;
    expect(slides.maxItems).toBe(60);
    expect(slides.items.additionalProperties).toBe(false);
    const patterns = slides.items.properties.link.allOf.map((p) => new RegExp(p.pattern));
    const passes = (link: string) => patterns.every((pattern) => pattern.test(link));
    expect(passes('?view=compare&to=2025-01')).toBe(true);
    expect(passes('javascript:alert(1)')).toBe(false);
    expect(passes('?view=compare&title=two words')).toBe(false);
    const fingerprint = new RegExp(schema.properties.dataset.properties.fingerprint.pattern);
    expect(fingerprint.test('a'.repeat(64))).toBe(true);
    expect(fingerprint.test('A'.repeat(64))).toBe(false);
  });
});
