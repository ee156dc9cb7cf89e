import { buildPdf } from './buildPdf';
import type { DeckWriter } from './deckInput';
import { drawSvgPage } from './drawSvgPage';
import { fetchInterFonts } from './fetchInterFonts';

/**
 * A briefing as a PDF, written in the browser: Inter fetched as TrueType from the app's own
 * files, each chart drawn from its SVG as vectors (see buildPdf for the document).
 */
export const writePdf: DeckWriter = async (input) =>
  buildPdf(input, { fonts: await fetchInterFonts(), drawVectorPage: drawSvgPage });
