import { buildSourceEntries } from './buildSourceEntries';
import type { FrameText } from './chartModel';
import type { Claim } from '../claims/claim';
import type { DatasetModel } from '../claims/prepareDataset';

/** A chart's frame: its own words plus every source of what it plots and the dataset's stamp. */
export function buildFrameText(
  model: DatasetModel,
  plotted: readonly Claim[],
  text: Pick<FrameText, 'title' | 'subtitle' | 'notes'> & { callout?: string },
): FrameText {
  return {
    title: text.title,
    subtitle: text.subtitle,
    ...(text.callout === undefined ? {} : { callout: text.callout }),
    notes: text.notes,
    sources: buildSourceEntries(plotted),
    datasetTitle: model.dataset.title,
    updated: model.updated,
  };
}
