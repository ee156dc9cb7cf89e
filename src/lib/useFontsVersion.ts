import { useSyncExternalStore } from 'react';
import { clearMeasureCache, forgetTextMetrics, loadTextMetrics } from './measureText';

let version = 0;
const listeners = new Set<() => void>();
let watching = false;

function bump(): void {
  clearMeasureCache();
  version += 1;
  listeners.forEach((listener) => listener());
}

/**
 * Starts the font downloads (and their advance widths) once and re-measures when any finishes
 * loading. Called at start (main.tsx), so that they are in before the first chart is laid out:
 * a font that arrives mid-layout makes React lay the charts out again.
 */
export function watchFonts(): void {
  if (watching || typeof document === 'undefined' || !('fonts' in document)) return;
  watching = true;
  void loadTextMetrics().then(bump);
  const loads = ['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 12px Inter`));
  // Without Inter the text is drawn in a fallback font: Inter's widths would be wrong for it.
  void Promise.all(loads).then(bump, () => {
    forgetTextMetrics();
    bump();
  });
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
