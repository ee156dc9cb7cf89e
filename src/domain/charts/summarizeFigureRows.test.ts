import { describe, expect, it } from 'vitest';
import type { Value } from '../../data/schema/datasetSchema';
import { loadDefaultModel } from '../../testing/loadJson';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeSource } from '../../testing/factories/makeDataset';
import { buildEquipmentCharts } from './buildEquipmentCharts';
import { buildFigureRow } from './buildFigureRow';
import { buildForcesChart } from './buildForcesChart';
import type { ChartRow } from './chartModel';
import { summarizeFigureRows } from './summarizeFigureRows';
import { plain } from '../../testing/plain';

const alpha = makeSource({ shortName: 'Alpha' });
const beta = makeSource({ id: 'beta', name: 'Beta Ministry', type: 'government', party: true });

function heading(label: string): ChartRow {
  return { kind: 'heading', key: `heading:${label}`, label };
}

function figure(value: Value, detail: string, source = alpha): ChartRow {
  const claim = makeClaim({ value, source });
  return plain(buildFigureRow(claim, detail, [{ series: 'figure', claim, value: 0 }], false));
}

describe('summarizeFigureRows', () => {
  it('says nothing when there are no rows', () => {
    expect(summarizeFigureRows([])).toBe('');
  });

  it('gives a lone figure of a group with who and when', () => {
    expect(summarizeFigureRows([heading('Killed'), figure({ best: 300 }, '10 Jan 2025')])).toBe(
      'Killed: about 300 (Alpha, 10 Jan 2025).',
    );
  });

  it('gives the count and the lowest and highest figures of a group', () => {
    const rows = [
      heading('Troops sent'),
      figure({ best: 11000, qualifier: 'up-to' }, 'Oct 2024'),
      figure({ best: 1500 }, 'over 8\u201313 Oct 2024', beta),
      figure({ best: 15000, qualifier: 'more-than' }, '30 Apr 2025'),
      figure({ best: 12000 }, '8 Jan 2025', beta),
    ];
    expect(summarizeFigureRows(rows)).toBe(
      'Troops sent: 4 figures, from about 1,500 (Beta Ministry, over 8\u201313 Oct 2024) to more than 15,000 (Alpha, 30 Apr 2025).',
    );
  });

  it('keeps only the date of a detail, dropping what follows the middle dot', () => {
    const claim = makeClaim({ value: { best: 2600 }, source: beta });
    const row = plain(
      buildFigureRow(claim, 'Oct 2024 \u00b7 troops in the Kursk region', [], true),
    );
    expect(row.detail).toBe(
      'Oct 2024 \u00b7 troops in the Kursk region \u00b7 party to the conflict',
    );
    expect(summarizeFigureRows([heading('Kursk'), row])).toBe(
      'Kursk: about 2,600 (Beta Ministry, Oct 2024).',
    );
  });

  it('ranks a range by its middle and gives it with both ends', () => {
    const rows = [
      heading('Expected'),
      figure({ low: 25000, high: 30000 }, '2 Jul 2025'),
      figure({ best: 6000, qualifier: 'exactly' }, '17 Jun 2025', beta),
      figure({ best: 26000 }, '2 Sep 2025'),
    ];
    expect(summarizeFigureRows(rows)).toBe(
      'Expected: 3 figures, from exactly 6,000 (Beta Ministry, 17 Jun 2025) to about 25,000\u201330,000 (Alpha, 2 Jul 2025).',
    );
  });

  it('takes the first of equal lowest figures and the last of equal highest ones', () => {
    const rows = [
      heading('Shells'),
      figure({ best: 500 }, 'Jan 2025'),
      figure({ best: 500 }, 'Feb 2025', beta),
    ];
    expect(summarizeFigureRows(rows)).toBe(
      'Shells: 2 figures, from about 500 (Alpha, Jan 2025) to about 500 (Beta Ministry, Feb 2025).',
    );
  });

  it('writes a sentence per group, in order, skipping a heading without rows', () => {
    const rows = [
      heading('Killed'),
      figure({ best: 300 }, '10 Jan 2025'),
      heading('Empty'),
      heading('Wounded'),
      figure({ best: 2700 }, '13 Jan 2025', beta),
      figure({ best: 1000, qualifier: 'at-least' }, '19 Dec 2024'),
    ];
    expect(summarizeFigureRows(rows)).toBe(
      'Killed: about 300 (Alpha, 10 Jan 2025). ' +
        'Wounded: 2 figures, from at least 1,000 (Alpha, 19 Dec 2024) to about 2,700 (Beta Ministry, 13 Jan 2025).',
    );
  });
});

describe('summarizeFigureRows on the default dataset', () => {
  const model = loadDefaultModel();

  it('sums up every group of the forces chart', () => {
    const chart = plain(buildForcesChart(model));
    expect(chart?.summary).toBe(summarizeFigureRows(chart?.rows ?? []));
    expect(chart?.summary).toContain(
      'Troops sent to Russia: 7 figures, from about 1,500 (South Korea NIS, over 8\u201313 Oct 2024) to about 15,000 (South Korea NIS, 30 Apr 2025).',
    );
    expect(chart?.summary).toContain(
      'Troops expected: 3 figures, from about 6,000 (South Korea NIS, 2 Sep 2025) to about 25,000\u201330,000 (Ukraine HUR (Budanov), 2 Jul 2025).',
    );
    expect(chart?.summary).toContain(
      'Military workers planned (deminers and builders): about 6,000 (Russia Security Council, 17 Jun 2025, derived).',
    );
    expect(chart?.summary.match(/figures, from/g)).toHaveLength(3);
  });

  it('sums up the equipment chart counted in systems', () => {
    const systems = plain(buildEquipmentCharts(model)).find((c) => c.unit === 'systems');
    expect(systems?.summary).toBe(
      'M1989 Koksan 170 mm self-propelled guns: about 120 (Ukraine HUR (Budanov), over Oct 2024 \u2013 Jan 2025). ' +
        'M-1991 240 mm multiple rocket launchers: about 120 (Ukraine HUR (Budanov), over Oct 2024 \u2013 Jan 2025). ' +
        // HUR's total is derived from its two parts: 120 + 120.
        '170 mm guns and 240 mm rocket launchers together: 2 figures, from about 220 (South Korea JCS, 27 Mar 2025) to about 240 (Ukraine HUR (Budanov), over Oct 2024 \u2013 Jan 2025, derived).',
    );
  });
});
