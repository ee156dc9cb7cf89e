import { describe, expect, it } from 'vitest';
import { contrastRatio, findClosestPair, toLab, type Vision } from '../testing/colorVision';
import { claimantColorCount } from '../domain/claims/assignColorSlots';
import { makeChartStyle, seriesPalettes, type ThemeName } from './chartStyle';

/**
 * The smallest CIEDE2000 difference allowed between two series colours. This is the project's
 * chosen threshold, not a standard: a difference of 10 is clearly noticeable at a glance between
 * adjacent marks, where a difference of about 1 can only just be told apart side by side.
 */
const MIN_SERIES_DIFFERENCE = 10;

/** WCAG 2.x minimum contrast for graphical objects (success criterion 1.4.11). */
const MIN_DARK_CONTRAST = 3;

const themes: readonly ThemeName[] = ['light', 'dark'];
const visions: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

describe.each(themes)('the %s series palette', (theme) => {
  it.each(visions)('keeps every two colours apart for %s vision', (vision) => {
    const { a, b, distance } = findClosestPair(seriesPalettes[theme], vision);
    expect(
      distance,
      `closest pair: ${a} and ${b}, CIEDE2000 ${distance.toFixed(2)} (${vision})`,
    ).toBeGreaterThan(MIN_SERIES_DIFFERENCE);
  });
});

describe('the dark series palette', () => {
  const { background } = makeChartStyle('dark');

  it.each(seriesPalettes.dark)('gives %s at least 3:1 contrast on the background', (color) => {
    const ratio = contrastRatio(color, background);
    expect(ratio, `${color} on ${background}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(
      MIN_DARK_CONTRAST,
    );
  });
});

describe('the dark partner of each light series colour', () => {
  const hueOf = (hex: string) => {
    const [, a, b] = toLab(hex);
    return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  };
  const chromaOf = (hex: string) => Math.hypot(...toLab(hex).slice(1));
  const hueDistance = (x: string, y: string) => Math.abs(((hueOf(x) - hueOf(y) + 540) % 360) - 180);
  // Hue and colourfulness, lightness set aside: a dark theme's colours must be lighter.
  const chromaDistance = (x: string, y: string) => {
    const [, a1, b1] = toLab(x);
    const [, a2, b2] = toLab(y);
    return Math.hypot(a1 - a2, b1 - b2);
  };
  const { light, dark } = seriesPalettes;

  it('has one partner for every light colour, as many as claimants have colour slots', () => {
    expect(dark).toHaveLength(light.length);
    expect(light).toHaveLength(claimantColorCount);
  });

  it.each(light.map((color, slot) => [slot, color, dark[slot] ?? '']))(
    'slot %i: %s turns into %s, of its own hue, nearer it than any other colour',
    (slot, color, partner) => {
      if (chromaOf(color) < 5) {
        // Black's partner is white: both without hue.
        expect(chromaOf(partner)).toBeLessThan(5);
        return;
      }
      expect(hueDistance(color, partner)).toBeLessThanOrEqual(25);
      const chromatic = light.filter((other) => chromaOf(other) >= 5);
      const nearest = chromatic.reduce((a, b) =>
        chromaDistance(partner, a) <= chromaDistance(partner, b) ? a : b,
      );
      expect(nearest, `slot ${slot}`).toBe(color);
    },
  );
});
