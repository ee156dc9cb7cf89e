/**
 * CartesianGrid's line placer for a direction the chart draws no lines in. Recharts places them
 * even when told not to draw them, and to place them it measures every tick label in the DOM
 * (a forced layout each time a chart is drawn).
 */
export function placeNoGridLines(): number[] {
  return [];
}
