import { listNoteTexts } from '../charts/listNoteTexts';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import type { Estimate } from '../../data/schema/datasetSchema';
import { figureRows, rowsUnder, summarizeRows } from '../../testing/factories/chartRows';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeModel } from '../../testing/factories/makeClaim';
import { makeEstimate, makeMetric } from '../../testing/factories/makeDataset';
import { buildCasualtiesChart } from './buildCasualtiesChart';
import { pickTotalMetric } from './pickTotalMetric';
import { plain } from '../../testing/plain';

const model = loadDefaultModel();
const comparable = 'Casualties (killed and wounded): comparable';
const apart = 'Not comparable with those totals';

describe('buildCasualtiesChart on the default dataset, as of 24 Jan 2025', () => {
  const chart = plain(buildCasualtiesChart(model, parseCalendarDate('2025-01-24')));

  it('shows each claimant latest comparable total, highest first', () => {
    expect(rowsUnder(chart, comparable).map((r) => [r.label, r.figure.value.best])).toEqual([
      ['Zelensky', 4000],
      ['South Korea NIS', 3000],
      ['US intelligence', 1200],
      ['US Pentagon', 100],
      ['White House NSC (Kirby)', 12],
    ]);
  });

  it('shows NIS as a derived 3,000, split into 300 killed and 2,700 wounded', () => {
    const nis = rowsUnder(chart, comparable).find((r) => r.label === 'South Korea NIS');
    expect(nis?.figure.id).toBe('derived:casualties:kr-nis:kr-nis@2025-01-13');
    expect(nis?.figure.derivedFrom?.map((c) => c.value.best)).toEqual([300, 2700]);
    expect(nis?.segments.map((s) => [s.series, s.value])).toEqual([
      ['killed', 300],
      ['wounded', 2700],
    ]);
    expect(nis?.detail).toBe('13 Jan 2025');
    expect(nis?.muted).toBe(false);
  });

  it('draws a stated total as one segment of the total series', () => {
    const zelensky = rowsUnder(chart, comparable).find((r) => r.label === 'Zelensky');
    expect(zelensky?.figure.id).toBe('ua-president-casualties-2025-01-09');
    expect(zelensky?.segments.map((s) => [s.series, s.value])).toEqual([['total', 4000]]);
  });

  it('puts the Kirby one-week figure, parts without a total and wider measures apart', () => {
    const rows = rowsUnder(chart, apart);
    expect(rows.map((r) => [r.label, r.figure.id, r.muted])).toEqual([
      ['Western officials (BBC)', 'western-officials-casualties-2025-01', true],
      ['South Korea JCS', 'kr-jcs-casualties-2024-12-23', true],
      ['Western officials (BBC)', 'western-officials-killed-2025-01', true],
      ['White House NSC (Kirby)', 'us-nsc-casualties-2024-12-27', true],
    ]);
    expect(summarizeRows(rows.slice(2))).toEqual([
      'Western officials (BBC) | Jan 2025 \u00b7 killed only | killed 1000 | muted',
      'White House NSC (Kirby) | 20\u201327 Dec 2024 only | total 1000 | muted',
    ]);
  });

  it('leaves out figures dated after the cut-off', () => {
    const ids = figureRows(chart).map((r) => r.figure.id);
    expect(ids).not.toContain('kr-jcs-casualties-2025-03-27');
    expect(ids).not.toContain('uk-di-casualties-2025-06-15');
    expect(ids.some((id) => id.startsWith('ua-hur'))).toBe(false);
  });

  it('marks the figure graded 6 as unverified on its row, and says why in the notes', () => {
    const us = rowsUnder(chart, comparable).find((r) => r.label === 'US intelligence');
    expect(us?.detail).toBe('Jan 2025 \u00b7 unverified');
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).toContain(
      'Unverified: about 1,200 (US intelligence, Jan 2025), graded 6: truth cannot be judged.',
    );
    const others = figureRows(chart).filter((r) => r !== us);
    expect(others.some((r) => r.detail.includes('unverified'))).toBe(false);
  });

  it('shows the derived working in the notes', () => {
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).toContain(
      'South Korea NIS, 13 Jan 2025: about 300 killed + about 2,700 wounded = about 3,000 casualties (killed and wounded) (derived: the parts were given, not the total).',
    );
    const apartNote = listNoteTexts(chart?.frame ?? { notes: [] }).find((n) =>
      n.startsWith('Not comparable'),
    );
    expect(apartNote).toContain(
      'White House NSC (Kirby) (27 Dec 2024) counts 20\u201327 Dec 2024 only',
    );
  });

  it('states the cut-off, the unit and the spread between comparable totals', () => {
    expect(chart?.unit).toBe('people');
    expect(chart?.frame.subtitle).toContain('24 Jan 2025');
    // The design's own example: 4,000 against 1,200, with the JCS count of troops recently in
    // combat set apart as a narrower measure.
    expect(chart?.frame.callout).toBe(
      'Comparable totals range from about 1,200 (US intelligence, Jan 2025, unverified) to about 4,000 (Zelensky, 9 Jan 2025), 3.3x apart.',
    );
  });

  it('gives the parts and the stated total as series, and every plotted claim', () => {
    expect(chart?.series.map((s) => s.key)).toEqual(['killed', 'wounded', 'total']);
    expect(chart?.claims).toHaveLength(figureRows(chart).length);
  });

  it('lists every claimant and publication of the plotted figures', () => {
    const nis = chart?.frame.sources.find((s) => s.claimant === 'South Korea NIS');
    expect(nis?.publications).toEqual(['KBS World, 13 Jan 2025', 'Newsweek, 24 Jan 2025']);
    expect(chart?.frame.sources.map((s) => s.claimant)).toEqual([
      'Zelensky',
      'South Korea NIS',
      'US intelligence',
      'US Pentagon',
      'White House NSC (Kirby)',
      'Western officials (BBC)',
      'South Korea JCS',
    ]);
  });
});

describe('buildCasualtiesChart on the default dataset, as of Jan 2025', () => {
  it('includes the month-precision figures of January', () => {
    const chart = plain(buildCasualtiesChart(model, parseCalendarDate('2025-01')));
    const labels = rowsUnder(chart, comparable).map((r) => r.label);
    expect(labels).toContain('US intelligence');
    expect(labels).toEqual([
      'Zelensky',
      'South Korea NIS',
      'US intelligence',
      'US Pentagon',
      'White House NSC (Kirby)',
    ]);
  });
});

describe('buildCasualtiesChart on the default dataset, latest', () => {
  const chart = plain(buildCasualtiesChart(model));

  it('takes each claimant latest total', () => {
    expect(rowsUnder(chart, comparable).map((r) => [r.label, r.figure.value.best])).toEqual([
      ['UK Defence Intelligence', 6000],
      ['South Korea NIS', 4700],
      ['Zelensky', 4000],
      ['Ukraine HUR (Budanov)', 4000],
      ['South Korea JCS', 4000],
      ['US intelligence', 1200],
      ['US Pentagon', 100],
      ['White House NSC (Kirby)', 12],
    ]);
  });

  it('notes the newer NIS killed figure given without a total', () => {
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).toContain(
      'South Korea NIS also gave about 2,000 killed as of 2 Sep 2025, without a total; its latest total is shown.',
    );
  });

  it('spreads from the lowest non-floor to the highest, a floor included', () => {
    expect(chart?.frame.callout).toContain('about 1,200 (US intelligence, Jan 2025, unverified)');
    expect(chart?.frame.callout).toContain(
      'more than 6,000 (UK Defence Intelligence, 15 Jun 2025)',
    );
    expect(chart?.frame.callout).toContain('at least 5.0x apart');
    expect(chart?.frame.callout).toContain('They were given 5 months apart');
  });
});

describe('buildCasualtiesChart on small datasets', () => {
  const total = (id: string, best: number, extra: Partial<Estimate> = {}) =>
    makeEstimate({ id, metric: 'casualties', value: { best }, ...extra });

  it('is undefined for a dataset with no casualty metric', () => {
    const metrics = [makeMetric({ id: 'troops', label: 'Troops', kind: 'forces' })];
    const estimates = [makeEstimate({ metric: 'troops' })];
    expect(plain(buildCasualtiesChart(makeModel({ metrics, estimates })))).toBeUndefined();
  });

  it('is undefined for a dataset with casualty metrics but no casualty figures', () => {
    expect(plain(buildCasualtiesChart(makeModel({ estimates: [] })))).toBeUndefined();
  });

  it('splits a stated total into its parts where they add up, not where they do not', () => {
    const estimates = [
      total('alpha-total', 3000),
      makeEstimate({ id: 'alpha-k', value: { best: 300 } }),
      makeEstimate({ id: 'alpha-w', metric: 'wounded', value: { best: 2700 } }),
      total('beta-total', 5000, { source: 'beta' }),
      makeEstimate({ id: 'beta-k', source: 'beta', value: { best: 300 } }),
      makeEstimate({ id: 'beta-w', source: 'beta', metric: 'wounded', value: { best: 2700 } }),
    ];
    const rows = figureRows(plain(buildCasualtiesChart(makeModel({ estimates }))));
    expect(rows.map((r) => [r.key, r.segments.map((s) => `${s.series} ${s.value}`)])).toEqual([
      ['beta-total', ['total 5000']],
      ['alpha-total', ['killed 300', 'wounded 2700']],
    ]);
  });

  it('notes a figure stated twice for one date, and shows the later statement', () => {
    const estimates = [
      total('alpha-interview', 4000, { asOf: '2025-02', statedOn: '2025-02-04' }),
      total('alpha-briefing', 4000, { asOf: '2025-02', statedOn: '2025-03-05' }),
      total('beta-total', 1000, { source: 'beta' }),
    ];
    const chart = plain(buildCasualtiesChart(makeModel({ estimates })));
    const rows = rowsUnder(chart, 'Casualties: comparable');
    expect(rows.map((r) => r.figure.id)).toEqual(['alpha-briefing', 'beta-total']);
    expect(listNoteTexts(chart?.frame ?? { notes: [] })).toContain(
      'Alpha gave about 4,000 casualties for Feb 2025 more than once; the latest statement is shown.',
    );
  });

  it('uses the most claimed casualty metric when none is a sum', () => {
    const metrics = [makeMetric(), makeMetric({ id: 'wounded', label: 'Wounded' })];
    const estimates = [
      makeEstimate({ id: 'w1', metric: 'wounded' }),
      makeEstimate({ id: 'k1' }),
      makeEstimate({ id: 'w2', metric: 'wounded', source: 'beta' }),
    ];
    const model2 = makeModel({ metrics, estimates });
    expect(pickTotalMetric(metrics, model2.claims)?.id).toBe('wounded');
    expect(plain(buildCasualtiesChart(model2))?.frame.title).toBe('Wounded by claimant');
  });
});
