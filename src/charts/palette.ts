/**
 * Okabe-Ito's colour-blind-safe palette (Okabe & Ito, 2008), without its yellow, which is
 * too pale on white, extended to ten colours. Colours follow a series' position in its chart's
 * legend, so that the colours of one chart stay as far apart as the palette allows; every chart
 * carries its own legend.
 */
export const seriesColors = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
  // Past Okabe-Ito: Paul Tol's wine and indigo and a brown. Simulated with Machado et al.
  // (2009) for protanopia, deuteranopia and tritanopia, no two of these ten colours fall
  // closer than a CIEDE2000 difference of 10.8 (the nearest pair: reddish purple and orange,
  // seen with tritanopia).
  '#882255', // wine
  '#332288', // indigo
  '#8C564B', // brown
] as const;

/** The colour of the n-th series; past the palette, colours repeat (labels still tell them apart). */
export function getSeriesColor(index: number): string {
  return (
    seriesColors[((index % seriesColors.length) + seriesColors.length) % seriesColors.length] ??
    '#000000'
  );
}

/** Stated totals: dark neutral, set apart from the parts' colours. */
export const totalColor = '#4d4d4d';

/** Past the palette, lines are dashed so that no two series look the same. */
export function getSeriesDash(index: number): string {
  return index < seriesColors.length ? 'none' : '6 3';
}
