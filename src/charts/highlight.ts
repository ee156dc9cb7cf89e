import { createContext, useContext } from 'react';

/** The claimant a person is pointing at or focused on, anywhere on the page (a source id). */
export interface Highlight {
  readonly claimant: string | undefined;
  readonly setClaimant: (id: string | undefined) => void;
}

export const HighlightContext = createContext<Highlight>({
  claimant: undefined,
  setClaimant: () => undefined,
});

/** Every chart and table reads and sets the same highlight, so they light up together. */
export function useHighlight(): Highlight {
  return useContext(HighlightContext);
}

/** Dims what is not highlighted: full strength with no highlight or for the highlighted one. */
export function getHighlightOpacity(highlighted: string | undefined, claimant: string): number {
  return highlighted === undefined || highlighted === claimant ? 1 : 0.25;
}

/**
 * How strongly the marks and the words of a claimant a briefer did not highlight are drawn
 * (the model's `highlight`): marks faint, words lighter but still legible (the chart's ink at
 * 0.6 keeps 4.5:1 on its background), fainter than figures set apart as not comparable.
 */
export const fadedOpacity = { marks: 0.3, text: 0.6 } as const;

/** Whether a briefer highlighted some claimants, and not this one: its marks are drawn faded. */
export function isFaded(highlight: readonly string[] | undefined, claimant: string): boolean {
  return highlight !== undefined && highlight.length > 0 && !highlight.includes(claimant);
}
