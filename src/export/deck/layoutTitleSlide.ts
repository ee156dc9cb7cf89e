import { getMonthName } from '../../domain/format/formatDate';
import type { MeasureText } from '../../lib/measureText';
import type { DeckInput } from './deckInput';
import { deckLayout } from './deckLayout';
import { measureBlockHeight, placeText, type TextBlock } from './textBlock';

/** Sizes tried for the briefing's title, largest first, until it fits in `titleLines`. */
const titleSizes = [40, 34, 28] as const;
const titleLines = 3;

/**
 * The deck's first slide, the same in PPTX and PDF: the briefing's title, the dataset's title, when
 * the dataset was updated, its full fingerprint and the export date. Centred vertically; a long
 * title is set smaller, and past three lines at the smallest size, cut with an ellipsis.
 */
export function layoutTitleSlide(input: DeckInput, measure: MeasureText): TextBlock[] {
  const { margin, width, height, colors, type } = deckLayout;
  const textWidth = width - 2 * margin;
  const at = { x: margin, y: 0, width: textWidth };

  const title = fitTitle(input.title, textWidth, measure);
  const rest = [
    { text: input.datasetTitle, font: type.dataset, color: colors.body, maxLines: 2, gap: 28 },
    {
      text: `Dataset updated ${input.datasetUpdated}`,
      font: type.detail,
      color: colors.muted,
      gap: 20,
    },
    {
      text: `Dataset fingerprint ${input.fingerprint}`,
      font: type.detail,
      color: colors.muted,
      gap: 4,
    },
    {
      text: `Exported ${formatExportDate(input.exportedAt)} with Crosscheck`,
      font: type.detail,
      color: colors.muted,
      gap: 4,
    },
  ];
  const blocks: TextBlock[] = [placeText(input.title, { ...at, ...title }, measure)];
  const gaps: number[] = [0];
  for (const { gap, ...options } of rest) {
    blocks.push(placeText(options.text, { ...at, ...options }, measure));
    gaps.push(gap);
  }

  const total = blocks.reduce(
    (sum, block, i) => sum + measureBlockHeight(block) + (gaps[i] ?? 0),
    0,
  );
  let y = Math.max(margin, (height - total) / 2);
  return blocks.map((block, i) => {
    y += gaps[i] ?? 0;
    const placed = { ...block, y };
    y += measureBlockHeight(block);
    return placed;
  });
}

/** The largest title size at which the title fits its lines, and the colour and line limit. */
function fitTitle(text: string, width: number, measure: MeasureText) {
  const { weight } = deckLayout.type.title;
  const color = deckLayout.colors.text;
  for (const size of titleSizes) {
    const font = { size, weight };
    const block = placeText(text, { x: 0, y: 0, width, font, color }, measure);
    if (block.lines.length <= titleLines) return { font, color };
  }
  return {
    font: { size: titleSizes[titleSizes.length - 1] ?? 28, weight },
    color,
    maxLines: titleLines,
  };
}

/** "5 Dec 2026": the day in UTC, as the charts' export stamps print it. */
export function formatExportDate(date: Date): string {
  return `${date.getUTCDate()} ${getMonthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}
