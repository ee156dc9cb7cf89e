import { describe, expect, it } from 'vitest';
import { contrastRatio, findClosestPair, type Vision } from '../testing/colorVision';
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
