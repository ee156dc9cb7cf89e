import { vi } from 'vitest';

/**
 * jsdom lays nothing out: every box gets `width` pixels, resize observers stay silent, and text
 * is measured by estimate (no canvas), so that charts can be drawn in unit tests.
 */
export function stubLayout(width: number): void {
  HTMLCanvasElement.prototype.getContext = () => null;
  HTMLElement.prototype.getBoundingClientRect = () => DOMRect.fromRect({ width });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe = vi.fn();
      disconnect = vi.fn();
    },
  );
}
