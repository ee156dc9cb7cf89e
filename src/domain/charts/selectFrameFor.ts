import { buildSourceEntries } from './buildSourceEntries';
import type { FrameText } from './chartModel';
import type { Claim } from '../claims/claim';

/**
 * A chart's frame for a part of it (one of the slides it is split over): every source of the
 * figures the part draws, the notes about those figures (or their parts), and the notes about
 * no figure in particular; title, subtitle, callout and stamp as they are.
 */
export function selectFrameFor(frame: FrameText, drawn: readonly Claim[]): FrameText {
  const ids = new Set(
    drawn.flatMap((claim) => [claim.id, ...(claim.derivedFrom ?? []).map((part) => part.id)]),
  );
  return {
    ...frame,
    notes: frame.notes.filter((note) => !note.about || note.about.some((id) => ids.has(id))),
    sources: buildSourceEntries(drawn),
  };
}
