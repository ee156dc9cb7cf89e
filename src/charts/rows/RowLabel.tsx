import type { ChartRow } from '../../domain/chartModel';
import { chartTheme } from '../chartTheme';
import { SvgText } from '../frame/SvgText';
import { measureText } from '../frame/measureText';
import { ellipsize, wrapText } from '../frame/wrapText';

interface RowLabelProps {
  /** The band's centre, from Recharts' tick position. */
  readonly y: number;
  readonly row: ChartRow | undefined;
  /** The whole chart's width, for a heading's rule. */
  readonly width: number;
  readonly labelWidth: number;
}

/**
 * A row's label in the category axis: a group heading across the chart, or the claimant in bold
 * with what dates and qualifies its figure beneath (up to two lines).
 */
export function RowLabel({ y, row, width, labelWidth }: RowLabelProps) {
  if (!row) return null;
  const left = chartTheme.padding;
  // The axis' own x sits a few pixels inside the column; the column's width is what we own.
  const room = labelWidth - 10;
  if (row.kind === 'heading') {
    return (
      <g>
        <line x1={left} x2={width - left} y1={y + 10} y2={y + 10} stroke={chartTheme.grid} />
        <SvgText textStyle={chartTheme.heading} x={left} y={y + 4}>
          {ellipsize(row.label, width - 2 * left, chartTheme.heading, measureText)}
        </SvgText>
      </g>
    );
  }
  const detail = wrapText(
    row.detail,
    Math.max(room, labelWidth / 2),
    chartTheme.detail,
    measureText,
    2,
  );
  const top = y - (chartTheme.label.lineHeight + detail.length * chartTheme.detail.lineHeight) / 2;
  return (
    <g opacity={row.muted ? 0.75 : 1}>
      <SvgText textStyle={chartTheme.label} x={left} y={top + 11}>
        {ellipsize(row.label, room, chartTheme.label, measureText)}
      </SvgText>
      {detail.map((line, i) => (
        <SvgText
          textStyle={chartTheme.detail}
          key={i}
          x={left}
          y={top + 11 + chartTheme.label.lineHeight + i * chartTheme.detail.lineHeight}
        >
          {line}
        </SvgText>
      ))}
    </g>
  );
}
