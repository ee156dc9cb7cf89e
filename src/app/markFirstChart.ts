import { firstChartMark } from '../lib/afterFirstChart';

/** The performance mark set when the first chart's marks are in the DOM; `npm run bench` reads it. */
export { firstChartMark };

/** Bars or lines drawn by Recharts: a chart whose frame is up but whose marks are not is not drawn. */
export const chartMarksSelector = '.recharts-bar-rectangle, .recharts-line-curve';

/**
 * Sets `firstChartMark` once, as soon as anything under `root` matches `selector`. The same
 * function marks the app and the benchmark's bare page, so the two are measured alike.
 */
export function markFirstChart(root: ParentNode & Node, selector = chartMarksSelector): void {
  if (typeof MutationObserver === 'undefined') return;
  // A baked page (dist/index.html) arrives with its charts: they were in before any script ran.
  // Their drawings are minified, without Recharts' class names but the surface's.
  const baked = root.querySelector('#baked .recharts-surface');
  if (root.querySelector(selector) !== null || baked !== null) {
    performance.mark(firstChartMark);
    return;
  }
  const observer = new MutationObserver(() => {
    if (root.querySelector(selector) === null) return;
    performance.mark(firstChartMark);
    observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
