import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import type { Metric, Source, Value } from '../../data/schema/datasetSchema';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeCasualtyMetrics, makeMetric, makeSource } from '../../testing/factories/makeDataset';
import { buildCasualtiesChart } from './buildCasualtiesChart';
import { buildFigureRow } from '../charts/buildFigureRow';
import type { FigureRow } from '../charts/chartModel';
import type { Claim } from '../claims/claim';
import { computeSpread, type Spread } from './computeSpread';
import { summarizeComparison } from './summarizeComparison';
import { plain } from '../../testing/plain';

const [killed, wounded, casualties] = makeCasualtyMetrics() as [Metric, Metric, Metric];
const alpha = makeSource({ shortName: 'Alpha' });
const beta = makeSource({ id: 'beta', name: 'Beta Ministry', type: 'government' });
const gamma = makeSource({ id: 'gamma', name: 'Gamma', shortName: 'Gamma', party: true });

function total(source: Source, value: Value, asOf: string, extra = {}): Claim {
  return makeClaim({ metric: casualties, source, value, asOf, ...extra });
}

/** A row as the comparison chart builds one: the date as its detail. */
function row(figure: Claim, detail = figure.asOf.text): FigureRow {
  return plain(
    buildFigureRow(figure, detail, [{ series: 'total', claim: figure, value: 0 }], false),
  );
}

function spreadOf(claims: readonly Claim[]): Spread {
  const spread = computeSpread(claims);
  if (!spread) throw new Error('no spread');
  return spread;
}

describe('summarizeComparison, first sentence', () => {
  it('gives both ends, who and when, the ratio and the median', () => {
    const low = total(alpha, { best: 1200 }, '2025-01');
    const high = total(beta, { best: 4000 }, '2025-01-09');
    const mid = total(gamma, { best: 3000, qualifier: 'exactly' }, '2025-01-13');
    expect(plain(summarizeComparison(casualties, spreadOf([low, high, mid]), [], []))).toBe(
      'Estimates of casualties range from about 1,200 (Alpha, Jan 2025) to about 4,000 (Beta Ministry, 9 Jan 2025), 3.3 times apart; the median of 3 figures given as numbers is 3,000.',
    );
  });

  it('gives the ratio as a whole number from ten times apart', () => {
    const spread = spreadOf([
      total(alpha, { best: 100 }, '2025'),
      total(beta, { best: 1540 }, '2025'),
    ]);
    expect(plain(summarizeComparison(killed, spread, [], []))).toBe(
      'Estimates of killed range from about 100 (Alpha, 2025) to about 1,540 (Beta Ministry, 2025), 15 times apart; the median of 2 figures given as numbers is 820.',
    );
  });

  it('says "at least" when the highest figure is a floor', () => {
    const spread = spreadOf([
      total(alpha, { best: 2000 }, '2025-02'),
      total(beta, { best: 6000, qualifier: 'more-than' }, '2025-06-15'),
    ]);
    expect(plain(summarizeComparison(casualties, spread, [], []))).toBe(
      'Estimates of casualties range from about 2,000 (Alpha, Feb 2025) to more than 6,000 (Beta Ministry, 15 Jun 2025), at least 3.0 times apart; the median of 1 figure given as a number (1 bound left out) is 2,000. They were given 4 months apart, and running totals grow.',
    );
  });

  it('gives no ratio when the lowest figure is zero', () => {
    const spread = spreadOf([
      total(alpha, { best: 0 }, '2025-01'),
      total(beta, { best: 50 }, '2025-01'),
    ]);
    expect(plain(summarizeComparison(casualties, spread, [], []))).toBe(
      'Estimates of casualties range from about 0 (Alpha, Jan 2025) to about 50 (Beta Ministry, Jan 2025); the median of 2 figures given as numbers is 25.',
    );
  });

  it('names a derived end and gives a range with its ends', () => {
    const parts = [makeClaim({ metric: killed }), makeClaim({ metric: wounded })];
    const derived = total(alpha, { best: 3000 }, '2025-01-10', { derivedFrom: parts });
    const ranged = total(beta, { low: 1000, best: 1200, high: 1500 }, '2025-02');
    expect(plain(summarizeComparison(casualties, spreadOf([derived, ranged]), [], []))).toBe(
      'Estimates of casualties range from about 1,200 (1,000\u20131,500) (Beta Ministry, Feb 2025) to about 3,000 (Alpha, 10 Jan 2025, derived), 2.5 times apart; the median of 2 figures given as numbers is 2,100.',
    );
  });

  it('keeps the capitals of a label that is not a plain word', () => {
    const kn23 = makeMetric({ id: 'kn-23', label: 'KN-23 missiles', unit: 'missiles' });
    expect(plain(summarizeComparison(kn23, undefined, [], []))).toBe(
      'No estimate of KN-23 missiles can be compared.',
    );
  });

  it('gives the single comparable figure when there is no spread', () => {
    const only = row(total(alpha, { best: 300, qualifier: 'at-least' }, '2024-12-19'));
    expect(plain(summarizeComparison(casualties, undefined, [only], []))).toBe(
      'One estimate of casualties can be compared: at least 300 (Alpha, 19 Dec 2024).',
    );
  });
});

describe('summarizeComparison, derived totals and figures apart', () => {
  const parts = [
    makeClaim({ metric: killed, value: { best: 300 } }),
    makeClaim({ metric: wounded, value: { best: 2700 } }),
  ];

  it('shows the working of each derived comparable total, with its date only', () => {
    const derived = total(gamma, { best: 3000 }, '2025-01-13', { derivedFrom: parts });
    const stated = total(beta, { best: 4000 }, '2025-01-09');
    const rows = [row(derived, '13 Jan 2025 \u00b7 party to the conflict'), row(stated)];
    expect(plain(summarizeComparison(casualties, spreadOf([derived, stated]), rows, []))).toBe(
      'Estimates of casualties range from about 3,000 (Gamma, 13 Jan 2025, derived) to about 4,000 (Beta Ministry, 9 Jan 2025), 1.3 times apart; the median of 2 figures given as numbers is 3,500. ' +
        "Gamma's total of about 3,000 (13 Jan 2025) is derived from about 300 killed and about 2,700 wounded.",
    );
  });

  it('lists the figures apart with their details, one or several', () => {
    const one = row(makeClaim({ source: beta, asOf: '2025-01' }), 'Jan 2025 \u00b7 killed only');
    const two = row(total(alpha, { best: 1000 }, '2024-12-27'), '20\u201327 Dec 2024 only');
    expect(plain(summarizeComparison(casualties, undefined, [], [one]))).toBe(
      'No estimate of casualties can be compared. 1 figure is not comparable: Beta Ministry (Jan 2025 \u00b7 killed only).',
    );
    expect(plain(summarizeComparison(casualties, undefined, [], [one, two]))).toBe(
      'No estimate of casualties can be compared. 2 figures are not comparable: Beta Ministry (Jan 2025 \u00b7 killed only); Alpha (20\u201327 Dec 2024 only).',
    );
  });
});

describe('summarizeComparison on the default dataset', () => {
  const model = loadDefaultModel();

  it('sums up the casualties chart as of 24 Jan 2025', () => {
    const summary = plain(buildCasualtiesChart(model, parseCalendarDate('2025-01-24')))?.summary;
    expect(summary).toContain(
      'Estimates of casualties (killed and wounded) range from about 1,200 (US intelligence, Jan 2025, unverified) to about 4,000 (Zelensky, 9 Jan 2025), 3.3 times apart',
    );
    // The Pentagon's and Kirby's floors have no place in the median: it is not the lowest.
    expect(summary).toContain(
      '; the median of 3 figures given as numbers (2 bounds left out) is 3,000.',
    );
    expect(summary).toContain(
      "South Korea NIS's total of about 3,000 (13 Jan 2025) is derived from about 300 killed and about 2,700 wounded",
    );
    expect(summary).toContain(
      '4 figures are not comparable: Western officials (BBC) (Jan 2025 \u00b7 killed only); White House NSC (Kirby) (20\u201327 Dec 2024 only);',
    );
  });

  it('sums up the latest casualties chart with a floor at the top', () => {
    const summary = plain(buildCasualtiesChart(model))?.summary;
    expect(summary).toMatch(
      /^Estimates of casualties \(killed and wounded\) range from about 1,200 \(US intelligence, Jan 2025, unverified\) to more than 6,000 \(UK Defence Intelligence, 15 Jun 2025\), at least 5\.0 times apart; the median of 5 figures given as numbers \(3 bounds left out\) is 4,000\. They were given 5 months apart, and running totals grow\. /,
    );
    expect(summary).toContain(
      "South Korea NIS's total of about 4,700 (30 Apr 2025) is derived from about 600 killed and about 4,100 wounded.",
    );
  });

  // As of 20 Dec 2024 three totals are comparable (South Korea NIS at least 1,100, US Pentagon
  // at least 100, Kirby at least 12), but all are floors, so no spread can be stated.
  it('names every comparable total when they are all floors', () => {
    const chart = plain(buildCasualtiesChart(model, parseCalendarDate('2024-12-20')));
    expect(chart?.rows.filter((r) => r.kind === 'figure' && !r.muted)).toHaveLength(3);
    expect(chart?.summary).toMatch(
      /^3 estimates of casualties \(killed and wounded\) can be compared, but no spread can be stated: none gives both a lowest and a highest point \(at least 1,100 \(South Korea NIS, 19 Dec 2024, derived\); at least 100, stated as “several hundred” \(US Pentagon, 19 Dec 2024\); at least 12, stated as “several dozen” \(White House NSC \(Kirby\), 16 Dec 2024\)\)\./,
    );
    // Each part keeps every word of its value, the source's included.
    expect(chart?.summary).toMatch(
      /South Korea NIS's total of at least 1,100 \(19 Dec 2024\) is derived from at least 100 killed and about 1,000 wounded \(stated as “close to 1,000”\)\./,
    );
  });
});
