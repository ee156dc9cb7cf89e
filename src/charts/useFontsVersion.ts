import { useSyncExternalStore } from 'react';
import { clearMeasureCache } from './frame/measureText';

let version = 0;
const listeners = new Set<() => void>();
let watching = false;

function bump(): void {
  clearMeasureCache();
  version += 1;
  listeners.forEach((listener) => listener());
}

/**
 * Starts the font downloads once and re-measures when any font finishes loading. Called at
 * start (main.tsx), so that the fonts are in before the first chart is laid out: a font that
 * arrives mid-layout makes React lay the charts out again.
 */
export function watchFonts(): void {
  if (watching || typeof document === 'undefined' || !('fonts' in document)) return;
  watching = true;
  const loads = ['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 12px Inter`));
  void Promise.all(loads).then(bump, bump);
  document.fonts.addEventListener('loadingdone', bump);
}

function subscribe(listener: () => void): () => void {
  watchFonts();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A number that changes when web fonts finish loading, so that text measured with a fallback
 * font is laid out again with Inter's real widths.
 */
export function useFontsVersion(): number {
  return useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
}
