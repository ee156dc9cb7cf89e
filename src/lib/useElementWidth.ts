import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element in whole pixels, kept current with a ResizeObserver. Charts
 * lay themselves out for it (wrapping titles, moving labels) instead of scaling text down.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial = 0): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
