/**
 * Everything a deck writer (PPTX, PDF) needs, already drawn: the writers lay it out and add
 * nothing of their own but the deck's frame (title slide, sources slide). Built by buildDeckInput
 * from a briefing; one DeckSlide per briefing slide, one or more pages each (a chart spread over
 * several slides at projection sizes gives several pages, each with its own sources).
 */
export interface DeckInput {
  /** The briefing's title. */
  readonly title: string;
  readonly datasetTitle: string;
  /** The dataset's `updated` date, as printed: "24 Jan 2025". */
  readonly datasetUpdated: string;
  /** The dataset's full fingerprint (64 hex digits). */
  readonly fingerprint: string;
  /** When the deck was written. */
  readonly exportedAt: Date;
  readonly slides: readonly DeckSlide[];
  /** Every citation of every slide, once each, in order of first use. */
  readonly citations: readonly DeckCitation[];
}

export interface DeckSlide {
  /** The slide's name in the briefing (the chart's title unless renamed). */
  readonly name: string;
  readonly pages: readonly DeckPage[];
  /**
   * Speaker notes: one line per figure drawn (claimant, qualifier, dates, outlets and URLs),
   * after a line naming the chart and the view link.
   */
  readonly notes: readonly string[];
}

/** One slide's picture: the chart with its frame (title, notes, sources, stamp) inside it. */
export interface DeckPage {
  /** The chart's title as drawn on this page ("… (1 of 2)"): PDF outlines and checks use it. */
  readonly title: string;
  /** A standalone SVG document, fonts embedded, `width` × `height` px (16:9, 1920 × 1080). */
  readonly svg: string;
  /** The same page as PNG at 2x (3840 × 2160). */
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The page's alt text: its title and the chart's summary in plain words. */
  readonly alt: string;
}

export interface DeckCitation {
  /** Outlet or publisher: "Yonhap". */
  readonly outlet: string;
  readonly title?: string;
  /** As printed: "13 Jan 2025". */
  readonly date?: string;
  readonly url?: string;
}

/** A deck format's writer: PPTX or PDF bytes. */
export type DeckWriter = (input: DeckInput) => Promise<Uint8Array>;
