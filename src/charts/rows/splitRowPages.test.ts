import { describe, expect, it } from 'vitest';
import { buildForcesChart } from '../../domain/charts/buildForcesChart';
import { buildFrameText } from '../../domain/charts/buildFrameText';
import { buildSourceEntries } from '../../domain/charts/buildSourceEntries';
import type { ChartRow, RowChartModel } from '../../domain/charts/chartModel';
import { getSourceLabel, type Claim } from '../../domain/claims/claim';
import { getBounds } from '../../domain/claims/valueMath';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { figureRows, summarizeRows } from '../../testing/factories/chartRows';
import { makeClaim, makeModel } from '../../testing/factories/makeClaim';
import { makeCitation, makeSource } from '../../testing/factories/makeDataset';
import { loadDefaultModel } from '../../testing/loadJson';
import { plain } from '../../testing/plain';
import { expectPageFrames } from '../../testing/expectPageFrames';
import { makeFigureRow, makeRowChart } from '../../testing/factories/makeCharts';
import { getAxisMax } from './rowChartLayout';
import { splitRowPages } from './splitRowPages';

const model = loadDefaultModel();

function heading(key: string, label = key): ChartRow {
  return { kind: 'heading', key, label };
}

/**
 * Rows spelled as words: `#name` a heading, any other word a figure of that claimant.
 * "#a x y #b z": heading a, figures of x and y, heading b, a figure of z.
 */
function spell(words: string): ChartRow[] {
  return words
    .split(' ')
    .map((word, i) =>
      word.startsWith('#')
        ? heading(`h${i}`, word.slice(1))
        : makeFigureRow(
            makeClaim({ id: `c${i}`, source: makeSource({ id: word, name: word.toUpperCase() }) }),
          ),
    );
}

/** The rows of each page as summarizeRows gives them, claimants' names only. */
function outline(pages: readonly RowChartModel[] | undefined): string[][] | undefined {
  return pages?.map((page) => summarizeRows(page.rows).map((row) => row.split(' | ')[0] ?? ''));
}

/**
 * Eleven figures of six claimants in two groups, with a range, a derived total (its parts
 * listed with it among the chart's claims), a muted row, and notes about the whole chart, about
 * one figure, about a part of a derived total, about several and in a group.
 */
function makeSyntheticChart(): RowChartModel {
  const source = (id: string) => makeSource({ id, name: `${id} agency` });
  const cite = (outlet: string) => makeCitation({ id: outlet, outlet, published: '2025-01' });
  const claim = (id: string, sourceId: string, best: number, extra: Partial<Claim> = {}) => ({
    ...makeClaim({ id, source: source(sourceId), value: { best }, citations: [cite(id)] }),
    ...extra,
  });
  const killed = claim('gamma-killed', 'gamma', 600);
  const wounded = claim('gamma-wounded', 'gamma', 4100);
  const derived = claim('gamma-total', 'gamma', 4700, {
    derivedFrom: [killed, wounded],
    citations: [...killed.citations, ...wounded.citations],
  });
  const figures = [
    claim('alpha-1', 'alpha', 900),
    claim('beta-1', 'beta', 4000, { value: { best: 4000, low: 3000, high: 9200 } }),
    derived,
    claim('alpha-2', 'alpha', 1200),
    claim('delta-1', 'delta', 300),
    claim('epsilon-1', 'epsilon', 2500),
    claim('beta-2', 'beta', 1000),
    claim('zeta-1', 'zeta', 700),
    claim('epsilon-2', 'epsilon', 100),
    claim('alpha-3', 'alpha', 5000),
    claim('zeta-2', 'zeta', 50),
  ];
  const rows: ChartRow[] = [
    heading('comparable', 'Comparable'),
    ...figures.slice(0, 6).map((f) => makeFigureRow(f)),
    heading('apart', 'Not comparable'),
    ...figures.slice(6).map((f) => makeFigureRow(f, true)),
  ];
  const claims = [...figures.slice(0, 2), killed, wounded, ...figures.slice(2)];
  return {
    ...makeRowChart(rows),
    claims,
    frame: buildFrameText(makeModel(), figures, {
      title: 'Synthetic casualties',
      subtitle: 'Killed and wounded, in people.',
      callout: 'Figures differ tenfold.',
      notes: [
        'Casualties: killed plus wounded.',
        { text: 'Gamma gave the parts only.', about: ['gamma-total'] },
        { text: 'Gamma gave the killed.', about: ['gamma-killed'] },
        { text: 'Beta counts a week.', about: ['beta-2'], group: 'Not comparable' },
        { text: 'Zeta counts the wounded.', about: ['zeta-1', 'zeta-2'], group: 'Not comparable' },
        { text: 'Alpha and Delta share a source.', about: ['alpha-3', 'delta-1'] },
        { text: 'Epsilon is a party to the conflict.', about: ['epsilon-1', 'epsilon-2'] },
        'Spread: floors and ceilings left out.',
      ],
    }),
  };
}

const charts: readonly (readonly [string, RowChartModel | undefined])[] = [
  ['casualties', buildCasualtiesChart(model)],
  ['forces', buildForcesChart(model)],
  ['synthetic', makeSyntheticChart()],
];

/** The row objects a page takes from the chart, in order: all but a repeated heading. */
function ownRows(chart: RowChartModel, page: RowChartModel): ChartRow[] {
  return page.rows.filter((row) => chart.rows.includes(row));
}

describe.each(charts)('splitRowPages on the %s chart', (_, chart) => {
  if (!chart) throw new Error('no chart');
  const figures = figureRows(chart);
  // Exports spread a chart over up to 12 slides (chooseExportPages' mostPages).
  const counts = Array.from({ length: Math.min(12, figures.length) - 1 }, (_, i) => i + 2);
  const splits = counts.map((count) => {
    const pages = splitRowPages(chart, count);
    if (!pages) throw new Error(`no ${count} pages`);
    return { count, pages };
  });

  it('gives as many pages as asked, each with a figure', () => {
    for (const { count, pages } of splits) {
      expect(pages).toHaveLength(count);
      for (const page of pages) expect(figureRows(page).length, `${count}`).toBeGreaterThan(0);
    }
  });

  it('draws every figure on exactly one page, in order, and every heading where it was', () => {
    for (const { count, pages } of splits) {
      expect(
        pages.flatMap((page) => figureRows(page)),
        `${count}`,
      ).toEqual(figures);
      const own = pages.flatMap((page) => ownRows(chart, page));
      expect(own.length, `${count}`).toBe(chart.rows.length);
      own.forEach((row, i) => expect(row, `${count}: row ${i}`).toBe(chart.rows[i]));
    }
  });

  it('never ends a page on a heading', () => {
    for (const { count, pages } of splits) {
      for (const page of pages) expect(page.rows.at(-1)?.kind, `${count}`).toBe('figure');
    }
  });

  it('heads a page that starts mid-group with its heading "(continued)", and no other', () => {
    let carried = 0;
    for (const { count, pages } of splits) {
      let start = 0;
      for (const page of pages) {
        const first = chart.rows[start];
        const before = chart.rows.slice(0, start).filter((row) => row.kind === 'heading');
        const group = before.at(-1);
        const added = page.rows.filter((row) => !chart.rows.includes(row));
        if (first?.kind === 'figure' && group) {
          carried += 1;
          expect(added, `${count}`).toEqual([
            { kind: 'heading', key: `${group.key}-continued`, label: `${group.label} (continued)` },
          ]);
          expect(page.rows[0], `${count}`).toBe(added[0]);
        } else {
          expect(added, `${count}`).toEqual([]);
        }
        start += ownRows(chart, page).length;
      }
    }
    expect(carried).toBeGreaterThan(0);
  });

  it('gives every row of a page its own key', () => {
    for (const { pages } of splits) {
      for (const page of pages) {
        const keys = page.rows.map((row) => row.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('numbers the titles "(i of n)" and keeps the rest of the frame', () => {
    for (const { count, pages } of splits) {
      expect(pages).toHaveLength(count);
      expectPageFrames(chart, pages);
      for (const [i, page] of pages.entries()) {
        expect([page.unit, page.series]).toEqual([chart.unit, chart.series]);
        // Its alt text names the figures this slide draws, then the whole chart's summary.
        expect(page.summary.startsWith(`Slide ${i + 1} of ${count} draws `)).toBe(true);
        expect(page.summary.endsWith(`The whole chart: ${chart.summary}`)).toBe(true);
        for (const row of figureRows(page)) expect(page.summary).toContain(row.label);
      }
    }
  });

  it("shares the whole chart's value axis, above every figure's high end", () => {
    const highest = Math.max(...figures.map((row) => getBounds(row.figure.value).high));
    for (const { count, pages } of splits) {
      for (const page of pages) {
        expect(page.axisMax, `${count}`).toBe(getAxisMax(chart.rows));
        expect(page.axisMax, `${count}`).toBeGreaterThanOrEqual(highest);
      }
    }
  });

  it('keeps an axis fixed from outside', () => {
    for (const page of splitRowPages({ ...chart, axisMax: 123_456 }, 2) ?? []) {
      expect(page.axisMax).toBe(123_456);
    }
  });

  it('lists on each page exactly the sources of the figures it draws', () => {
    for (const { count, pages } of splits) {
      for (const page of pages) {
        const drawn = figureRows(page).map((row) => row.figure);
        expect(page.frame.sources, `${count}`).toEqual(buildSourceEntries(drawn));
        const claimants = new Set(drawn.map((claim) => getSourceLabel(claim.source)));
        expect(page.frame.sources.map((entry) => entry.claimant).sort()).toEqual(
          [...claimants].sort(),
        );
      }
    }
  });

  it('keeps notes about the whole chart on every page, others where their figures are', () => {
    let dropped = 0;
    for (const { count, pages } of splits) {
      for (const page of pages) {
        const ids = new Set(
          figureRows(page).flatMap((row) => [
            row.figure.id,
            ...(row.figure.derivedFrom ?? []).map((part) => part.id),
          ]),
        );
        const expected = chart.frame.notes.filter(
          (note) => !note.about || note.about.some((id) => ids.has(id)),
        );
        expect(page.frame.notes, `${count}`).toEqual(expected);
        for (const note of chart.frame.notes) {
          if (!note.about) expect(page.frame.notes, `${count}`).toContain(note);
        }
        dropped += chart.frame.notes.length - page.frame.notes.length;
      }
      // Every note of the chart is on some page.
      const kept = new Set(pages.flatMap((page) => page.frame.notes));
      expect(
        chart.frame.notes.filter((note) => !kept.has(note)),
        `${count}`,
      ).toEqual([]);
    }
    if (chart.frame.notes.some((note) => note.about)) expect(dropped).toBeGreaterThan(0);
  });

  it('lists on each page the claims its figures draw, parts of derived totals included', () => {
    for (const { count, pages } of splits) {
      for (const page of pages) {
        const drawn = figureRows(page).map((row) => row.figure);
        const ids = new Set(
          drawn.flatMap((claim) => [claim.id, ...(claim.derivedFrom ?? []).map((p) => p.id)]),
        );
        expect(page.claims, `${count}`).toEqual(chart.claims.filter((c) => ids.has(c.id)));
      }
      expect(new Set(pages.flatMap((page) => page.claims)), `${count}`).toEqual(
        new Set(chart.claims),
      );
    }
  });

  it('gives, for any count, that many pages each ending on a figure, or none at all', () => {
    for (let count = 2; count <= figures.length + 2; count++) {
      const pages = splitRowPages(chart, count);
      if (!pages) continue;
      expect(pages, `${count}`).toHaveLength(count);
      for (const page of pages) expect(page.rows.at(-1)?.kind, `${count}`).toBe('figure');
    }
  });

  it('is undefined for one page, none, or more pages than figures', () => {
    expect(splitRowPages(chart, 1)).toBeUndefined();
    expect(splitRowPages(chart, 0)).toBeUndefined();
    expect(splitRowPages(chart, figures.length + 1)).toBeUndefined();
    expect(splitRowPages(chart, figures.length + 5)).toBeUndefined();
  });

  it('gives the same pages every time', () => {
    for (const { count, pages } of splits) expect(splitRowPages(chart, count)).toEqual(pages);
  });
});

describe('splitRowPages, where it cuts', () => {
  it('splits the casualties chart before its second group, or carries the first over', () => {
    const chart = buildCasualtiesChart(model);
    if (!chart) throw new Error('no casualties chart');
    const comparable = 'Casualties (killed and wounded): comparable';
    const pages = plain(splitRowPages(chart, 3));
    expect(pages?.map((page) => page.frame.title)).toEqual(
      [1, 2, 3].map((i) => `${plain(chart.frame.title)} (${i} of 3)`),
    );
    expect(outline(pages)).toEqual([
      [
        `# ${comparable}`,
        'UK Defence Intelligence',
        'South Korea NIS',
        'Zelensky',
        'Ukraine HUR (Budanov)',
      ],
      [
        `# ${comparable} (continued)`,
        'South Korea JCS',
        'US intelligence',
        'US Pentagon',
        'White House NSC (Kirby)',
      ],
      [
        '# Not comparable with those totals',
        'Western officials (BBC)',
        'South Korea JCS',
        'Western officials (BBC)',
        'White House NSC (Kirby)',
      ],
    ]);
    // The notes about the figures set apart go with them; the unverified figure's with it.
    const notes = pages?.map((page) => page.frame.notes.map((note) => note.text));
    expect(notes?.[0]?.some((note) => note.startsWith('Unverified'))).toBe(false);
    expect(notes?.[1]?.some((note) => note.startsWith('Unverified'))).toBe(true);
    expect(notes?.[2]?.filter((note) => note.includes('Western officials (BBC)'))).toHaveLength(2);
    expect(notes?.[0]?.some((note) => note.includes('Western officials (BBC)'))).toBe(false);
  });

  it('moves a cut to a heading within a third of a page, rather than carry a group over', () => {
    // Twelve rows on two pages: the even cut falls after row 6, the heading is row 8.
    const chart = makeRowChart(spell('#one a b c d e f #two g h i j'));
    expect(outline(splitRowPages(chart, 2))).toEqual([
      ['# one', 'A', 'B', 'C', 'D', 'E', 'F'],
      ['# two', 'G', 'H', 'I', 'J'],
    ]);
  });

  it('cuts at the even share when asked to, heading or not', () => {
    const chart = makeRowChart(spell('#one a b c d e f #two g h i j'));
    expect(outline(splitRowPages(chart, 2, true))).toEqual([
      ['# one', 'A', 'B', 'C', 'D', 'E'],
      ['# one (continued)', 'F', '# two', 'G', 'H', 'I', 'J'],
    ]);
    // The forces chart: 29 rows as 10, 9 and 10, where breaking at headings gives 8, 11 and 10.
    const forces = buildForcesChart(model);
    const sizes = splitRowPages(forces ?? makeRowChart([]), 3, true)?.map((page) =>
      page.rows.filter((row) => !row.key.endsWith('-continued')),
    );
    expect(sizes?.map((rows) => rows.length)).toEqual([10, 9, 10]);
  });

  it('carries a group over where no heading is near the even cut', () => {
    const chart = makeRowChart(spell('#one a b c d e f g h i j #two k'));
    expect(outline(splitRowPages(chart, 2))).toEqual([
      ['# one', 'A', 'B', 'C', 'D', 'E', 'F'],
      ['# one (continued)', 'G', 'H', 'I', 'J', '# two', 'K'],
    ]);
  });

  it('cuts before a heading that would end a page, headings that follow each other too', () => {
    expect(outline(splitRowPages(makeRowChart(spell('#one a #two b c')), 2))).toEqual([
      ['# one', 'A'],
      ['# two', 'B', 'C'],
    ]);
    expect(outline(splitRowPages(makeRowChart(spell('#one a b #two #three c d e')), 2))).toEqual([
      ['# one', 'A', 'B'],
      ['# two', '# three', 'C', 'D', 'E'],
    ]); // Three headings in a row at the cut: the page ends on the figure before them.
    const run = makeRowChart(spell('#one a b #x #y #z c d e f'));
    for (const page of outline(splitRowPages(run, 2)) ?? []) {
      expect(page.at(-1)?.startsWith('#')).toBe(false);
    }
  });

  it('gives each page a figure where groups hold one each', () => {
    const chart = makeRowChart(spell('#one a #two b #three c #four d #five e #six f'));
    expect(outline(splitRowPages(chart, 6))).toEqual([
      ['# one', 'A'],
      ['# two', 'B'],
      ['# three', 'C'],
      ['# four', 'D'],
      ['# five', 'E'],
      ['# six', 'F'],
    ]);
    expect(
      outline(splitRowPages(chart, 5))
        ?.flat()
        .filter((row) => row.startsWith('#')),
    ).toEqual(['# one', '# two', '# three', '# four', '# five', '# six']);
  });

  it('splits rows under no heading without adding one', () => {
    expect(outline(splitRowPages(makeRowChart(spell('a b c d')), 2))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(outline(splitRowPages(makeRowChart(spell('a b c d')), 4))).toEqual([
      ['A'],
      ['B'],
      ['C'],
      ['D'],
    ]);
  });

  it('puts one figure on each page where there are as many pages as figures', () => {
    const chart = makeRowChart(spell('#one a b c d e f g h'));
    const pages = splitRowPages(chart, 8);
    expect(pages?.map((page) => figureRows(page).length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(pages?.slice(1).map((page) => page.rows[0]?.kind === 'heading')).toEqual(
      Array.from({ length: 7 }, () => true),
    );
    expect(splitRowPages(chart, 9)).toBeUndefined();
  });
});

describe('splitRowPages with a briefer\u2019s callout and highlight', () => {
  const chart = buildCasualtiesChart(model);
  if (!chart) throw new Error('no casualties chart');
  const annotated: RowChartModel = {
    ...chart,
    annotation: { claimId: 'us-intelligence-casualties-2025-01', text: 'A month of fighting only' },
    highlight: ['us-intelligence', 'uk-di'],
  };
  const draws = (page: RowChartModel, id: string) =>
    figureRows(page).some(
      (row) => row.figure.id === id || row.segments.some((segment) => segment.claim.id === id),
    );

  it('keeps the callout on the one page that draws its figure, the highlight on every page', () => {
    for (const count of [2, 3, 4]) {
      const pages = splitRowPages(annotated, count) ?? [];
      expect(pages, `${count}`).toHaveLength(count);
      expect(
        pages.map((page) => page.annotation !== undefined),
        `${count}`,
      ).toEqual(pages.map((page) => draws(page, 'us-intelligence-casualties-2025-01')));
      expect(pages.filter((page) => page.annotation)).toHaveLength(1);
      for (const page of pages) expect(page.highlight).toEqual(['us-intelligence', 'uk-di']);
    }
  });

  it('keeps a callout on a part where the part\u2019s segment is drawn', () => {
    const split = figureRows(chart).find((row) => row.segments.length > 1);
    const part = split?.segments[1]?.claim.id;
    if (!part) throw new Error('no split bar');
    const pages = splitRowPages({ ...chart, annotation: { claimId: part, text: 'Wounded' } }, 3);
    expect(pages?.map((page) => page.annotation?.claimId)).toEqual(
      pages?.map((page) => (draws(page, part) ? part : undefined)),
    );
  });

  it('keeps a callout on a figure no page draws on none', () => {
    const pages = splitRowPages({ ...chart, annotation: { claimId: 'gone', text: 'Stale' } }, 2);
    expect(pages?.map((page) => page.annotation)).toEqual([undefined, undefined]);
  });
});
