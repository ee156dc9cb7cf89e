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
