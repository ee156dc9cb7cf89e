import { fingerprintDataset } from '../../data/fingerprintDataset';
import type { Dataset } from '../../data/schema/datasetSchema';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { stripIsolates } from '../../domain/format/isolate';
import type { Briefing } from '../../state/briefing/briefing';
import { toSlug } from '../../domain/format/toSlug';
import { rasterizeSvg } from '../rasterizeSvg';
import type { DeckInput, DeckPage } from './deckInput';
import { deckFormats, type DeckFormat } from './deckFormats';
import { collectDeckCitations, describeSpeakerNotes } from './describeSpeakerNotes';
import { drawBriefingSlides } from './drawBriefingSlides';
import type { SvgPage } from '../drawSvgDocument';

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
  { now = new Date(), datasetPath }: { now?: Date; datasetPath?: string | undefined } = {},
): Promise<{ blob: Blob; fileName: string; slides: number; skipped: readonly string[] }> {
  const entry = deckFormats[format];
  const writer = entry.load();
  // Caught here too, so that a failed load is said once, by the await below, not also unhandled.
  writer.catch(() => undefined);
  const input = await buildDeckInput(dataset, briefing, now, datasetPath);
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
  datasetPath?: string,
): Promise<{ deck: DeckInput; skipped: string[] }> {
  const model = prepareDataset(dataset);
  // Each page's PNG is encoded as soon as its slide is drawn, while the next slides are: the
  // browser encodes off the main thread, so the two overlap instead of adding up.
  const pictures = new Map<string, Promise<DeckPage>[]>();
  const drawn = await drawBriefingSlides(model, dataset, briefing, {
    now,
    datasetPath,
    onDrawn: (slide) => {
      const pages = slide.pages.map(drawDeckPage);
      // Awaited below; caught here so that one failed picture is not also an unhandled rejection.
      for (const page of pages) page.catch(() => undefined);
      pictures.set(slide.key, pages);
    },
  });
  const finished = await Promise.all(
    drawn.flatMap(({ key, name, link, chart }) => {
      if (!chart) return [];
      const pages = Promise.all(pictures.get(key) ?? []);
      return [
        pages.then((done) => ({ name, notes: describeSpeakerNotes(chart, link), pages: done })),
      ];
    }),
  );
  const charts = drawn.flatMap((slide) => (slide.chart ? [slide.chart] : []));
  return {
    deck: {
      title: briefing.title,
      datasetTitle: stripIsolates(dataset.title),
      datasetUpdated: formatCalendarDate(model.updated),
      fingerprint: await fingerprintDataset(dataset),
      exportedAt: now,
      slides: finished,
      citations: collectDeckCitations(charts),
    },
    skipped: drawn.filter((slide) => !slide.chart).map((slide) => slide.name),
  };
}

/** A slide's page as the deck holds it: its SVG, and its PNG at the deck's density. */
async function drawDeckPage(page: SvgPage): Promise<DeckPage> {
  const png = await rasterizeSvg(page.svg, page.size, deckDensity);
  return {
    title: page.title,
    svg: page.svg,
    png: new Uint8Array(await png.arrayBuffer()),
    width: page.size.width,
    height: page.size.height,
    alt: page.alt,
  };
}
