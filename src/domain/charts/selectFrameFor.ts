import { buildSourceEntries } from './buildSourceEntries';
import type { ChartAnnotation, FrameText } from './chartModel';
import type { Claim } from '../claims/claim';

/**
 * A chart's frame for a part of it (one of the slides it is split over): every source of the
 * figures the part draws, the notes about those figures (or their parts), and the notes about
 * no figure in particular; title, subtitle, callout and stamp as they are.
 */
export function selectFrameFor(frame: FrameText, drawn: readonly Claim[]): FrameText {
  const ids = new Set(listDrawnIds(drawn));
  return {
    ...frame,
    notes: frame.notes.filter((note) => !note.about || note.about.some((id) => ids.has(id))),
    sources: buildSourceEntries(drawn),
  };
}

/**
 * What one of `count` pages of a chart split over slides says of itself: its frame (the title
 * numbered "(2 of 3)", its own notes and sources, see selectFrameFor), its alt text, saying
 * what it draws before the whole chart's summary, and the briefer's callout if this page draws
 * the mark it points at (a figure drawn, or one of `page.marks`: a bar's segments), so that
 * only the page that draws it carries it. A briefer's highlight is the whole chart's: every
 * page keeps it as it is (the splitters spread the chart).
 */
export function describePage(
  chart: {
    readonly frame: FrameText;
    readonly summary: string;
    readonly annotation?: ChartAnnotation;
  },
  drawn: readonly Claim[],
  page: {
    readonly index: number;
    readonly count: number;
    readonly draws: string;
    /** Ids of other claims the page draws as marks of their own (a stacked bar's parts). */
    readonly marks?: readonly string[];
  },
): { frame: FrameText; summary: string; annotation?: ChartAnnotation } {
  const number = `${page.index + 1} of ${page.count}`;
  const { annotation } = chart;
  // Parts of a derived total are cited with it, but drawn only where a segment draws them.
  const ids = new Set([...drawn.map((claim) => claim.id), ...(page.marks ?? [])]);
  return {
    frame: { ...selectFrameFor(chart.frame, drawn), title: `${chart.frame.title} (${number})` },
    summary: `Slide ${number} draws ${page.draws}. The whole chart: ${chart.summary}`,
    ...(annotation && ids.has(annotation.claimId) ? { annotation } : {}),
  };
}

/** The ids of the claims drawn, and of the parts of those derived from others. */
function listDrawnIds(drawn: readonly Claim[]): string[] {
  return drawn.flatMap((claim) => [claim.id, ...(claim.derivedFrom ?? []).map((part) => part.id)]);
}
