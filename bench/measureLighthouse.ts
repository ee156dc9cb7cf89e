import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findChromium } from '../scripts/findChromium.mjs';

/** One page's Lighthouse performance figures: score 0-1, times in ms, CLS unitless. */
export interface LighthouseFigures {
  readonly score: number;
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
}

export interface LighthouseResult extends LighthouseFigures {
  /** Every run's figures, in order; the result is each figure's median. */
  readonly runs: readonly LighthouseFigures[];
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Lighthouse's performance audit with its mobile defaults (a mid-range phone's screen, a slow 4G
 * network and a CPU 4x slower, simulated), `runs` times per page in a fresh Chromium each time
 * (nothing cached), as the web's tools measure a page. Lighthouse 12 (13 needs Node 22).
 */
export async function measureLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const all: LighthouseFigures[] = [];
  for (let run = 0; run < runs; run += 1) all.push(await runOnce(url));
  const pick = (get: (figures: LighthouseFigures) => number) => median(all.map(get));
  return {
    score: pick((f) => f.score),
    fcp: pick((f) => f.fcp),
    lcp: pick((f) => f.lcp),
    tbt: pick((f) => f.tbt),
    cls: pick((f) => f.cls),
    runs: all,
  };
}

async function runOnce(url: string): Promise<LighthouseFigures> {
  const chromePath = findChromium();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: lhr.categories.performance?.score ?? 0,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}
