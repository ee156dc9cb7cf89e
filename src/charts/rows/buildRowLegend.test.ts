import { describe, expect, it } from 'vitest';
import { buildForcesChart } from '../../domain/charts/buildForcesChart';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeChartStyle } from '../chartStyle';
import { fadedOpacity } from '../highlight';
import { buildRowLegend, getRowSeriesColors } from './buildRowLegend';

const model = loadDefaultModel();
const style = makeChartStyle();

function legendOf(chart: ReturnType<typeof buildForcesChart>) {
  if (!chart) throw new Error('no chart');
  const colors = getRowSeriesColors(chart.series, style);
  return { legend: buildRowLegend(chart, colors, style), colors };
}

describe('buildRowLegend keys in the colours the chart draws them', () => {
  it('keys a ceiling in the colour of the ceilings drawn (Forces: the stated figures)', () => {
    const { legend } = legendOf(buildForcesChart(model));
    const figure = legend.find((entry) => entry.key !== 'derived' && entry.symbol === 'bar');
    expect(legend.find((entry) => entry.key === 'ceiling')?.color).toBe(figure?.color);
  });

  it('keys pale rows in the colour most of them are drawn in (Casualties: stated totals)', () => {
    const { legend } = legendOf(buildCasualtiesChart(model));
    expect(legend.find((entry) => entry.key === 'muted')?.color).toBe(style.total);
  });
});

describe('buildRowLegend with a briefer\u2019s highlight', () => {
  it('keys the faded bars, as faint as they are drawn, where any row is faded', () => {
    const chart = buildCasualtiesChart(model);
    if (!chart) throw new Error('no chart');
    const { legend } = legendOf({ ...chart, highlight: ['us-intelligence'] });
    expect(legend.find((entry) => entry.key === 'faded')).toEqual({
      key: 'faded',
      label: 'Faded: not highlighted',
      symbol: 'bar',
      color: style.total,
      opacity: fadedOpacity.marks,
    });
    expect(legendOf(chart).legend.map((entry) => entry.key)).not.toContain('faded');
    const everyone = [...new Set(chart.claims.map((claim) => claim.source.id))];
    const all = legendOf({ ...chart, highlight: everyone }).legend;
    expect(all.map((entry) => entry.key)).not.toContain('faded');
  });
});
