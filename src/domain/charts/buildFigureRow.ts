import type { FigureRow, RowSegment } from './chartModel';
import { getSourceLabel, type Claim } from '../claims/claim';
import { getDoubt } from '../claims/getDoubt';

/**
 * A chart row for one figure: the claimant as its label, and beneath it `detail` (when, and
 * what sets the figure apart), with "party to the conflict" added for claimants that are and
 * "unverified" or "improbable" for a figure not vouched for (see getDoubt).
 */
export function buildFigureRow(
  figure: Claim,
  detail: string,
  segments: readonly RowSegment[],
  muted: boolean,
): FigureRow {
  const party = figure.source.party ? ' \u00b7 party to the conflict' : '';
  const doubt = getDoubt(figure);
  return {
    kind: 'figure',
    key: figure.id,
    label: getSourceLabel(figure.source),
    detail: `${detail}${party}${doubt ? ` \u00b7 ${doubt.word}` : ''}`,
    figure,
    segments,
    muted,
  };
}
