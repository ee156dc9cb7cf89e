import PptxGenJS from 'pptxgenjs';
import { measureText } from '../../lib/measureText';
import type { DeckPage, DeckWriter } from './deckInput';
import { deckLayout, toInches } from './deckLayout';
import { layoutSourcePages, type SourcePage } from './layoutSourcePages';
import { layoutTitleSlide } from './layoutTitleSlide';
import { repackPptx } from './repackPptx';
import { measureBlockHeight, type TextBlock } from './textBlock';

type Slide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;

/**
 * A briefing as a PowerPoint deck, 16:9 (13.333 × 7.5 in): a title slide, one slide per page of
 * each briefing slide (its picture filling the slide, its alt text and speaker notes set), and
 * the sources at the end with their links. Frame text is set in Inter, which PowerPoint replaces
 * with a sans-serif where Inter is not installed.
 *
 * Each chart is the PNG only, not also the SVG: PowerPoint prefers an SVG picture to its PNG
 * fallback, and its SVG renderer ignores the @font-face fonts the SVG carries, so on machines
 * without Inter the charts' text would be drawn in another font than the one they were laid
 * out in; LibreOffice shows the PNG either way.
 */
export const writePptx: DeckWriter = async (input) => {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.title;
  pptx.subject = `${input.datasetTitle} (dataset fingerprint ${input.fingerprint})`;
  pptx.author = 'Crosscheck';
  pptx.company = 'Crosscheck';
  pptx.theme = { headFontFace: deckLayout.fontFace, bodyFontFace: deckLayout.fontFace };

  pptx.defineSlideMaster({
    title: chartMaster,
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', ...titleBox },
          text: '',
        },
      },
    ],
  });
  addTextBlocks(pptx.addSlide(), layoutTitleSlide(input, measureText));
  // Each picture goes in as a one-pixel stand-in, swapped for its PNG when the package is
  // repacked: megabytes of pictures are never turned into base64 and back (about a second for
  // ten slides). Slide 1 is the title slide; pictures are on the slides after it, in order.
  const pictures = new Map<number, Uint8Array>();
  for (const slide of input.slides) {
    for (const page of slide.pages) {
      addPageSlide(pptx.addSlide({ masterName: chartMaster }), page, slide.notes);
      pictures.set(pictures.size + 2, page.png);
    }
  }
  for (const page of layoutSourcePages(input.citations, measureText)) {
    addSourcesSlide(pptx.addSlide(), page);
  }

  // Uncompressed here: repackPptx deflates once, with the dates fixed.
  const written = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not write bytes');
  return repackPptx(written, input.exportedAt, pictures);
};

/** A 1 × 1 white PNG, where a chart's picture goes until repackPptx puts it in. */
const standInPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';

/** The layout of a chart's slide: a title placeholder, which its picture then covers. */
const chartMaster = 'CROSSCHECK_CHART';

/** Where the picture draws its title (a 16:9 slide export: 26 pt, top left), in inches. */
const titleBox = { x: 0.24, y: 0.18, w: 12.85, h: 0.6 } as const;

/**
 * The page's picture over the whole slide; the speaker notes are its slide's, on every page.
 * Under the picture, the slide's title as text in the title placeholder, where the picture
 * draws the same words: the deck's outline, navigation, search, screen readers and a PDF of it
 * read the title, which a picture alone would hide from them.
 */
function addPageSlide(slide: Slide, page: DeckPage, notes: readonly string[]): void {
  slide.addText(page.title, {
    placeholder: 'title',
    fontFace: deckLayout.fontFace,
    fontSize: 26,
    bold: true,
    color: '1A1A1A',
  });
  slide.addImage({
    data: `image/png;base64,${standInPng}`,
    x: 0,
    y: 0,
    w: toInches(deckLayout.width),
    h: toInches(deckLayout.height),
    altText: page.alt,
    objectName: page.title,
  });
  if (notes.length > 0) slide.addNotes(notes.join('\n'));
}

function addTextBlocks(slide: Slide, blocks: readonly TextBlock[]): void {
  for (const block of blocks) {
    slide.addText(block.text, {
      ...placeBox(block, measureBlockHeight(block)),
      ...describeRun(block),
      ...(block.url === undefined ? {} : { hyperlink: { url: block.url } }),
    });
  }
}

/**
 * A sources slide: its heading, then one text box of every entry on it, a paragraph for the
 * citation and one for its link, so that a person editing the deck can add or drop one.
 */
function addSourcesSlide(slide: Slide, page: SourcePage): void {
  addTextBlocks(slide, [page.heading]);
  const runs: TextRun[] = [];
  for (const { citation, url } of page.entries) {
    runs.push({
      text: citation.text,
      options: {
        ...describeRun(citation),
        breakLine: true,
        paraSpaceAfter: url ? 0 : deckLayout.entryGap,
      },
    });
    if (url?.url !== undefined) {
      runs.push({
        text: url.text,
        options: {
          ...describeRun(url),
          hyperlink: { url: url.url },
          breakLine: true,
          paraSpaceAfter: deckLayout.entryGap,
        },
      });
    }
  }
  const first = page.entries[0]?.citation;
  if (!first) return;
  const bottom = deckLayout.height - deckLayout.bottom;
  slide.addText(runs, placeBox(first, bottom - first.y));
}

/** A text box at the block's place, in inches, with no inner margin and text from its top. */
function placeBox(block: TextBlock, height: number) {
  return {
    x: toInches(block.x),
    y: toInches(block.y),
    w: toInches(block.width),
    h: toInches(height),
    margin: 0,
    valign: 'top',
    fit: 'none',
  } as const;
}

/** Font, size, weight (600 and 700 are both bold here), colour and line spacing of a block. */
function describeRun(block: TextBlock) {
  return {
    fontFace: deckLayout.fontFace,
    fontSize: block.font.size,
    bold: block.font.weight >= 600,
    color: block.color.replace('#', ''),
    lineSpacing: block.lineHeight,
  };
}
