import { fingerprintDataset } from '../../data/fingerprintDataset';
import type { Dataset } from '../../data/schema/datasetSchema';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { stripIsolates } from '../../domain/format/isolate';
import type { Briefing } from '../../state/briefing/briefing';
import { toSlug } from '../../domain/format/toSlug';
import { rasterizeSvg } from '../rasterizeSvg';
import type { DeckInput } from './deckInput';
import { deckFormats, type DeckFormat } from './deckFormats';
import { collectDeckCitations, describeSpeakerNotes } from './describeSpeakerNotes';
import { drawBriefingSlides } from './drawBriefingSlides';

/** PNG pictures in a deck: 2x a 1920 × 1080 slide, sharp on a 4K projector. */
const deckDensity = 2;

/**
 * A briefing as a deck file in one format: every slide drawn as the slide export draws it, then
 * laid out by the format's writer (loaded now, not before). Slides with no chart in this dataset
 * are left out and named in `skipped`, so a deck is never short of a slide without saying so.
 */
export async function writeBriefingDeck(
  format: DeckFormat,
  dataset: Dataset,
  briefing: Briefing,
  now = new Date(),
): Promise<{ blob: Blob; fileName: string; slides: number; skipped: readonly string[] }> {
  const entry = deckFormats[format];
  const writer = entry.load();
  const input = await buildDeckInput(dataset, briefing, now);
  const bytes = await (await writer)(input.deck);
  const fingerprint = input.deck.fingerprint.slice(0, 6);
  const name = toSlug(briefing.title) || 'briefing';
  const day = now.toISOString().slice(0, 10);
  return {
    blob: new Blob([new Uint8Array(bytes)], { type: entry.mimeType }),
    fileName: `crosscheck-${name}-${day}-${fingerprint}.${entry.extension}`,
    slides: input.deck.slides.reduce((n, slide) => n + slide.pages.length, 0),
    skipped: input.skipped,
  };
}

/** What the deck writers lay out: the slides drawn, as SVG and 2x PNG, with their notes. */
export async function buildDeckInput(
  dataset: Dataset,
  briefing: Briefing,
  now: Date,
): Promise<{ deck: DeckInput; skipped: string[] }> {
  const model = prepareDataset(dataset);
  const drawn = await drawBriefingSlides(model, dataset, briefing, now);
  const slides = [];
  for (const slide of drawn) {
    if (!slide.chart) continue;
    const pages = [];
    for (const page of slide.pages) {
      const png = await rasterizeSvg(page.svg, page.size, deckDensity);
      pages.push({
        title: page.title,
        svg: page.svg,
        png: new Uint8Array(await png.arrayBuffer()),
        width: page.size.width,
        height: page.size.height,
        alt: page.alt,
      });
    }
    slides.push({ name: slide.name, pages, notes: describeSpeakerNotes(slide.chart, slide.link) });
  }
  const charts = drawn.flatMap((slide) => (slide.chart ? [slide.chart] : []));
  return {
    deck: {
      title: briefing.title,
      datasetTitle: stripIsolates(dataset.title),
      datasetUpdated: formatCalendarDate(model.updated),
      fingerprint: await fingerprintDataset(dataset),
      exportedAt: now,
      slides,
      citations: collectDeckCitations(charts),
    },
    skipped: drawn.filter((slide) => !slide.chart).map((slide) => slide.name),
  };
}
