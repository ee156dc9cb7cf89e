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

/**
 * What one of `count` pages of a chart split over slides says of itself: its frame (the title
 * numbered "(2 of 3)", its own notes and sources, see selectFrameFor) and its alt text, saying
 * what it draws before the whole chart's summary.
 */
export function describePage(
  chart: { readonly frame: FrameText; readonly summary: string },
  drawn: readonly Claim[],
  page: { readonly index: number; readonly count: number; readonly draws: string },
): { frame: FrameText; summary: string } {
  const number = `${page.index + 1} of ${page.count}`;
  return {
    frame: { ...selectFrameFor(chart.frame, drawn), title: `${chart.frame.title} (${number})` },
    summary: `Slide ${number} draws ${page.draws}. The whole chart: ${chart.summary}`,
  };
}
