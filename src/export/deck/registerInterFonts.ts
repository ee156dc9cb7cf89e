import type { jsPDF } from 'jspdf';
import type { FontSpec, MeasureText } from '../../lib/measureText';
import { deckLayout } from './deckLayout';
import { toBinaryString } from './encodeBase64';
import type { InterFont } from './fetchInterFonts';

/** Inter as a PDF document has it: what it can draw, how wide text is, and how to select it. */
export interface PdfFonts {
  /** Width in points of text in Inter, from the embedded font's own advances. */
  readonly measure: MeasureText;
  /** Selects Inter at a size and weight for what the document draws next. */
  readonly select: (spec: FontSpec) => void;
  /** Whether Inter has a glyph for every character of the text (controls aside: see below). */
  readonly canDraw: (text: string) => boolean;
  /** The text without bidi controls, and with "?" for any character Inter lacks. */
  readonly toDrawable: (text: string) => string;
  /** Names the embedded fonts as subsets; call once all is drawn, before the output. */
  readonly nameSubsets: () => void;
}

/**
 * Each weight's PostScript name, and the tag PDF gives a font embedded as a subset (six capital
 * letters and "+"), fixed so that the same deck gives the same bytes.
 */
const subsetNames: Readonly<Record<FontSpec['weight'], string>> = {
  400: 'INTERA+Inter-Regular',
  600: 'INTERB+Inter-SemiBold',
  700: 'INTERC+Inter-Bold',
};

/**
 * Characters that are only there for the bidi algorithm or as zero-width marks: the charts wrap
 * names in isolates (U+2066-U+2069). Inter has no glyph for them, and jsPDF would draw a box;
 * left out, left-to-right text reads the same.
 */
const invisibleControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Embeds Inter in the document under the family name the charts' SVG uses ("Inter"), one font per
 * weight, so that svg2pdf.js finds it from the SVG's font-family and font-weight: jsPDF keys 400
 * as "normal", 700 as "bold" and 600 as "600normal", the keys svg2pdf.js asks for. Identity-H
 * encoding: any character the font has, with its Unicode mapping, so text can be copied and found.
 * jsPDF embeds only the glyphs used.
 */
export function registerInterFonts(doc: jsPDF, fonts: readonly InterFont[]): PdfFonts {
  for (const { weight, data } of fonts) {
    const file = `Inter-${weight}.ttf`;
    doc.addFileToVFS(file, toBinaryString(data));
    doc.addFont(file, deckLayout.fontFace, 'normal', weight, 'Identity-H');
  }
  const select = (spec: FontSpec) => {
    doc.setFont(deckLayout.fontFace, 'normal', spec.weight);
    doc.setFontSize(spec.size);
  };
  select({ size: 12, weight: 400 });
  const hasGlyph = readGlyphLookup(doc);
  const canDraw = (text: string) => {
    for (const character of text.replace(invisibleControls, '')) {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0x20 && !hasGlyph(character)) return false;
    }
    return true;
  };
  return {
    measure: (text, spec) => {
      select(spec);
      return doc.getStringUnitWidth(text) * spec.size;
    },
    select,
    canDraw,
    // jsPDF names every weight by the family alone ("Inter" three times over) and writes the
    // name at output: renamed now, each reads as what it is (pdffonts, Acrobat's font list).
    nameSubsets: () => {
      for (const { weight } of fonts) {
        select({ size: 12, weight });
        doc.getFont().fontName = subsetNames[weight];
      }
    },
    toDrawable: (text) =>
      Array.from(text.replace(invisibleControls, ''), (character) =>
        hasGlyph(character) ? character : '?',
      ).join(''),
  };
}

/**
 * Whether the selected font has a glyph for a character, from jsPDF's parse of the font (its
 * `characterToGlyph`, 0 for none). jsPDF looks characters up one UTF-16 unit at a time, so a
 * character outside the Basic Multilingual Plane is never drawable.
 */
function readGlyphLookup(doc: jsPDF): (character: string) => boolean {
  const metadata: unknown = doc.getFont().metadata;
  if (typeof metadata !== 'object' || metadata === null || !('characterToGlyph' in metadata)) {
    throw new Error('jsPDF did not parse the Inter font');
  }
  const lookup = metadata.characterToGlyph;
  if (typeof lookup !== 'function') throw new Error('jsPDF did not parse the Inter font');
  return (character) => {
    if (character.length !== 1) return false;
    const glyph: unknown = Reflect.apply(lookup, metadata, [character.charCodeAt(0)]);
    return typeof glyph === 'number' && glyph > 0;
  };
}
