import { listNoteTexts } from './listNoteTexts';
import { describe, expect, it } from 'vitest';
import { figureRows, rowsUnder } from '../../testing/factories/chartRows';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeModel } from '../../testing/factories/makeClaim';
import { makeEstimate, makeMetric } from '../../testing/factories/makeDataset';
import { buildEquipmentCharts } from './buildEquipmentCharts';
import { plain } from '../../testing/plain';

const model = loadDefaultModel();
const charts = plain(buildEquipmentCharts(model));
const systems = charts.find((c) => c.unit === 'systems');

describe('buildEquipmentCharts', () => {
  it('makes one chart per unit', () => {
    expect(charts.map((c) => [c.id, c.unit, c.frame.title])).toEqual([
      ['equipment-systems', 'systems', 'Equipment, counted in systems'],
      ['equipment-missiles', 'missiles', 'Munitions, counted in missiles'],
      ['equipment-shells', 'shells', 'Munitions, counted in shells'],
      ['equipment-containers', 'containers', 'Munitions, counted in containers'],
    ]);
  });

  it("derives Budanov's 120 guns + 120 launchers as 240, over the same window", () => {
    const together = rowsUnder(systems, '170 mm guns and 240 mm rocket launchers together');
    expect(
      together.map((r) => [r.label, r.figure.value.best, r.detail.split(' \u00b7 ')[0]]),
    ).toEqual([
      ['Ukraine HUR (Budanov)', 240, 'over Oct 2024 \u2013 Jan 2025'],
      ['South Korea JCS', 220, '27 Mar 2025'],
    ]);
    expect(together[0]?.figure.derivedFrom?.map((c) => c.value.best)).toEqual([120, 120]);
  });

  it('shows the working of the derived figure in the notes', () => {
    expect(listNoteTexts(systems?.frame ?? { notes: [] })).toContain(
      'Ukraine HUR (Budanov), 23 Jan 2025: about 120 M1989 Koksan 170 mm self-propelled guns + about 120 M-1991 240 mm multiple rocket launchers = about 240 170 mm guns and 240 mm rocket launchers together (derived: the parts were given, not the total).',
    );
  });

  it('keeps every figure of a unit in its chart and no other', () => {
    const shells = charts.find((c) => c.unit === 'shells');
    expect(figureRows(shells).map((r) => r.figure.metric.unit)).toEqual(Array(6).fill('shells'));
    expect(figureRows(shells).map((r) => r.figure.value.best)).toEqual([
      5000000,
      6000000,
      3700000,
      6000000,
      undefined,
      12000000,
    ]);
  });

  it('names both kinds when a unit holds equipment and munitions', () => {
    const metrics = [
      makeMetric({ id: 'guns', label: 'Guns', unit: 'systems', kind: 'equipment' }),
      makeMetric({ id: 'launchers', label: 'Launchers', unit: 'systems', kind: 'munitions' }),
      makeMetric({ id: 'shells', label: 'Shells', unit: 'Heavy Shells', kind: 'munitions' }),
    ];
    const estimates = [
      makeEstimate({ id: 'a', metric: 'guns' }),
      makeEstimate({ id: 'b', metric: 'launchers' }),
      makeEstimate({ id: 'c', metric: 'shells' }),
    ];
    const built = plain(buildEquipmentCharts(makeModel({ metrics, estimates })));
    expect(built.map((c) => [c.id, c.frame.title])).toEqual([
      ['equipment-systems', 'Equipment and munitions, counted in systems'],
      ['equipment-heavy-shells', 'Munitions, counted in Heavy Shells'],
    ]);
  });

  it('gives counts under a tenth of the largest a chart of their own, not slivers', () => {
    const metrics = [
      makeMetric({ id: 'tanks-lost', label: 'Tanks lost', unit: 'tanks', kind: 'equipment' }),
      makeMetric({ id: 'destroyed', label: 'Destroyed', unit: 'tanks', kind: 'equipment' }),
      makeMetric({ id: 'captured', label: 'Captured', unit: 'tanks', kind: 'equipment' }),
    ];
    const estimates = [
      makeEstimate({ id: 'a', metric: 'tanks-lost', value: { best: 3000 } }),
      makeEstimate({ id: 'b', metric: 'destroyed', value: { best: 65 } }),
      makeEstimate({ id: 'c', metric: 'captured', value: { best: 79 } }),
    ];
    const built = plain(buildEquipmentCharts(makeModel({ metrics, estimates })));
    expect(built.map((c) => [c.id, c.frame.title])).toEqual([
      ['equipment-tanks', 'Equipment, counted in tanks'],
      ['equipment-tanks-2', 'Equipment, counted in tanks: smaller counts'],
    ]);
    expect(figureRows(built[1]).map((r) => r.figure.value.best)).toEqual([65, 79]);
    expect(built[1]?.frame.subtitle).toContain('On a scale of their own');
  });

  it('makes no chart for a unit without figures, nor for a dataset without equipment', () => {
    expect(plain(buildEquipmentCharts(makeModel()))).toEqual([]);
  });
});
