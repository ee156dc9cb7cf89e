import type { FigureRow, RowSegment } from './chartModel';
import { getSourceLabel, type Claim } from '../claims/claim';

/**
 * A chart row for one figure: the claimant as its label, and beneath it `detail` (when, and
 * what sets the figure apart), with "party to the conflict" added for claimants that are.
 */
export function buildFigureRow(
  figure: Claim,
  detail: string,
  segments: readonly RowSegment[],
  muted: boolean,
): FigureRow {
  const party = figure.source.party ? ' \u00b7 party to the conflict' : '';
  return {
    kind: 'figure',
    key: figure.id,
    label: getSourceLabel(figure.source),
    detail: `${detail}${party}`,
    figure,
    segments,
    muted,
  };
}
