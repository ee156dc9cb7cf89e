/** The performance mark set when the first chart's marks are in the DOM (app/markFirstChart). */
export const firstChartMark = 'crosscheck:first-chart';

/**
 * Settles once the first chart is drawn, or after `longestMs` (a view with no chart sets no
 * mark): for work the first chart must not wait behind, such as opening the briefing's store.
 */
export function afterFirstChart(longestMs = 3000): Promise<void> {
  if (performance.getEntriesByName(firstChartMark).length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, longestMs);
    const observer =
      typeof PerformanceObserver === 'undefined'
        ? undefined
        : new PerformanceObserver((list) => {
            if (list.getEntriesByName(firstChartMark).length > 0) done();
          });
    observer?.observe({ type: 'mark' });
  });
}
