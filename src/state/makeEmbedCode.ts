import { serializeViewState, updateViewState, type ViewState } from './viewState';

/** Where the site keeps its embeds, relative to the app's page. */
export const embedPage = 'embed.html';
/** The script that keeps an embed's height right (written at build, scripts/embedResize.js). */
export const embedScript = 'embed.js';
/** The message an embed sends its page with its height in CSS pixels. */
export const embedHeightMessage = 'crosscheck:embed-height';

/**
 * The embed of a chart, relative to the app's page. A chart of a view as it opens (no filters,
 * no edits, the default dataset) was baked at build time (embed-<chart id>.html) and shows
 * without script; any other state is drawn by embed.html from its query.
 */
export function getEmbedPath(state: ViewState, chartId: string): string {
  // The fingerprint is left out: an embed follows the dataset as it is published.
  const query = serializeViewState(updateViewState(state, { chart: chartId, fp: undefined }));
  const plain = serializeViewState({ view: state.view, chart: chartId });
  return query === plain ? `embed-${chartId}.html` : `${embedPage}${query}`;
}

export interface EmbedCodeInput {
  /** The app page's address, which the embed's is resolved against. */
  readonly pageUrl: string;
  readonly state: ViewState;
  readonly chartId: string;
  /** The chart's title, in plain text: the frame's accessible name. */
  readonly title: string;
  /** The embed's height in CSS pixels at the width it was copied at. */
  readonly height: number;
  /** Adds the script that keeps the height right as the article's column changes width. */
  readonly withScript: boolean;
}

/** The HTML an article pastes: a full-width iframe, and optionally the resizing script. */
export function makeEmbedCode(input: EmbedCodeInput): string {
  const src = new URL(getEmbedPath(input.state, input.chartId), input.pageUrl).href;
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${Math.ceil(input.height)}" style="border:0;width:100%" ` +
    `loading="lazy"></iframe>`;
  if (!input.withScript) return iframe;
  const script = new URL(embedScript, input.pageUrl).href;
  return `${iframe}\n<script async src="${escapeAttribute(script)}"></script>`;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
