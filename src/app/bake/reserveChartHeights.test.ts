import { describe, expect, it } from 'vitest';
import { writeReservedHeightsCss } from './reserveChartHeights';

describe('writeReservedHeightsCss', () => {
  it('gives each width’s height, the first step narrower boxes too and the last wider ones', () => {
    const css = writeReservedHeightsCss(
      new Map([
        [
          'casualties',
          [
            { from: 320, to: 339, height: 900 },
            { from: 340, to: 499, height: 860 },
            { from: 500, to: 1600, height: 800 },
          ],
        ],
      ]),
    );
    const chart = '.chart-fit[data-baked-width]>.chart[data-chart-id="casualties"]';
    expect(css).toContain(`@container (width<340px){${chart}{height:900px}}`);
    expect(css).toContain(`@container (width>=340px) and (width<500px){${chart}{height:860px}}`);
    expect(css).toContain(`@container (width>=500px){${chart}{height:800px}}`);
    // Only where a script will draw the chart live; without one the drawing shows whole.
    expect(css.startsWith('@media (scripting:enabled){')).toBe(true);
  });

  it('gives a chart of one height that height at any width, and nothing for no charts', () => {
    const one = writeReservedHeightsCss(new Map([['a', [{ from: 320, to: 1600, height: 500 }]]]));
    expect(one).toContain('\n.chart-fit[data-baked-width]>.chart[data-chart-id="a"]{height:500px}');
    expect(writeReservedHeightsCss(new Map())).toBe('');
  });
});
