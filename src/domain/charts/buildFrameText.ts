import { buildSourceEntries } from './buildSourceEntries';
import type { FrameNote, FrameText } from './chartModel';
import type { Claim } from '../claims/claim';
import { getDoubt } from '../claims/getDoubt';
import { describeFigure } from '../format/describeClaim';
import type { DatasetModel } from '../claims/prepareDataset';

/**
 * A chart's frame: its own words plus every source of what it plots, a note on each plotted
 * figure that is not vouched for (the marks show which; the note says why) and the dataset's
 * stamp.
 */
export function buildFrameText(
  model: DatasetModel,
  plotted: readonly Claim[],
  text: Pick<FrameText, 'title' | 'subtitle'> & {
    callout?: string;
    /** A note given as plain text is about the whole chart. */
    notes: readonly (string | FrameNote)[];
  },
): FrameText {
  return {
    title: text.title,
    subtitle: text.subtitle,
    ...(text.callout === undefined ? {} : { callout: text.callout }),
    notes: [
      ...text.notes.map((note) => (typeof note === 'string' ? { text: note } : note)),
      ...describeDoubts(plotted),
    ],
    sources: buildSourceEntries(plotted),
    datasetTitle: model.title,
    updated: model.updated,
  };
}

/** "Unverified: about 1,200 (US intelligence, Jan 2025), graded 6: truth cannot be judged." */
function describeDoubts(plotted: readonly Claim[]): FrameNote[] {
  return plotted.flatMap((claim) => {
    const doubt = getDoubt(claim);
    if (!doubt) return [];
    const text = `${doubt.title}: ${describeFigure(claim, { doubt: false })}, ${doubt.reason}.`;
    return [{ text, about: [claim.id] }];
  });
}
