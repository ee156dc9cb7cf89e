import { describe, expect, it } from 'vitest';
import { contrastRatio, findClosestPair, toLab, type Vision } from '../testing/colorVision';
import { claimantColorCount } from '../domain/claims/assignColorSlots';
import {
  makeChartStyle,
  seriesPalettes,
  type ThemeName,
  getSeriesColor,
  getSeriesDash,
  getSeriesDashPattern,
} from './chartStyle';

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

describe('lines past the palette', () => {
  const style = makeChartStyle('light', 2);

  it('are solid within the palette, then dashed, dotted and dash-dotted in its colours again', () => {
    const n = style.series.length;
    expect(getSeriesDash(style, 0)).toBe('none');
    expect(getSeriesDash(style, n - 1)).toBe('none');
    const rounds = [n, 2 * n, 3 * n].map((slot) => getSeriesDash(style, slot));
    expect(new Set(rounds).size).toBe(3);
    expect(rounds.every((dash) => dash !== 'none')).toBe(true);
    // Drawn at the chart's scale; the legend's sample takes the pattern at scale 1.
    expect(getSeriesDash(style, n)).toBe('12 6');
    expect(getSeriesDashPattern(style, n)).toBe('6 3');
    expect([n, 2 * n, 3 * n].map((slot) => getSeriesColor(style, slot))).toEqual(
      Array.from({ length: 3 }, () => getSeriesColor(style, 0)),
    );
  });

  it('shows each line of 30 claimants on one chart in a colour and pattern of its own', () => {
    const looks = Array.from(
      { length: 30 },
      (_, slot) => `${getSeriesColor(style, slot)} ${getSeriesDash(style, slot)}`,
    );
    expect(new Set(looks).size).toBe(30);
  });
});
