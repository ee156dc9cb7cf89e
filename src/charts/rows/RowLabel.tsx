import type { ChartRow } from '../../domain/charts/chartModel';
import { useChartStyle } from '../chartStyle';
import { fadedOpacity, isFaded } from '../highlight';
import { SvgText } from '../frame/SvgText';
import { measureText } from '../../lib/measureText';
import { ellipsize, keepWordBreaks, wrapText } from '../frame/wrapText';

interface RowLabelProps {
  /** The band's centre, from Recharts' tick position. */
  readonly y: number;
  readonly row: ChartRow | undefined;
  /** The whole chart's width, for a heading's rule. */
  readonly width: number;
  readonly labelWidth: number;
  /** Height of the row's band: how many lines of text fit. */
  readonly band: number;
  /** Narrow charts: the label sits above the bar, across the chart, a line for each part. */
  readonly stacked: boolean;
  /** Stacked: the lines the detail may wrap to (the layout made room for them). */
  readonly detailLines: number;
  /** Claimants a briefer highlighted: other rows' labels are drawn faded. */
  readonly highlight?: readonly string[] | undefined;
}

/**
 * A row's label in the category axis: a group heading across the chart, or the claimant in bold
 * with what dates and qualifies its figure beneath.
 */
export function RowLabel({
  y,
  row,
  width,
  labelWidth,
  band,
  stacked,
  detailLines: stackedDetailLines,
  highlight,
}: RowLabelProps) {
  const style = useChartStyle();
  if (!row) return null;
  const k = style.scale;
  const left = style.padding;
  // The axis' own x sits a few pixels inside the column; the column's width is what we own.
  const room = stacked ? width - 2 * left : labelWidth - 10 * k;
  if (row.kind === 'heading') {
    const text = ellipsize(row.label, width - 2 * left, style.heading, measureText);
    const { size, lineHeight } = style.heading;
    return (
      <g>
        <line x1={left} x2={width - left} y1={y + 10 * k} y2={y + 10 * k} stroke={style.grid} />
        {/* Paper behind the heading: the value axis' line must not run through its words. */}
        <rect
          x={left - 2 * k}
          y={y + 4 * k - size}
          width={measureText(text, style.heading) + 6 * k}
          height={lineHeight}
          fill={style.background}
        />
        <SvgText textStyle={style.heading} x={left} y={y + 4 * k}>
          {text}
        </SvgText>
      </g>
    );
  }
  // The claimant gets up to three lines, wrapped rather than cut, where the band has room for
  // a detail line too; what dates and qualifies the figure takes the lines that are left (on
  // screen, one or two; slides make their bands tall enough for the whole of it).
  // Stacked (narrow) rows put the name on a line and the detail on the lines the layout made.
  const usable = band - 4 * k;
  const nameRoom = Math.floor((usable - style.detail.lineHeight) / style.label.lineHeight);
  const nameLines = stacked ? 1 : Math.max(1, Math.min(3, nameRoom));
  const name = wrapText(row.label, room, style.label, measureText, nameLines);
  const spare = usable - name.length * style.label.lineHeight;
  const detailLines = stacked ? stackedDetailLines : Math.floor(spare / style.detail.lineHeight);
  const detail =
    detailLines > 0 ? wrapText(row.detail, room, style.detail, measureText, detailLines) : [];
  const lines = [
    ...keepWordBreaks(name).map((text) => ({ text, style: style.label })),
    ...keepWordBreaks(detail).map((text) => ({ text, style: style.detail })),
  ];
  const height = lines.reduce((sum, line) => sum + line.style.lineHeight, 0);
  let baseline = stacked ? y - band / 2 + 2 * k : y - height / 2;
  return (
    <g
      opacity={isFaded(highlight, row.figure.source.id) ? fadedOpacity.text : row.muted ? 0.75 : 1}
    >
      {lines.map((line, i) => {
        baseline += line.style.lineHeight;
        return (
          <SvgText key={i} textStyle={line.style} x={left} y={baseline - 3 * k}>
            {line.text}
          </SvgText>
        );
      })}
    </g>
  );
}
