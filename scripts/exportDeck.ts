// The deck part of `npm run export`: `--briefing ID|FILE` or `--slide LINK` (repeatable) with
// `--format pptx,pdf`. The briefing is read and checked here with the app's own reader, so a
// refused file is reported, every problem as `path: message`, before a browser starts; the
// deck is then written by the app itself (Briefing panel: open the file, Download), as a person
// would, so the CLI's decks are the app's.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fingerprintDataset } from '../src/data/fingerprintDataset';
import type { Dataset } from '../src/data/schema/datasetSchema';
import { deckFormatIds, deckFormats, type DeckFormat } from '../src/export/deck/deckFormats';
import { assignSlideKeys } from '../src/state/briefing/assignSlideKeys';
import { briefingLimits, type BriefingFile } from '../src/state/briefing/briefing';
import { shortenText } from '../src/data/schema/countCharacters';
import { BriefingError } from '../src/state/briefing/BriefingError';
import { matchBriefingDataset } from '../src/state/briefing/checkBriefingDataset';
import { checkSlideLink } from '../src/state/briefing/checkSlideLink';
import { makeBriefingFromShipped } from '../src/state/briefing/makeBriefingFromShipped';
import { readBriefingText } from '../src/state/briefing/readBriefingText';
import { writeBriefingJson } from '../src/state/briefing/writeBriefingJson';

export type Fail = (message: string, code?: number) => never;

/** `pptx,pdf` as deck formats, or a plain message naming what is not one. */
export function readDeckFormats(given: string, fail: Fail): DeckFormat[] {
  const names = given === 'all' ? [...deckFormatIds] : given.split(',').map((f) => f.trim());
  const formats = deckFormatIds.filter((id) => names.includes(id));
  const unknown = names.filter((name) => !deckFormatIds.some((id) => id === name));
  if (unknown.length || !formats.length) {
    fail(
      `with --briefing or --slide, --format is a deck format: ${deckFormatIds.join(', ')} or a list such as pptx,pdf (got "${given}")`,
    );
  }
  return formats;
}

/**
 * The briefing to write: a `briefing/v1` file, a briefing the dataset ships (by id), or one made
 * of view links (`--slide`, as Copy link gives them), each checked as the app checks them.
 */
export async function prepareBriefing(
  dataset: Dataset,
  given: { briefing?: string | undefined; slides: readonly string[]; title?: string | undefined },
  fail: Fail,
): Promise<BriefingFile> {
  const fingerprint = await fingerprintDataset(dataset);
  const ref = { id: dataset.id, fingerprint, title: dataset.title };
  if (given.slides.length) {
    const problems = given.slides.flatMap((link, i) =>
      checkSlideLink(link).map((p) => `--slide ${i + 1} (${link}): ${p}`),
    );
    if (problems.length) fail(`The slides were refused:\n  ${problems.join('\n  ')}`, 1);
    const title = given.title ?? shortenText(`Briefing: ${dataset.title}`, briefingLimits.title);
    return {
      briefing: { title, slides: assignSlideKeys(given.slides.map((link) => ({ link }))) },
      dataset: ref,
    };
  }
  const name = given.briefing ?? '';
  const shipped = dataset.briefings?.find((b) => b.id === name);
  if (shipped) {
    const briefing = {
      ...makeBriefingFromShipped(shipped),
      ...(given.title ? { title: given.title } : {}),
    };
    return { briefing, dataset: ref };
  }
  if (!existsSync(name)) {
    const ids = dataset.briefings?.map((b) => b.id).join(', ');
    fail(
      `--briefing ${name}: no such file, and the dataset ships no briefing of that id${ids ? ` (it ships ${ids})` : ''}`,
      1,
    );
  }
  try {
    const file = readBriefingText(readFileSync(name, 'utf8'), name);
    const match = matchBriefingDataset(file.dataset, dataset, fingerprint);
    if (match.status === 'other-dataset') fail(match.message, 1);
    if (match.status === 'other-version') console.warn(`export: ${match.notice}`);
    return given.title ? { ...file, briefing: { ...file.briefing, title: given.title } } : file;
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    fail(`The briefing was refused: ${error.message.replace(/\n/g, '\n  ')}`, 1);
  }
}

/**
 * Opens the briefing in the app's Briefing panel and downloads each deck format, saving the
 * files in `out`. Returns the names saved.
 */
export async function writeDecks(
  page: Page,
  url: string,
  file: BriefingFile,
  formats: readonly DeckFormat[],
  out: string,
  fail: Fail,
): Promise<string[]> {
  await page.goto(url);
  const refused = page.getByRole('alert');
  await page.getByRole('main').or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.count()) fail(await refused.innerText(), 1);
  await page.getByRole('button', { name: /^Briefing: / }).click();
  const panel = page.getByRole('region', { name: 'Briefing' });
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-briefing-'));
  try {
    const path = join(dir, 'briefing.json');
    writeFileSync(path, writeBriefingJson(file));
    await panel.getByLabel('Open a briefing file').setInputFiles(path);
    // The briefing's status line (under the panel) says it was opened; a refusal is an alert.
    const opened = page.getByRole('status').filter({ hasText: /^Opened / });
    await opened.or(panel.getByRole('alert')).first().waitFor();
    if (await panel.getByRole('alert').count()) fail(await panel.getByRole('alert').innerText(), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const saved: string[] = [];
  for (const format of formats) {
    const failed = panel.getByText(/^The deck could not be written/);
    const arrived = page.waitForEvent('download', { timeout: 180_000 });
    const name = `Download ${deckFormats[format].extension.toUpperCase()}`;
    await panel.getByRole('button', { name }).click();
    // The deck, or the panel's word that it could not be written: whichever comes first.
    const outcome = await Promise.race([
      arrived,
      failed.waitFor({ timeout: 180_000 }).then(() => undefined),
    ]);
    if (!outcome) fail(await failed.innerText(), 1);
    const target = join(out, outcome.suggestedFilename());
    await outcome.saveAs(target);
    saved.push(target);
  }
  return saved;
}
