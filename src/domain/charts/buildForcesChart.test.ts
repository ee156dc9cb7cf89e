import { listNoteTexts } from './listNoteTexts';
import { describe, expect, it } from 'vitest';
import { figureRows, rowsUnder } from '../../testing/factories/chartRows';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeModel } from '../../testing/factories/makeClaim';
import { makeEstimate, makeMetric } from '../../testing/factories/makeDataset';
import { buildForcesChart } from './buildForcesChart';
import { plain } from '../../testing/plain';

const model = loadDefaultModel();

describe('buildForcesChart', () => {
  const chart = plain(buildForcesChart(model));

  it('groups every dated figure under its metric, in dataset order', () => {
    const headings = (chart?.rows ?? []).flatMap((r) => (r.kind === 'heading' ? [r.label] : []));
    expect(headings).toEqual([
      'Troops sent to Russia',
      'Troops in the Kursk region',
      'Reinforcements after the first deployment',
      'Reinforcements already at the front',
      'Reinforcements still in training',
      'Troops expected',
      'Military deminers planned',
      'Military builders planned',
      'Military workers planned (deminers and builders)',
    ]);
    // 19 stated figures and the workers' total derived from Shoigu's two parts.
    expect(figureRows(chart)).toHaveLength(20);
    expect(chart?.claims).toHaveLength(20);
  });

  it('lists the figures of a metric oldest first, flows with their window', () => {
    const rows = rowsUnder(chart, 'Troops sent to Russia');
    expect(rows.map((r) => [r.label, r.segments.map((s) => `${s.series} ${s.value}`)])).toEqual([
      ['Ukraine HUR (Budanov)', ['figure 11000']],
      ['US Pentagon', ['figure 10000']],
      ['US, S. Korean, Ukrainian intel', ['figure 11000']],
      ['South Korea NIS', ['figure 1500']],
      ['US at the UN (Shea)', ['figure 12000']],
      ['South Korea NIS', ['figure 15000']],
      ['South Korea NIS', ['figure 13000']],
    ]);
    // The date (or window) comes first in a row's detail; more may follow after a middle dot.
    expect(rows.map((r) => r.detail.split(' \u00b7 ')[0])).toEqual([
      'Oct 2024',
      'Oct 2024',
      'Oct 2024',
      'over 8\u201313 Oct 2024',
      '8 Jan 2025',
      '30 Apr 2025',
      '2 Sep 2025',
    ]);
    expect(rows.every((r) => !r.muted)).toBe(true);
  });

  it('keeps a range with its ends, plotted at its middle', () => {
    const row = rowsUnder(chart, 'Troops sent to Russia').find(
      (r) => r.figure.id === 'us-kr-ua-intelligence-troops-sent-2024-10',
    );
    expect(row?.figure.value).toEqual({ low: 10000, high: 12000, qualifier: 'about' });
    expect(row?.segments[0]?.value).toBe(11000);
  });

  it('states the unit and the definitions of the metrics shown', () => {
    // Shoigu's deminers and builders are counted as workers, not troops.
    expect(chart?.unit).toBe('troops / workers');
    expect(chart?.frame.title).toBe('Forces deployed');
    expect(listNoteTexts(chart?.frame ?? { notes: [] })[0]).toMatch(
      /^Troops sent to Russia: North Korean soldiers sent/,
    );
  });

  it('is undefined without forces figures', () => {
    expect(plain(buildForcesChart(makeModel()))).toBeUndefined();
  });

  it('joins several units', () => {
    const metrics = [
      makeMetric({ id: 'troops', label: 'Troops', unit: 'troops', kind: 'forces' }),
      makeMetric({ id: 'units', label: 'Units', unit: 'brigades', kind: 'forces' }),
    ];
    const estimates = [
      makeEstimate({ id: 'a', metric: 'troops' }),
      makeEstimate({ id: 'b', metric: 'units' }),
    ];
    expect(plain(buildForcesChart(makeModel({ metrics, estimates })))?.unit).toBe(
      'troops / brigades',
    );
  });
});
