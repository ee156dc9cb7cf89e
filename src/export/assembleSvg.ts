import { fontFamily } from '../lib/measureText';

export interface SvgDocumentOptions {
  readonly width: number;
  readonly height: number;
  /** @font-face rules with the fonts embedded (see buildEmbeddedFontCss). */
  readonly fontCss: string;
  /** Alternative text: what the chart shows, for readers that cannot see it. */
  readonly description: string;
}

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * A chart's rendered <svg> as a standalone SVG document: sized in pixels with a viewBox, fonts
 * embedded, a <title> and <desc>, and nothing a slide tool or Inkscape would not understand:
 * no HTML, no foreignObject, no scripts, no event handlers, no CSS classes it depends on.
 */
export function assembleSvg(rendered: SVGSVGElement, options: SvgDocumentOptions): string {
  const svg = rendered.cloneNode(true) as SVGSVGElement;
  const { width, height } = options;
  for (const name of ['style', 'class', 'role', 'tabindex', 'aria-label', 'aria-labelledby']) {
    svg.removeAttribute(name);
  }
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('font-family', fontFamily);
  svg.querySelectorAll('foreignObject, script, .mark-hit-area').forEach((el) => el.remove());
  for (const el of svg.querySelectorAll('*')) {
    for (const attribute of [...el.attributes]) {
      if (/^on|^tabindex$|^role$|^aria-|^data-/i.test(attribute.name)) {
        el.removeAttribute(attribute.name);
      }
    }
    // Recharts hides focus rings on screen with inline CSS; an image has no focus.
    const style = el
      .getAttribute('style')
      ?.replace(/outline:\s*none;?/g, '')
      .trim();
    if (style === '') el.removeAttribute('style');
    else if (style) el.setAttribute('style', style);
  }

  const document = svg.ownerDocument;
  const title = svg.querySelector(':scope > title') ?? document.createElementNS(svgNs, 'title');
  const desc = svg.querySelector(':scope > desc') ?? document.createElementNS(svgNs, 'desc');
  desc.textContent = options.description;
  const defs = document.createElementNS(svgNs, 'defs');
  const style = document.createElementNS(svgNs, 'style');
  style.textContent = options.fontCss;
  defs.append(style);
  svg.prepend(title, desc, defs);
  if (!title.textContent) title.textContent = options.description;

  // Serializers add the SVG namespace themselves, some only when the document is not SVG:
  // declare it once, whatever this one did.
  let xml = new XMLSerializer().serializeToString(svg);
  if (!/^<svg[^>]*\sxmlns="/.test(xml)) xml = xml.replace(/^<svg/, `<svg xmlns="${svgNs}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
