import type { Citation, Dataset, Estimate, Metric, Source } from '../../data/schema/datasetSchema';

/**
 * A valid format-v1 dataset of `count` estimates, the same for the same `count` and `seed`:
 * a war's worth of figures for the benchmark and for tests at scale. Claimants grow with the
 * square root of the count (20 at 100 estimates, 632 at 100,000) and a few of them say most,
 * as in real reporting; dates run from February 2022 to October 2026 at day, month or year
 * precision; about one figure in six is a range and one in ten a floor.
 */
export function generateLargeDataset(count: number, seed = 1): Dataset {
  const random = makeRandom(seed);
  const sources = Array.from({ length: Math.max(12, Math.round(2 * Math.sqrt(count))) }, (_, i) =>
    makeSource(i, random),
  );
  const citations = Array.from({ length: Math.max(10, Math.ceil(count / 3)) }, (_, i) =>
    makeCitation(i, random),
  );
  const estimates = Array.from({ length: count }, (_, i): Estimate => {
    const metric = pick(metrics, random);
    const source = sources[skewedIndex(sources.length, random)] ?? sources[0];
    const citation = citations[Math.floor(random() * citations.length)] ?? citations[0];
    if (!source || !citation) throw new Error('generateLargeDataset: empty lists');
    const day = Math.floor(random() * spanDays);
    return {
      id: `estimate-${String(i)}`,
      metric: metric.id,
      source: source.id,
      value: makeValue(scales[metric.id] ?? 1000, day, random),
      asOf: formatDay(day, random),
      citations: [citation.id],
      ...(random() < 0.3 ? { credibility: 1 + Math.floor(random() * 6) } : {}),
      ...(random() < 0.2 ? { note: `Generated figure ${String(i)}, for measuring at scale.` } : {}),
    };
  });
  return {
    format: 'estimates/v1',
    id: `generated-${String(count)}`,
    title: `Generated dataset of ${count.toLocaleString('en-GB')} estimates`,
    description:
      'Invented figures from invented claimants, generated to measure Crosscheck at scale.',
    updated: '2026-11-01',
    metrics,
    sources,
    citations,
    estimates,
  };
}

const metrics: Metric[] = [
  { id: 'killed', label: 'Killed', unit: 'people', kind: 'casualties' },
  { id: 'wounded', label: 'Wounded', unit: 'people', kind: 'casualties' },
  {
    id: 'casualties',
    label: 'Casualties (killed and wounded)',
    unit: 'people',
    kind: 'casualties',
    sumOf: ['killed', 'wounded'],
  },
  { id: 'captured', label: 'Captured', unit: 'people', kind: 'casualties' },
  { id: 'troops-deployed', label: 'Troops deployed', unit: 'people', kind: 'forces' },
  { id: 'troops-in-combat', label: 'Troops in combat', unit: 'people', kind: 'forces' },
  { id: 'artillery', label: 'Artillery guns supplied', unit: 'guns', kind: 'equipment' },
  { id: 'launchers', label: 'Rocket launchers supplied', unit: 'launchers', kind: 'equipment' },
  { id: 'tanks-lost', label: 'Tanks lost', unit: 'tanks', kind: 'equipment' },
  { id: 'shells', label: 'Artillery shells supplied', unit: 'shells', kind: 'munitions' },
  { id: 'missiles', label: 'Ballistic missiles supplied', unit: 'missiles', kind: 'munitions' },
];

/** A typical figure for each metric at the end of the period; earlier figures are smaller. */
const scales: Record<string, number> = {
  killed: 9_000,
  wounded: 25_000,
  casualties: 34_000,
  captured: 400,
  'troops-deployed': 30_000,
  'troops-in-combat': 14_000,
  artillery: 600,
  launchers: 400,
  'tanks-lost': 900,
  shells: 9_000_000,
  missiles: 250,
};

const sourceTypes = ['government', 'intelligence', 'military', 'media', 'ngo', 'academic'] as const;
const countries = ['UA', 'KR', 'US', 'GB', 'RU', 'KP', 'JP', 'DE', 'FR', 'PL'] as const;
const outlets = ['Kyiv Independent', 'Yonhap', 'Reuters', 'BBC', 'NK News', 'Newsweek', 'AP'];

/** 24 February 2022 to 31 October 2026, in days. */
const firstDay = Date.UTC(2022, 1, 24);
const spanDays = Math.round((Date.UTC(2026, 9, 31) - firstDay) / 86_400_000);

function makeSource(i: number, random: () => number): Source {
  return {
    id: `claimant-${String(i)}`,
    name: `Claimant ${String(i)} (${pick(countries, random)})`,
    shortName: `Claimant ${String(i)}`,
    type: pick(sourceTypes, random),
    country: pick(countries, random),
    party: random() < 0.3,
  };
}

function makeCitation(i: number, random: () => number): Citation {
  return {
    id: `citation-${String(i)}`,
    outlet: pick(outlets, random),
    url: `https://news.example.org/story/${String(i)}`,
    published: formatDay(Math.floor(random() * spanDays), () => 0),
  };
}

/** Grows with time (running totals) with ±30 % disagreement; some ranges, floors, bare ranges. */
function makeValue(scale: number, day: number, random: () => number): Estimate['value'] {
  const best = Math.max(
    1,
    Math.round(scale * (0.1 + (0.9 * day) / spanDays) * (0.7 + 0.6 * random())),
  );
  const roll = random();
  if (roll < 0.1) return { best, qualifier: 'at-least' };
  if (roll < 0.22) return { low: Math.round(best * 0.8), best, high: Math.round(best * 1.25) };
  if (roll < 0.27) return { low: Math.round(best * 0.8), high: Math.round(best * 1.25) };
  return { best, qualifier: 'about' };
}

/** A date at day precision mostly, else month or year (the precision the source gave). */
function formatDay(day: number, random: () => number): string {
  const iso = new Date(firstDay + day * 86_400_000).toISOString();
  const roll = random();
  if (roll < 0.8) return iso.slice(0, 10);
  return roll < 0.95 ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Indexes weighted towards the start: a few claimants say most (about Zipf, exponent 1). */
function skewedIndex(length: number, random: () => number): number {
  return Math.min(length - 1, Math.floor(Math.exp(random() * Math.log(length + 1)) - 1));
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

/** mulberry32: small, fast and seedable, so a generated dataset is the same on every run. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
