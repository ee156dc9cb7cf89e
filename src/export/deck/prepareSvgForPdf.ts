/**
 * A chart's SVG document, as text, made fit to parse in the app's page for svg2pdf.js. The page's
 * Content-Security-Policy (style-src 'self') applies to documents parsed in it too, and would
 * block, with a console error each, the two kinds of inline CSS the exports carry:
 * - the <style> of @font-face rules with the fonts in them, removed (jsPDF has the fonts);
 * - style="" attributes (Recharts writes one on an axis label), turned into the presentation
 *   attributes they stand for, which they take precedence over.
 * On text, by regular expressions: the input is XMLSerializer's output, in which attribute values
 * are double-quoted and no value or text holds a raw "<" or ">".
 */
export function prepareSvgForPdf(source: string): string {
  return source
    .replace(/<style\b[^>]*>([^<]*)<\/style>/g, (style, css: string) =>
      /^\s*(?:@font-face\s*\{[^}]*\}\s*)*$/.test(css) ? '' : style,
    )
    .replace(
      /<([\w:-]+)((?:\s+[^\s=<>]+="[^"]*")*?\s+style="[^"]*"(?:\s+[^\s=<>]+="[^"]*")*)\s*(\/?)>/g,
      inlineStyleAttribute,
    );
}

function inlineStyleAttribute(_tag: string, name: string, attributes: string, close: string) {
  const values = new Map<string, string>();
  for (const [, key = '', value = ''] of attributes.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
    values.set(key, value);
  }
  const style = decodeEntities(values.get('style') ?? '');
  values.delete('style');
  for (const declaration of splitDeclarations(style)) {
    const colon = declaration.indexOf(':');
    if (colon < 1) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important\s*$/i, '')
      .trim();
    if (/^[a-z-]+$/.test(property) && value !== '') values.set(property, encodeEntities(value));
  }
  const written = [...values].map(([key, value]) => ` ${key}="${value}"`).join('');
  return `<${name}${written}${close}>`;
}

/** A declaration block split at semicolons outside quotes and parentheses. */
function splitDeclarations(style: string): string[] {
  const declarations: string[] = [];
  let current = '';
  let quote = '';
  let depth = 0;
  for (const character of style) {
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '(') {
      depth += 1;
    } else if (character === ')') {
      depth = Math.max(0, depth - 1);
    } else if (character === ';' && depth === 0) {
      declarations.push(current);
      current = '';
      continue;
    }
    current += character;
  }
  declarations.push(current);
  return declarations.filter((declaration) => declaration.trim() !== '');
}

const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) {
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    }
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return named[body] ?? entity;
  });
}

function encodeEntities(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
