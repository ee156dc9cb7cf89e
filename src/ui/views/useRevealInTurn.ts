import { startTransition, use, useEffect, useState } from 'react';
import { BakedLayoutContext } from '../../lib/bakedLayout';

/**
 * How many of `count` items to draw: one at first, then one more after each frame. The first
 * chart of a page is drawn without waiting for the others; the rest follow at once, in a
 * low-priority render that input can interrupt. A page baked at build time has them all drawn.
 */
export function useRevealInTurn(count: number): number {
  const baked = use(BakedLayoutContext);
  const [shown, setShown] = useState(baked ? count : Math.min(1, count));
  useEffect(() => {
    if (shown >= count) return undefined;
    const frame = requestAnimationFrame(() => {
      startTransition(() => setShown((n) => n + 1));
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, count]);
  return shown;
}
