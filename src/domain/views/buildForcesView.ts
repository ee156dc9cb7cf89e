import { buildForcesChart } from '../charts/buildForcesChart';
import { selectFigures } from '../claims/selectFigures';
import type { ChartsContent, ViewBuilder } from './viewContent';

/** Troop figures with their ranges, by claimant and date. */
export const buildForcesView: ViewBuilder<ChartsContent> = (model, { mode }) => {
  const chart = buildForcesChart({ ...model, claims: selectFigures(model.claims, mode) });
  return { charts: chart ? [chart] : [], missing: 'figures for forces deployed' };
};
