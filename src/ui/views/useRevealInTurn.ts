import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `count` items to draw: one at first, then one more after each frame. The first
 * chart of a page is drawn without waiting for the others; the rest follow at once, in a
 * low-priority render that input can interrupt.
 */
export function useRevealInTurn(count: number): number {
  const [shown, setShown] = useState(Math.min(1, count));
  useEffect(() => {
    if (shown >= count) return undefined;
    const frame = requestAnimationFrame(() => {
      startTransition(() => setShown((n) => n + 1));
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, count]);
  return shown;
}
