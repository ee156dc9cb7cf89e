import { formatSourceEntry } from '../../domain/charts/buildSourceEntries';
import { listNoteTexts } from '../../domain/charts/listNoteTexts';
import type { FrameText } from '../../domain/charts/chartModel';
import { formatCalendarDate } from '../../domain/format/formatDate';
import type { ChartStyle, TextStyle } from '../chartStyle';
import type { MeasureText } from '../../lib/measureText';
import { ellipsize, keepWordBreaks, wrapText } from './wrapText';

/** What a legend item draws next to its label. */
export type LegendSymbol =
  | 'bar'
  | 'line'
  | 'dashed-line'
  | 'whisker'
  | 'floor'
  | 'ceiling'
  | 'derived'
  | 'hollow-dot'
  | 'span'
  | 'up'
  | 'down'
  | 'hatched'
  | 'ringed';

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  readonly symbol: LegendSymbol;
  readonly color: string;
  /** Drawn paler, like the marks it explains. */
  readonly opacity?: number;
  /** Its label drawn paler too: a claimant a briefer did not highlight. */
  readonly textOpacity?: number;
  /** A dashed line's pattern at scale 1, as its series is drawn (see getSeriesDash). */
  readonly dash?: string;
}

/** A line of text placed in the SVG; `y` is its baseline. */
export interface PlacedText {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly style: TextStyle;
}

export interface PlacedLegendEntry {
  readonly entry: LegendEntry;
  /** The label as drawn: shortened only if it is wider than the whole chart. */
  readonly text: string;
  readonly x: number;
  /** Vertical centre of the row. */
  readonly y: number;
}

export interface FrameLayout {
  readonly width: number;
  readonly header: readonly PlacedText[];
  readonly legend: readonly PlacedLegendEntry[];
  /** From the top of the SVG to where the plot may begin. */
  readonly headerHeight: number;
  /** Placed relative to the footer's top. */
  readonly footer: readonly PlacedText[];
  readonly footerHeight: number;
  /** Where a sidebar's notes begin (see ChartStyle.sidebar): under the title and subtitle. */
  readonly sidebarTop: number;
  /**
   * The height the frame takes from a chart's plot: header, axis, and the footer where it sits
   * below (in a sidebar, only the padding under the axis).
   */
  readonly chrome: number;
  /** The least height of the chart at which a sidebar holds the notes; 0 with no sidebar. */
  readonly leastHeight: number;
}

/**
 * Lays out a chart's frame for a width: title, subtitle, callout and legend above the plot;
 * notes, every source, the dataset stamp and (in exports) the export line below, or in a
 * sidebar right of the chart, full height, where the style has one (slides). Text wraps,
 * nothing is dropped, so the frame grows taller rather than clipping. Pure: measuring is
 * passed in.
 */
export function layoutFrame(
  width: number,
  frame: FrameText,
  legend: readonly LegendEntry[],
  style: ChartStyle,
  measure: MeasureText,
): FrameLayout {
  const pad = style.padding;
  const gap = 4 * style.scale;
  const fullWidth = Math.max(40, width - 2 * pad);
  // A sidebar of notes runs from under the title and subtitle, which span the chart, to the
  // bottom: the callout, the legend and the plot have what it leaves.
  const textWidth = Math.max(40, width - style.sidebar - 2 * pad);
  const header = new Stack(pad, pad, fullWidth, measure);
  header.add('title', frame.title, style.title);
  header.add('subtitle', frame.subtitle, style.subtitle);
  const sidebarTop = header.bottom + gap;
  if (frame.callout) header.add('callout', frame.callout, style.callout, 0, textWidth);
  const placedLegend = placeLegend(legend, style, header.bottom + 1.5 * gap, textWidth, measure);
  const legendBottom = placedLegend.length
    ? Math.max(...placedLegend.map((p) => p.y)) + style.legend.lineHeight / 2
    : header.bottom;

  const footer = style.sidebar
    ? new Stack(pad, pad, Math.max(40, style.sidebar - 2 * pad), measure)
    : new Stack(pad, 2 * gap, fullWidth, measure);
  listNoteTexts(frame).forEach((note, i) => footer.add(`note-${i}`, `\u2022 ${note}`, style.note));
  const sources = `Sources: ${frame.sources.map(formatSourceEntry).join(' \u00b7 ')}`;
  footer.add('sources', sources, style.source, gap);
  const stamp = `Data: ${frame.datasetTitle} \u00b7 dataset updated ${formatCalendarDate(frame.updated)} \u00b7 Crosscheck`;
  footer.add('stamp', stamp, style.stamp, gap);
  if (frame.exportLine) footer.add('export', frame.exportLine, style.stamp);

  const headerHeight = Math.ceil(legendBottom + 3 * gap);
  const footerHeight = Math.ceil(footer.bottom + pad);
  return {
    width,
    header: header.lines,
    legend: placedLegend,
    headerHeight,
    footer: footer.lines,
    footerHeight,
    sidebarTop,
    chrome: headerHeight + style.axisHeight + (style.sidebar ? pad : footerHeight),
    leastHeight: style.sidebar ? sidebarTop + footerHeight : 0,
  };
}

/** Paragraphs placed top to bottom, each wrapped to the text width. */
class Stack {
  readonly lines: PlacedText[] = [];
  bottom: number;
  constructor(
    private readonly left: number,
    top: number,
    private readonly width: number,
    private readonly measure: MeasureText,
  ) {
    this.bottom = top;
  }

  add(key: string, text: string, style: TextStyle, gapBefore = 0, width = this.width): void {
    this.bottom += this.lines.length ? gapBefore : 0;
    const lines = keepWordBreaks(wrapText(text, width, style, this.measure));
    lines.forEach((line, i) => {
      const baseline = this.bottom + (style.lineHeight + style.size * 0.7) / 2;
      this.lines.push({
        key: `${key}-${i}`,
        text: line,
        x: this.left,
        y: baseline,
        style,
      });
      this.bottom += style.lineHeight;
    });
  }
}

function placeLegend(
  entries: readonly LegendEntry[],
  style: ChartStyle,
  top: number,
  width: number,
  measure: MeasureText,
): PlacedLegendEntry[] {
  const text = style.legend;
  const left = style.padding;
  const swatch = style.legendSwatch + 6 * style.scale;
  const placed: PlacedLegendEntry[] = [];
  let x = left;
  let y = top + text.lineHeight / 2;
  for (const entry of entries) {
    const label = ellipsize(entry.label, width - swatch, text, measure);
    const itemWidth = swatch + measure(label, text);
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += text.lineHeight;
    }
    placed.push({ entry, text: label, x, y });
    x += itemWidth + 18 * style.scale;
  }
  return placed;
}
