import { listNoteTexts } from '../charts/listNoteTexts';
import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeModel } from '../../testing/factories/makeClaim';
import { makeEstimate, makeMetric } from '../../testing/factories/makeDataset';
import {
  buildOverTimeChart,
  listOverTimeMetrics,
  pickDefaultOverTimeMetric,
} from './buildOverTimeChart';
import { plain } from '../../testing/plain';
import { applyFilters } from '../claims/applyFilters';
import { claimantColorCount, getColorSlots } from '../claims/assignColorSlots';

const model = loadDefaultModel();
const metric = (id: string) => {
  const found = model.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

describe('buildOverTimeChart on the default dataset', () => {
  const chart = plain(buildOverTimeChart(model, metric('casualties')));

  it('draws one series per claimant, in order of their first figure', () => {
    expect(chart.series.map((s) => [s.key, s.label, s.points.length])).toEqual([
      ['us-nsc', 'White House NSC (Kirby)', 1],
      ['kr-nis', 'South Korea NIS', 3],
      ['us-dod', 'US Pentagon', 1],
      ['ua-president', 'Zelensky', 3],
      ['us-intelligence', 'US intelligence', 1],
      ['ua-hur', 'Ukraine HUR (Budanov)', 1],
      ['kr-jcs', 'South Korea JCS', 1],
      ['uk-di', 'UK Defence Intelligence', 1],
    ]);
  });

  it('includes derived totals, oldest first', () => {
    const nis = chart.series.find((s) => s.key === 'kr-nis');
    expect(nis?.points.map((p) => [p.claim.asOf.text, p.y, p.claim.derivedFrom?.length])).toEqual([
      ['2024-12-19', 1100, 2],
      ['2025-01-13', 3000, 2],
      ['2025-04-30', 4700, 2],
    ]);
  });

  it('leaves flows out of the lines and names them in the notes', () => {
    expect(chart.claims.map((c) => c.id)).not.toContain('us-nsc-casualties-2024-12-27');
    // Kirby's line holds his running figure only, not the one-week count.
    const kirby = chart.series.find((s) => s.key === 'us-nsc');
    expect(kirby?.points.map((p) => p.claim.id)).toEqual(['us-nsc-casualties-2024-12-16']);
    expect(listNoteTexts(chart.frame)).toContain(
      'White House NSC (Kirby) counted 20\u201327 Dec 2024 only: not a running total, so not drawn.',
    );
  });

  it('draws a month-precision figure over its whole month, passing through its middle', () => {
    const us = chart.series.find((s) => s.key === 'us-intelligence');
    const [point] = us?.points ?? [];
    expect(point?.start).toBe(Date.UTC(2025, 0, 1));
    expect(point?.end).toBe(Date.UTC(2025, 1, 1));
    expect(point?.x).toBe((Date.UTC(2025, 0, 1) + Date.UTC(2025, 1, 1)) / 2);
    expect([point?.y, point?.low, point?.high]).toEqual([1200, 1200, 1200]);
  });

  it('spans from the earliest start to the latest end', () => {
    expect(chart.domain).toEqual([Date.UTC(2024, 11, 16), Date.UTC(2025, 5, 16)]);
  });

  it('gives the ends of a range as low and high, its middle as y', () => {
    const troops = plain(buildOverTimeChart(model, metric('troops-sent')));
    const point = troops.series.find((s) => s.key === 'us-kr-ua-intelligence')?.points[0];
    expect([point?.low, point?.y, point?.high]).toEqual([10000, 11000, 12000]);
    expect(listNoteTexts(troops.frame)).toContain(
      'South Korea NIS counted 8\u201313 Oct 2024 only: not a running total, so not drawn.',
    );
  });

  it('titles the chart with the metric and lists the derivations in the notes', () => {
    expect(chart.frame.title).toBe('Casualties (killed and wounded) over time, by claimant');
    expect(listNoteTexts(chart.frame).filter((n) => n.includes('(derived:'))).toHaveLength(3);
  });
});

describe('listOverTimeMetrics and pickDefaultOverTimeMetric', () => {
  it('lists the metrics with at least one running figure, in dataset order', () => {
    expect(listOverTimeMetrics(model).map((m) => m.id)).toEqual([
      'killed',
      'wounded',
      'casualties',
      'casualties-recent-combat',
      'casualties-incl-missing',
      'troops-sent',
      'troops-kursk',
      'reinforcements-at-front',
      'reinforcements-in-training',
      'troops-expected',
      'deminers-expected',
      'military-builders-expected',
      'military-workers-expected',
      'guns-and-launchers',
      'shells',
      'containers',
    ]);
  });

  it('defaults to the casualty total', () => {
    expect(pickDefaultOverTimeMetric(model)?.id).toBe('casualties');
  });

  it('defaults to the first metric listed when there are no casualty figures', () => {
    const metrics = [
      makeMetric({ id: 'troops', label: 'Troops', kind: 'forces' }),
      makeMetric({ id: 'guns', label: 'Guns', unit: 'systems', kind: 'equipment' }),
    ];
    const estimates = [
      makeEstimate({ id: 'g', metric: 'guns' }),
      makeEstimate({ id: 't', metric: 'troops' }),
    ];
    expect(pickDefaultOverTimeMetric(makeModel({ metrics, estimates }))?.id).toBe('troops');
    expect(pickDefaultOverTimeMetric(makeModel({ metrics, estimates: [] }))).toBeUndefined();
  });

  it('gives an empty chart with a stand-in domain for a metric without running figures', () => {
    const empty = makeModel({ estimates: [] });
    const chart = plain(buildOverTimeChart(empty, makeMetric()));
    expect(chart.series).toEqual([]);
    expect(chart.domain).toEqual([0, 1]);
  });
});

describe('one colour slot per claimant', () => {
  const slotOf = (chart: ReturnType<typeof buildOverTimeChart>, id: string) =>
    chart.series.find((s) => s.key === id)?.slot;

  it('keeps a claimant in its slot whatever the filters leave and whatever the metric', () => {
    const whole = buildOverTimeChart(model, metric('casualties'));
    const nis = slotOf(whole, 'kr-nis');
    expect(nis).toBeDefined();
    const three = applyFilters(model, { claimants: ['kr-nis', 'ua-president', 'us-intelligence'] });
    const filtered = buildOverTimeChart(three, metric('casualties'));
    expect(filtered.series).toHaveLength(3);
    expect(slotOf(filtered, 'kr-nis')).toBe(nis);
    expect(slotOf(buildOverTimeChart(model, metric('troops-sent')), 'kr-nis')).toBe(nis);
  });

  it('gives the first ten claimants drawn as lines the ten colours, in dataset order', () => {
    const order = model.sources.map((s) => s.id).filter((id) => getColorSlots(model).has(id));
    expect(order.slice(0, 10).map((id) => getColorSlots(model).get(id))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    const slots = [...getColorSlots(model).values()];
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('past ten, reuses (dashed) a colour of no claimant on the same chart', () => {
    expect(getColorSlots(model).size).toBeGreaterThan(claimantColorCount);
    for (const each of listOverTimeMetrics(model)) {
      const colors = buildOverTimeChart(model, each).series.map((s) => s.slot % claimantColorCount);
      expect(new Set(colors).size, each.id).toBe(colors.length);
    }
  });

  it('spends no slot on a claimant drawn only as rows (figures over a period)', () => {
    const small = makeModel({
      estimates: [
        makeEstimate({ source: 'beta', period: { from: '2025-01', to: '2025-02' } }),
        makeEstimate({ id: 'alpha-killed-2025-03', asOf: '2025-03' }),
      ],
    });
    expect([...getColorSlots(small)]).toEqual([['alpha', 0]]);
  });
});
