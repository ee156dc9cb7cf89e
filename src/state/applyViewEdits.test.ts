import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../domain/charts/chartModel';
import { buildCasualtiesView } from '../domain/views/buildCasualtiesView';
import { buildEquipmentView } from '../domain/views/buildEquipmentView';
import { loadDefaultModel } from '../testing/loadJson';
import { plain } from '../testing/plain';
import { applyViewEdits, pickViewChart } from './applyViewEdits';
import { parseViewState, type ViewState } from './viewState';

const model = loadDefaultModel();
/** Four charts: systems, missiles, shells, containers. */
const equipment = buildEquipmentView(model, { mode: 'latest' }).charts;
const casualties = buildCasualtiesView(model, { mode: 'latest' }).charts;
const ids = equipment.map((chart) => chart.id);

function titles(charts: readonly ChartModel[]): string[] {
  return charts.map((chart) => plain(chart.frame.title));
}

describe('applyViewEdits', () => {
  it('has the four equipment charts to work on', () => {
    expect(ids).toEqual([
      'equipment-systems',
      'equipment-missiles',
      'equipment-shells',
      'equipment-containers',
    ]);
  });

  it('edits the chart the link names, and leaves the others as built', () => {
    const state: ViewState = { view: 'equipment', chart: 'equipment-shells', title: 'Shells' };
    const { charts, notices, editedId } = applyViewEdits(equipment, state);
    expect(notices).toEqual([]);
    expect(editedId).toBe('equipment-shells');
    expect(charts.map((c) => c.id)).toEqual(ids);
    expect(charts[2]?.frame.title).toBe('Shells');
    for (const index of [0, 1, 3]) expect(charts[index]).toBe(equipment[index]);
  });

  it('edits the first chart when the link names none', () => {
    const { charts, notices, editedId } = applyViewEdits(equipment, {
      view: 'equipment',
      note: 'Mine',
    });
    expect(notices).toEqual([]);
    expect(editedId).toBe('equipment-systems');
    expect(charts[0]).not.toBe(equipment[0]);
    expect(plain(charts[0]?.frame.notes.map((n) => n.text))).toContain('\u201cMine\u201d.');
    expect(charts.slice(1)).toEqual(equipment.slice(1));
    charts.slice(1).forEach((chart, i) => expect(chart).toBe(equipment[i + 1]));
  });

  it('edits the chart a link names, read from the link', () => {
    const { state, notices: read } = parseViewState(
      '?view=equipment&chart=equipment-missiles&title=Missiles+%26+more&subtitle=Mine',
    );
    expect(read).toEqual([]);
    const { charts, editedId } = applyViewEdits(equipment, state);
    expect(editedId).toBe('equipment-missiles');
    expect(titles(charts)).toEqual([
      titles(equipment)[0],
      'Missiles & more',
      titles(equipment)[2],
      titles(equipment)[3],
    ]);
    expect(charts[1]?.frame.subtitle).toBe('Mine');
  });

  it('leaves the list it was given as it was', () => {
    const given = [...equipment];
    applyViewEdits(given, { view: 'equipment', chart: 'equipment-shells', title: 'Shells' });
    expect(given).toEqual(equipment);
    given.forEach((chart, i) => expect(chart).toBe(equipment[i]));
    expect(titles(given)).not.toContain('Shells');
  });

  it('says a chart id the view does not have, and edits nothing', () => {
    const { charts, notices, editedId } = applyViewEdits(equipment, {
      view: 'equipment',
      chart: 'casualties-by-claimant',
      title: 'Shells',
    });
    expect(charts).toBe(equipment);
    expect(editedId).toBeUndefined();
    expect(notices).toEqual([
      'This view has no chart "casualties-by-claimant" for the briefer\'s edits; they are not shown.',
    ]);
  });

  it('says a view without charts has none to edit', () => {
    const { charts, notices, editedId } = applyViewEdits([], { view: 'compare', title: 'T' });
    expect(charts).toEqual([]);
    expect(editedId).toBeUndefined();
    expect(notices).toEqual([
      "This view has no chart for the briefer's edits; they are not shown.",
    ]);
  });

  it.each<[string, ViewState]>([
    ['no edits', { view: 'equipment' }],
    ['a chart id alone', { view: 'equipment', chart: 'equipment-shells' }],
    ['an unknown chart id alone', { view: 'equipment', chart: 'nope' }],
  ])('returns the charts as given, without a notice, for %s', (_what, state) => {
    const result = applyViewEdits(equipment, state);
    expect(result.charts).toBe(equipment);
    expect(result.notices).toEqual([]);
    expect(result.editedId).toBeUndefined();
  });

  it('passes on what the chart could not draw', () => {
    const { charts, notices, editedId } = applyViewEdits(casualties, {
      view: 'casualties',
      title: 'Mine',
      pin: 'nope',
      callout: 'Look',
      highlight: ['kr-nis', 'nobody'],
    });
    expect(editedId).toBe('casualties-by-claimant');
    expect(charts[0]?.frame.title).toBe('Mine');
    expect(charts[0]?.highlight).toEqual(['kr-nis']);
    expect(notices).toEqual([
      'The callout points at a figure this chart does not draw ("nope"); it is not shown.',
      'This chart draws no claimant "nobody" to highlight; ignored.',
    ]);
  });

  it('pins a callout to the named chart’s figure', () => {
    const shells = equipment[2];
    const figure = shells?.claims[0];
    if (!figure) throw new Error('no shells figure');
    const { charts } = applyViewEdits(equipment, {
      view: 'equipment',
      chart: 'equipment-shells',
      pin: figure.id,
      callout: 'Most',
    });
    expect(charts[2]?.annotation).toEqual({ claimId: figure.id, text: 'Most' });
    expect(charts.filter((c) => c.annotation)).toHaveLength(1);
  });
});

describe('pickViewChart', () => {
  it('picks the chart the link names', () => {
    expect(pickViewChart(equipment, { chart: 'equipment-containers' })).toBe(equipment[3]);
    expect(pickViewChart(equipment, { chart: 'equipment-missiles' })).toBe(equipment[1]);
  });

  it('picks the first chart when the link names none', () => {
    expect(pickViewChart(equipment, {})).toBe(equipment[0]);
    const unnamed: ViewState = { view: 'casualties', title: 'T' };
    expect(pickViewChart(casualties, unnamed)).toBe(casualties[0]);
  });

  it('picks none for a chart the view does not have, or a view without charts', () => {
    expect(pickViewChart(equipment, { chart: 'casualties-by-claimant' })).toBeUndefined();
    expect(pickViewChart([], {})).toBeUndefined();
    expect(pickViewChart([], { chart: 'equipment-shells' })).toBeUndefined();
  });

  it('agrees with applyViewEdits on which chart is edited', () => {
    for (const chart of [undefined, ...ids]) {
      const state: ViewState = { view: 'equipment', ...(chart ? { chart } : {}), title: 'T' };
      expect(applyViewEdits(equipment, state).editedId).toBe(pickViewChart(equipment, state)?.id);
    }
  });
});
