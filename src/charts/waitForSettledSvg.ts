/**
 * Recharts draws in several passes (it measures, then lays out, then fills its layers), so the
 * chart is taken once its markup has stopped changing for a few ticks.
 */
export async function waitForSettledSvg(host: HTMLElement): Promise<SVGSVGElement> {
  let previous = '';
  let unchanged = 0;
  for (let tick = 0; tick < 200; tick++) {
    // Timers, not animation frames: frames pause in a background tab, exports should not.
    await new Promise((resolve) => setTimeout(resolve, 16));
    const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface');
    const markup = svg?.outerHTML ?? '';
    if (svg && markup === previous && markup.includes('recharts-cartesian-axis')) {
      unchanged += 1;
      if (unchanged >= 3) return svg.cloneNode(true) as SVGSVGElement;
    } else {
      unchanged = 0;
    }
    previous = markup;
  }
  throw new Error('The chart did not finish drawing for the export.');
}
