import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { fingerprintDataset } from '../src/data/fingerprintDataset';
import { readDatasetText } from '../src/data/read/readDatasetText';
import { deckFormatIds, deckFormats, type DeckFormat } from '../src/export/deck/deckFormats';
import { assignSlideKeys } from '../src/state/briefing/assignSlideKeys';
import { writeBriefingJson } from '../src/state/briefing/writeBriefingJson';
import { openPage } from './measurePage';

/**
 * Ten slides of the default dataset: its shipped briefing's four, then the rest of its charts,
 * so that one deck draws every kind of chart, split slides included.
 */
const links = [
  '?view=casualties&to=2025-01',
  '?view=casualties',
  '?view=forces&metrics=troops-sent',
  '?view=equipment&chart=equipment-systems',
  '?view=compare',
  '?view=over-time',
  '?view=forces',
  '?view=equipment&chart=equipment-missiles',
  '?view=equipment&chart=equipment-shells',
  '?view=equipment&chart=equipment-containers',
];

export interface DeckRun {
  readonly slides: number;
  /** Per format, ms from the click on Download to the file saved: first (loads code), then warm. */
  readonly times: Readonly<Record<DeckFormat, readonly number[]>>;
}

/** Writes the ten-slide deck `runs` times in each format, through the Briefing panel. */
export async function measureDeckExport(
  browser: Browser,
  url: string,
  datasetFile: string,
  runs: number,
): Promise<DeckRun> {
  const dataset = readDatasetText(readFileSync(datasetFile, 'utf8'), datasetFile);
  const file = {
    briefing: {
      title: 'Benchmark: ten slides',
      slides: assignSlideKeys(links.map((link) => ({ link }))),
    },
    dataset: { id: dataset.id, fingerprint: await fingerprintDataset(dataset) },
  };
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-deck-'));
  const path = join(dir, 'ten.briefing.json');
  writeFileSync(path, writeBriefingJson(file));
  const { context, page } = await openPage(browser);
  try {
    await page.goto(url);
    // The page arrives baked: its buttons answer once the app has taken it over.
    await page.getByRole('button', { name: 'Datasets', disabled: false }).waitFor();
    await page.getByRole('button', { name: /^Briefing: / }).click();
    const panel = page.getByRole('region', { name: 'Briefing' });
    await panel.getByLabel('Open a briefing file').setInputFiles(path);
    await panel
      .getByRole('list', { name: 'Slides' })
      .getByRole('listitem')
      .nth(links.length - 1)
      .waitFor();
    const times = { pptx: [] as number[], pdf: [] as number[] };
    for (let run = 0; run < runs; run += 1) {
      for (const format of deckFormatIds) {
        const start = Date.now();
        const download = page.waitForEvent('download', { timeout: 120_000 });
        const name = `Download ${deckFormats[format].extension.toUpperCase()}`;
        await panel.getByRole('button', { name }).click();
        await (await download).path();
        times[format].push(Date.now() - start);
      }
    }
    return { slides: links.length, times };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
