import { buildEquipmentCharts } from '../charts/buildEquipmentCharts';
import { selectFigures } from '../claims/selectFigures';
import type { ChartsContent, ViewBuilder } from './viewContent';

/** Counts per system and claimant with the period covered: one chart per unit. */
export const buildEquipmentView: ViewBuilder<ChartsContent> = (model, { mode }) => {
  const charts = buildEquipmentCharts({ ...model, claims: selectFigures(model.claims, mode) });
  const more = charts.slice(1);
  const units = more.map((chart) => chart.unit).join(', ');
  return {
    charts,
    missing: 'figures for equipment or munitions',
    sectioned: true,
    ...(more.length
      ? {
          moreNote: `${more.length} more chart${more.length === 1 ? '' : 's'} in the full view, counted in ${units}.`,
        }
      : {}),
  };
};
