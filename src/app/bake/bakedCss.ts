import { bakedLayouts } from '../../lib/bakedLayout';

/**
 * The rules only baked pages need, written with them (scripts/bakePlugin.mjs): each screen shows
 * the drawing of its layout, scaled to fit until the chart is drawn live; a page whose link is not
 * the baked one (scripts/bakedBoot.js sets data-baked="off") shows its loading card instead.
 */
export const bakedCss = [
  '[data-baked="off"] #baked{display:none}',
  '#baked~.boot-card{display:none}',
  '[data-baked="off"] #baked~.boot-card{display:block}',
  ...bakedLayouts.map((layout, index) => {
    const next = bakedLayouts[index + 1];
    const hide = `.chart-fit[data-baked-width="${layout.chartWidth}"]{display:none}`;
    const below =
      layout.shownFrom > 0 ? `@media (max-width:${layout.shownFrom - 0.02}px){${hide}}` : '';
    const above = next ? `@media (min-width:${next.shownFrom}px){${hide}}` : '';
    return below + above;
  }),
  // Until drawn live, a drawing wider than its box is scaled down to fit (never up).
  '.chart-fit[data-baked-width] .recharts-wrapper{width:auto!important;height:auto!important}',
  '.chart-fit[data-baked-width] svg.recharts-surface{max-width:100%;height:auto}',
].join('\n');
