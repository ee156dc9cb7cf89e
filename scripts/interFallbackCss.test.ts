import { describe, expect, it } from 'vitest';
import { createInterFallbackCss } from './interFallbackCss.mjs';

const css = await createInterFallbackCss();
const readProperty = (name: string) => new RegExp(`${name}: ([^;]+);`).exec(css)?.[1] ?? '';
const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => body ?? '');

/** The size-adjust of the face over a local font, declared at a weight, in %. */
function readAdjust(local: string, weight: 400 | 500) {
  const face = faces.find(
    (body) => body.includes(`local('${local}')`) && body.includes(`font-weight: ${weight};`),
  );
  return Number(/size-adjust: ([\d.]+)%/.exec(face ?? '')?.[1]);
}

describe('createInterFallbackCss', () => {
  it('scales each stand-in to Inter’s average width (Inter: 978 units of 2048 a letter)', () => {
    expect(faces).toHaveLength(10);
    // DejaVu Sans is wider (1041 units), Arial and Roboto narrower (913, 911).
    expect(readAdjust('DejaVu Sans', 400)).toBeCloseTo((978 / 1041) * 100, 2);
    expect(readAdjust('Arial', 400)).toBeCloseTo((978 / 913) * 100, 2);
    expect(readAdjust('Liberation Sans', 400)).toBe(readAdjust('Arial', 400));
    expect(readAdjust('Roboto Regular', 400)).toBeCloseTo((978 / 911) * 100, 2);
    for (const face of faces) expect(face).toMatch(/ascent-override: [\d.]+%;/);
  });

  it('scales the face bold text takes to Inter Bold (1008 units), to be emboldened', () => {
    expect(readAdjust('DejaVu Sans', 500)).toBeCloseTo((1008 / 1041) * 100, 2);
    expect(readAdjust('Arial', 500)).toBeCloseTo((1008 / 913) * 100, 2);
  });

  it('names Inter first in --font-inter, and never in --font-inter-fallback', () => {
    expect(readProperty('--font-inter')).toMatch(
      /^Inter, "Inter Fallback: Arial", .*, sans-serif$/,
    );
    const fallback = readProperty('--font-inter-fallback');
    expect(fallback).toMatch(/^"Inter Fallback: Arial", .*"DejaVu Sans", sans-serif$/);
    expect(fallback.split(', ')).not.toContain('Inter');
  });
});
