import { svg2pdf } from 'svg2pdf.js';
import type { DrawVectorPage } from './buildPdf';
import { deckLayout } from './deckLayout';
import { prepareSvgForPdf } from './prepareSvgForPdf';

/**
 * Draws a chart's SVG document as vectors with svg2pdf.js, scaled from its 1920 × 1080 px to
 * the page's 960 × 540 pt; its text stays text, in the Inter the document embeds (see
 * registerInterFonts). Needs a browser: svg2pdf.js measures anchored text in the page's DOM
 * (centred and right-aligned labels), with the page's Inter, which the app loads. Declines a
 * page with text Inter cannot draw (Arabic, Hebrew, Korean and other scripts), which the PDF then
 * shows as its PNG, where the browser drew that text in a font that has it.
 */
export const drawSvgPage: DrawVectorPage = async (doc, page, fonts) => {
  const svg = parseSvg(prepareSvgForPdf(page.svg));
  const texts = [...svg.querySelectorAll('text')];
  if (!fonts.canDraw(texts.map((text) => text.textContent).join(''))) return false;
  for (const text of texts) {
    for (const node of collectTextNodes(text)) node.data = fonts.toDrawable(node.data);
  }
  // Measurements of anchored text are only right once the page's own Inter has loaded; if it
  // cannot load, they are taken in a fallback font, a little off, rather than not at all. Inter
  // comes in files by character range: the text names those it needs.
  const sample = texts.map((text) => text.textContent).join('');
  await Promise.all(
    [400, 600, 700].map((weight) =>
      document.fonts.load(`${weight} 16px Inter`, sample).catch(() => undefined),
    ),
  );
  await svg2pdf(svg, doc, {
    x: 0,
    y: 0,
    width: deckLayout.width,
    height: deckLayout.height,
    loadExternalStyleSheets: false,
    loadImages: false,
  });
  return true;
};

/** The SVG document's root element; it need not be attached to the page. */
function parseSvg(source: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
  const root = parsed.documentElement;
  if (!(root instanceof SVGSVGElement) || parsed.querySelector('parsererror')) {
    throw new Error('A page is not a well-formed SVG document');
  }
  return root;
}

function collectTextNodes(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) nodes.push(node);
  }
  return nodes;
}
