import type { RowChartModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutFrame, type FrameLayout, type LegendEntry } from '../frame/layoutFrame';
import { buildRowLegend, getRowSeriesColors } from './buildRowLegend';
import { getAxisMax, getLabelWidth, getValueLabelRoom } from './rowChartLayout';
import { wrapText } from '../frame/wrapText';
import { makeAxisTickFormatter } from '../axisScale';

/** A row chart's layout without its callout: its frame, its label column, its bands. */
export interface RowBandsLayout {
  /** Each series' colour, by series key. */
  readonly colors: ReadonlyMap<string, string>;
  readonly legend: readonly LegendEntry[];
  readonly width: number;
  readonly height: number;
  readonly frame: FrameLayout;
  readonly labelWidth: number;
  /** Room right of the plot for value labels. */
  readonly valueRoom: number;
  /** Height of each row's band (Recharts bands are uniform, headings included). */
  readonly band: number;
  /** Bars thicken with their band (on tall export sizes), up to twice their natural size. */
  readonly barThickness: number;
  /** Blank space between the axis and the footer, when a fixed height leaves some over. */
  readonly spare: number;
  readonly axisMax: number;
  /** How many value-axis ticks fit side by side, their widest label and a gap apart (2 to 6). */
  readonly tickCount: number;
  /** False when a fixed height is too small for two lines of text per row. */
  readonly fits: boolean;
  /**
   * Narrow charts put each row's label above its bar, across the whole width, instead of in a
   * column beside it, so that neither the text nor the bars shrink below legibility.
   */
  readonly stacked: boolean;
  /** How far bars sit below their band's middle (stacked rows make room for the label). */
  readonly barOffset: number;
  /** Stacked rows: the lines each row's detail may take, wrapped (up to 3), never cut short. */
  readonly detailLines: number;
}

/** Below this width (at scale 1), labels go above their bars. */
const narrowWidth = 480;

/**
 * Lays out a row chart's bands. With only a width (on screen), rows take their natural band and
 * the chart is as tall as it needs. With a height too (an export size), the rows share what the
 * frame leaves, up to 2.5 natural bands each; any height left over goes below the axis.
 * `blankRows` more bands, empty, are counted in: the room a callout takes (layoutRowChart).
 */
export function layoutRowBands(
  model: RowChartModel,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
  blankRows = 0,
): RowBandsLayout {
  const { width } = size;
  const colors = getRowSeriesColors(model.series, style);
  const legend = buildRowLegend(model, colors, style);
  const frame = layoutFrame(width, model.frame, legend, style, measure);
  const chrome = frame.chrome;
  const rows = Math.max(1, model.rows.length + blankRows);
  // The plot and its labels share what a sidebar of notes leaves.
  const labelWidth = getLabelWidth(
    model.rows,
    width - style.sidebar,
    style,
    measure,
    size.height === undefined ? 0.34 : 0.45,
  );
  const valueRoom = getValueLabelRoom(model.rows, style, measure);
  const axisMax = model.axisMax ?? getAxisMax(model.rows);
  const base = { colors, legend, width, frame, labelWidth, valueRoom, axisMax };
  const tickWidth = measure(makeAxisTickFormatter(axisMax)(axisMax), style.axisLabel);
  const plotWidth = (stacked: boolean) =>
    width - style.sidebar - style.padding - valueRoom - (stacked ? 4 * style.scale : labelWidth);
  const countTicks = (stacked: boolean) =>
    Math.max(2, Math.min(6, Math.floor(plotWidth(stacked) / (tickWidth + 16 * style.scale)) + 1));
  if (size.height === undefined) {
    const barThickness = style.barThickness;
    if (width < narrowWidth * style.scale) {
      const k = style.scale;
      // The claimant on a line and what dates and qualifies the figure on as many as it needs
      // (up to 3: "battle casualties, including missing and captured" on a phone), above the
      // bar, then the bar and a gap. Bands are uniform: every row gets the longest detail's room.
      const room = width - 2 * style.padding;
      const detailLines = Math.min(
        3,
        Math.max(
          1,
          ...model.rows.map((row) =>
            row.kind === 'figure' ? wrapText(row.detail, room, style.detail, measure).length : 1,
          ),
        ),
      );
      const label = style.label.lineHeight + detailLines * style.detail.lineHeight;
      const band = label + barThickness + 12 * k;
      const height = Math.ceil(chrome + rows * band);
      const stacked = {
        labelWidth: 4 * k,
        stacked: true,
        barOffset: 2 * k + label / 2,
        detailLines,
        tickCount: countTicks(true),
      };
      return { ...base, ...stacked, height, band, barThickness, spare: 0, fits: true };
    }
    const height = Math.ceil(chrome + rows * style.rowBand);
    const flat = { stacked: false, barOffset: 0, detailLines: 0, tickCount: countTicks(false) };
    return { ...base, ...flat, height, band: style.rowBand, barThickness, spare: 0, fits: true };
  }
  const room = size.height - chrome;
  // Every label whole: the name on up to three lines (a longer one, of a hundred characters
  // or so, is cut on its third, as RowLabel sets it) and what dates and qualifies it (a reason
  // it is not comparable) on as many as it takes.
  const labelRoom = labelWidth - 10 * style.scale;
  const leastBand =
    Math.max(
      style.label.lineHeight + style.detail.lineHeight,
      ...model.rows.map((row) => {
        if (row.kind === 'heading') return 0;
        const name = Math.min(3, wrapText(row.label, labelRoom, style.label, measure).length);
        const detail = wrapText(row.detail, labelRoom, style.detail, measure).length;
        return name * style.label.lineHeight + detail * style.detail.lineHeight;
      }),
    ) +
    4 * style.scale;
  // Bands stop growing at 2.5 natural ones, unless a label needs more.
  const band = Math.min(room / rows, Math.max(2.5 * style.rowBand, leastBand));
  return {
    ...base,
    height: size.height,
    band,
    barThickness: Math.max(style.barThickness, Math.min(band * 0.32, 2 * style.barThickness)),
    spare: Math.max(0, room - band * rows),
    fits: band >= leastBand && size.height >= frame.leastHeight,
    stacked: false,
    barOffset: 0,
    detailLines: 0,
    tickCount: countTicks(false),
  };
}
