import type { MeasureText } from '../../lib/measureText';
import type { DeckCitation } from './deckInput';
import { deckLayout } from './deckLayout';
import { measureBlockHeight, placeText, type TextBlock } from './textBlock';

/** One citation on a sources slide: what it is, and its link on the lines below. */
export interface SourceEntry {
  readonly citation: TextBlock;
  readonly url?: TextBlock;
}

/** A sources slide: its heading ("Sources", "Sources (2 of 3)") and the entries it holds. */
export interface SourcePage {
  readonly heading: TextBlock;
  readonly entries: readonly SourceEntry[];
}

/** Lines a citation's description may take; a URL may take more, it is what a reader follows. */
const citationLines = 3;
const urlLines = 4;

/**
 * The deck's last slides, the same in PPTX and PDF: every citation once, in order of first use,
 * as many to a slide as fit, none split across two. A deck citing nothing gets one slide that
 * says so.
 */
export function layoutSourcePages(
  citations: readonly DeckCitation[],
  measure: MeasureText,
): SourcePage[] {
  const { margin, width, height, bottom, sourcesTop, entryGap, colors, type } = deckLayout;
  const at = { x: margin, width: width - 2 * margin };
  const blocks = citations.map((citation) => ({
    citation: placeText(
      describeCitation(citation),
      { ...at, y: 0, font: type.citation, color: colors.text, maxLines: citationLines },
      measure,
    ),
    url:
      citation.url === undefined
        ? undefined
        : placeText(
            citation.url,
            {
              ...at,
              y: 0,
              font: type.url,
              color: colors.link,
              ...withLink(citation.url),
              isUrl: true,
              maxLines: urlLines,
            },
            measure,
          ),
  }));
  if (blocks.length === 0) {
    const none = placeText(
      'No sources are cited on these slides.',
      { ...at, y: sourcesTop, font: type.citation, color: colors.muted },
      measure,
    );
    return [{ heading: placeHeading('Sources', measure), entries: [{ citation: none }] }];
  }

  const pages: SourceEntry[][] = [];
  let page: SourceEntry[] = [];
  let y = sourcesTop;
  for (const { citation, url } of blocks) {
    const entryHeight = measureBlockHeight(citation) + (url ? measureBlockHeight(url) : 0);
    if (page.length > 0 && y + entryHeight > height - bottom) {
      pages.push(page);
      page = [];
      y = sourcesTop;
    }
    const placed = { ...citation, y };
    const urlY = y + measureBlockHeight(citation);
    page.push(url ? { citation: placed, url: { ...url, y: urlY } } : { citation: placed });
    y += entryHeight + entryGap;
  }
  pages.push(page);
  return pages.map((entries, i) => ({
    heading: placeHeading(
      pages.length > 1 ? `Sources (${i + 1} of ${pages.length})` : 'Sources',
      measure,
    ),
    entries,
  }));
}

/** "Yonhap, “N. Korean troops …”, 13 Jan 2025": the parts a citation has, in that order. */
export function describeCitation(citation: DeckCitation): string {
  const parts = [citation.outlet];
  if (citation.title) parts.push(`\u201c${citation.title}\u201d`);
  if (citation.date) parts.push(citation.date);
  return parts.join(', ');
}

/**
 * The link a URL's text may carry: http and https only (the dataset allows no other, but a deck
 * is no place to find out), in its ASCII form, as PDF and PowerPoint links must be (an
 * international domain in Punycode, other characters percent-encoded).
 */
function withLink(text: string): { url?: string } {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? { url: url.href } : {};
  } catch {
    return {};
  }
}

function placeHeading(text: string, measure: MeasureText): TextBlock {
  const { margin, width, colors, type } = deckLayout;
  return placeText(
    text,
    {
      x: margin,
      y: 52,
      width: width - 2 * margin,
      font: type.heading,
      color: colors.text,
      maxLines: 1,
    },
    measure,
  );
}
