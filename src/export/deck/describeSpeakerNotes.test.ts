import { describe, expect, it } from 'vitest';
import { applyChartEdits } from '../../domain/charts/applyChartEdits';
import { buildFrameText } from '../../domain/charts/buildFrameText';
import { totalSeries, type ChartModel, type RowChartModel } from '../../domain/charts/chartModel';
import type { Claim } from '../../domain/claims/claim';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { isolate } from '../../domain/format/isolate';
import { buildCasualtiesView } from '../../domain/views/buildCasualtiesView';
import { buildEquipmentView } from '../../domain/views/buildEquipmentView';
import { buildForcesView } from '../../domain/views/buildForcesView';
import { buildOverTimeView } from '../../domain/views/buildOverTimeView';
import { makeClaim, makeModel } from '../../testing/factories/makeClaim';
import { makeCitation, makeMetric, makeSource } from '../../testing/factories/makeDataset';
import { fixtureUrl, loadDataset, loadDefaultModel } from '../../testing/loadJson';
import {
  collectDeckCitations,
  describeSpeakerNotes,
  listClaimCitations,
} from './describeSpeakerNotes';

const isolates = /[\u2066-\u2069]/;
const model = loadDefaultModel();

function firstChart(charts: readonly ChartModel[]): ChartModel {
  const chart = charts[0];
  if (!chart) throw new Error('the view has no chart');
  return chart;
}

const casualties = firstChart(buildCasualtiesView(model, { mode: 'latest' }).charts);

/** A chart drawing `claims`, one row each, as the deck gets it. */
function makeChart(claims: readonly Claim[], title = 'Killed by claimant'): RowChartModel {
  return {
    kind: 'rows',
    id: 'factory-chart',
    unit: 'people',
    series: [{ key: totalSeries, label: 'Total' }],
    rows: [],
    claims,
    summary: 'Figures.',
    frame: buildFrameText(makeModel(), claims, { title, subtitle: 'In people.', notes: [] }),
  };
}

const herald = makeCitation({
  id: 'herald',
  outlet: isolate('The Herald'),
  title: isolate('Losses mount'),
  url: 'https://example.org/herald',
  published: '2025-01-10',
});
const wire = makeCitation({ id: 'wire', outlet: isolate('Wire Service'), published: '2025-02' });
const bare = makeCitation({ id: 'bare', outlet: isolate('Bulletin'), published: '2025' });
delete (bare as { url?: string }).url;

const alpha = makeSource({
  id: 'alpha',
  name: isolate('Alpha Agency'),
  shortName: isolate('Alpha'),
});
const beta = makeSource({ id: 'beta', name: isolate('Beta Ministry') });

const killed = makeClaim({
  id: 'alpha-killed',
  source: alpha,
  value: { best: 300, qualifier: 'about' },
  asOf: '2025-01-10',
  citations: [herald],
});
const wounded = makeClaim({
  id: 'alpha-wounded',
  source: alpha,
  metric: makeMetric({ id: 'wounded', label: isolate('Wounded') }),
  value: { best: 2700, qualifier: 'more-than' },
  asOf: '2025-01-10',
  citations: [wire, herald],
});
const total = makeClaim({
  id: 'derived:casualties:alpha:alpha@2025-01-10',
  source: alpha,
  metric: makeMetric({ id: 'casualties', label: isolate('Casualties') }),
  value: { best: 3000, qualifier: 'about' },
  asOf: '2025-01-10',
  citations: [],
  derivedFrom: [killed, wounded],
});
const weekly = makeClaim({
  id: 'beta-week',
  source: beta,
  value: { low: 100, high: 200 },
  asOf: '2025-02-07',
  statedOn: '2025-02-09',
  period: { from: '2025-02-01', to: '2025-02-07' },
  citations: [bare, wire],
});

describe('describeSpeakerNotes', () => {
  it('names the chart and its link, then one line per figure drawn', () => {
    const notes = describeSpeakerNotes(makeChart([killed, weekly]), '?view=compare&chart=x');
    expect(notes).toEqual([
      'Killed by claimant. In people.',
      'View: ?view=compare&chart=x',
      'Figures drawn:',
      '\u2022 Alpha, as of 10 Jan 2025: about 300 killed. Sources: The Herald, \u201cLosses mount\u201d, 10 Jan 2025, https://example.org/herald.',
      '\u2022 Beta Ministry, counting 1\u20137 Feb 2025, stated 9 Feb 2025: about 100\u2013200 killed. Sources: Bulletin, 2025; Wire Service, Feb 2025, https://example.org/herald/2025-01-10.',
    ]);
  });

  it('lists a derived total’s parts and their citations, each once', () => {
    const [, , , line] = describeSpeakerNotes(makeChart([total]), '?');
    expect(line).toBe(
      '\u2022 Alpha, as of 10 Jan 2025: about 3,000 casualties (derived: about 300 killed + more than 2,700 wounded). ' +
        'Sources: The Herald, \u201cLosses mount\u201d, 10 Jan 2025, https://example.org/herald; ' +
        'Wire Service, Feb 2025, https://example.org/herald/2025-01-10.',
    );
  });

  it('writes no isolate characters, though every name it quotes has them', () => {
    const notes = describeSpeakerNotes(makeChart([killed, total, weekly], isolate('Mine')), '?');
    expect(notes.join('\n')).not.toMatch(isolates);
    expect(notes[0]).toBe('Mine. In people.');
  });

  describe('on the casualties chart of the default dataset', () => {
    const notes = describeSpeakerNotes(casualties, '?view=casualties');
    const lines = notes.slice(3);

    it('has a line for each figure drawn, in the chart’s order', () => {
      expect(notes.slice(0, 3)).toEqual([
        "Casualties (killed and wounded) by claimant. Each claimant's latest figure, in people. Bars split where the parts were given.",
        'View: ?view=casualties',
        'Figures drawn:',
      ]);
      expect(lines).toHaveLength(casualties.claims.length);
      expect(lines.every((line) => line.startsWith('\u2022 '))).toBe(true);
      expect(lines.map((line) => line.split(',')[0])).toEqual([
        '\u2022 UK Defence Intelligence',
        '\u2022 South Korea NIS',
        '\u2022 Zelensky',
        '\u2022 Ukraine HUR (Budanov)',
        '\u2022 South Korea JCS',
        '\u2022 US intelligence',
        '\u2022 US Pentagon',
        '\u2022 White House NSC (Kirby)',
        '\u2022 Western officials (BBC)',
        '\u2022 South Korea JCS',
        '\u2022 Western officials (BBC)',
        '\u2022 White House NSC (Kirby)',
      ]);
    });

    it('gives the qualifier, the dates, the outlets and their URLs', () => {
      expect(lines).toContain(
        '\u2022 UK Defence Intelligence, as of 15 Jun 2025: more than 6,000 casualties (killed and wounded). ' +
          'Sources: MENAFN, citing Bloomberg, 16 Jun 2025, ' +
          'https://menafn.com/1109677808/UK-Intelligence-Estimates-6000-North-Korean-Casualties-In-Kursk.',
      );
      expect(lines).toContain(
        '\u2022 Western officials (BBC), as of Jan 2025, stated 22 Jan 2025: about 1,000 killed. ' +
          'Sources: KBS World, citing the BBC, Jan 2025, ' +
          'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190523.',
      );
      expect(lines.some((l) => l.includes(': about 4,000 casualties (killed and wounded).'))).toBe(
        true,
      );
    });

    it('gives a figure for a period as the window it counts', () => {
      expect(lines).toContain(
        '\u2022 White House NSC (Kirby), counting 20\u201327 Dec 2024: more than 1,000 casualties (killed and wounded). ' +
          'Sources: The Kyiv Independent, Dec 2024, ' +
          'https://kyivindependent.com/north-korean-troops-endure-mass-casualties-in-russias-war-against-ukraine-john-kirby-says.',
      );
    });

    it('says the words a vague figure was stated in, and an outlet without a URL', () => {
      expect(lines).toContain(
        '\u2022 White House NSC (Kirby), as of 16 Dec 2024: at least 12 casualties (killed and wounded) ' +
          '(stated as \u201cseveral dozen\u201d). Sources: The Korea Herald, 18 Dec 2024.',
      );
    });

    it('lists the parts of South Korea NIS’s derived total with both parts’ sources', () => {
      expect(lines[1]).toBe(
        '\u2022 South Korea NIS, as of 30 Apr 2025: about 4,700 casualties (killed and wounded) ' +
          '(derived: about 600 killed + about 4,100 wounded). ' +
          'Sources: Upday, 30 Apr 2025, https://www.upday.com/uk/about-4-700-north-korea-soldiers-killed-or-wounded-fighting-for-russia; ' +
          'KBS World, Apr 2025, https://world.kbs.co.kr/service/news_view.htm?Seq_Code=192744&lang=e.',
      );
    });

    it('names the briefer’s title on an edited chart', () => {
      const edited = applyChartEdits(casualties, { title: 'Estimates diverge' }).chart;
      expect(describeSpeakerNotes(edited, '?')[0]).toBe(
        "Estimates diverge. Each claimant's latest figure, in people. Bars split where the parts were given.",
      );
    });
  });

  it.each([
    ['the default dataset', model],
    [
      'a dataset of right-to-left names and overrides',
      prepareDataset(loadDataset(fixtureUrl('bidi.json'))),
    ],
    ['a dataset of hostile strings', prepareDataset(loadDataset(fixtureUrl('hostile.json')))],
  ])('writes no isolate characters for any chart of %s', (_name, dataset) => {
    const charts = [
      ...buildCasualtiesView(dataset, { mode: 'all' }).charts,
      ...buildOverTimeView(dataset, { mode: 'all' }).charts,
      ...buildForcesView(dataset, { mode: 'all' }).charts,
      ...buildEquipmentView(dataset, { mode: 'all' }).charts,
    ];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const notes = describeSpeakerNotes(chart, '?view=compare');
      expect(notes).toHaveLength(chart.claims.length + 3);
      expect(notes.join('\n')).not.toMatch(isolates);
      expect(JSON.stringify(collectDeckCitations([chart]))).not.toMatch(isolates);
    }
  });

  it('keeps a right-to-left name whole', () => {
    const bidi = prepareDataset(loadDataset(fixtureUrl('bidi.json')));
    const notes = describeSpeakerNotes(
      firstChart(buildCasualtiesView(bidi, { mode: 'latest' }).charts),
      '?',
    );
    expect(notes).toContain(
      '\u2022 \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639, as of 20 May 2022: about 450 casualties. ' +
        'Sources: \u0627\u0644\u0635\u062d\u064a\u0641\u0629 \u0627\u0644\u064a\u0648\u0645\u064a\u0629, 20 May 2022, https://example.org/daily/2022-05-20.',
    );
  });
});

describe('listClaimCitations', () => {
  it('gives a stated figure’s citations', () => {
    expect(listClaimCitations(weekly).map((c) => c.id)).toEqual(['bare', 'wire']);
  });

  it('gives a derived total’s parts’ citations, once each, in order', () => {
    expect(listClaimCitations(total).map((c) => c.id)).toEqual(['herald', 'wire']);
  });
});

describe('collectDeckCitations', () => {
  it('lists each citation once, by id, in order of first use across charts', () => {
    const first = makeChart([weekly]);
    const second = makeChart([killed, total]);
    expect(collectDeckCitations([first, second])).toEqual([
      { outlet: 'Bulletin', date: '2025' },
      { outlet: 'Wire Service', date: 'Feb 2025', url: 'https://example.org/herald/2025-01-10' },
      {
        outlet: 'The Herald',
        title: 'Losses mount',
        date: '10 Jan 2025',
        url: 'https://example.org/herald',
      },
    ]);
    expect(collectDeckCitations([second, first]).map((c) => c.outlet)).toEqual([
      'The Herald',
      'Wire Service',
      'Bulletin',
    ]);
  });

  it('keeps two citations of one outlet apart: they are told apart by id', () => {
    const other = makeCitation({
      id: 'herald-2',
      outlet: isolate('The Herald'),
      published: '2025-03-01',
    });
    const later = makeClaim({ id: 'later', source: beta, citations: [other] });
    const list = collectDeckCitations([makeChart([killed, later])]);
    expect(list.map((c) => [c.outlet, c.date])).toEqual([
      ['The Herald', '10 Jan 2025'],
      ['The Herald', '1 Mar 2025'],
    ]);
  });

  it('gives nothing for no charts', () => {
    expect(collectDeckCitations([])).toEqual([]);
    expect(collectDeckCitations([makeChart([])])).toEqual([]);
  });

  it('lists every citation of the default casualties chart once, with its URL', () => {
    const list = collectDeckCitations([casualties, casualties]);
    const ids = casualties.claims.flatMap((claim) => listClaimCitations(claim).map((c) => c.id));
    expect(list).toHaveLength(new Set(ids).size);
    expect(list.slice(0, 3)).toEqual([
      {
        outlet: 'MENAFN, citing Bloomberg',
        date: '16 Jun 2025',
        url: 'https://menafn.com/1109677808/UK-Intelligence-Estimates-6000-North-Korean-Casualties-In-Kursk',
      },
      {
        outlet: 'Upday',
        date: '30 Apr 2025',
        url: 'https://www.upday.com/uk/about-4-700-north-korea-soldiers-killed-or-wounded-fighting-for-russia',
      },
      {
        outlet: 'KBS World',
        date: 'Apr 2025',
        url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=192744&lang=e',
      },
    ]);
    expect(list.filter((c) => c.outlet === 'Newsweek')).toHaveLength(1);
    expect(list.filter((c) => c.outlet === 'Korea JoongAng Daily')).toHaveLength(2);
    expect(list).toContainEqual({ outlet: 'The Korea Herald', date: '18 Dec 2024' });
  });
});
