/**
 * Sizes a browser holds comfortably, stated and enforced so that a dataset too large to chart
 * is refused with a clear message rather than freezing the page. 100,000 estimates of about
 * 300 bytes each is about 30 MB of JSON, under the file-size limit.
 */
export const datasetLimits = {
  /** Bytes of JSON text (50 MB, decimal, as browsers and file managers show sizes). */
  fileBytes: 50_000_000,
  estimates: 100_000,
  metrics: 1_000,
  sources: 10_000,
  citations: 100_000,
  /** Entries in one list inside an item: `sumOf`, an estimate's `citations`. */
  listItems: 100,
  /** Characters. */
  idLength: 80,
  shortNameLength: 32,
  labelLength: 300,
  urlLength: 2_048,
  textLength: 5_000,
  /** Briefings a dataset ships, and slides in one briefing (a shipped one or a file). */
  briefings: 20,
  briefingSlides: 60,
  /** A briefing's title or a slide's name, in characters as a reader counts them (graphemes). */
  briefingTextLength: 100,
  /**
   * A slide's view link, in UTF-16 units (ASCII: links percent-encode the rest, nine units for a
   * Korean letter). Every edit at its longest in any script fits (5,900 in Korean); only long
   * runs of emoji or stacked accents do not, and Add to briefing must say so.
   */
  linkLength: 8_000,
} as const;

/**
 * How long the server may send nothing, in ms: no answer to the request, or no bytes for this
 * long while the file arrives. A slow but steady transfer is never cut off.
 */
export const datasetIdleTimeoutMs = 30_000;
