import type { ChartRow } from '../../domain/chartModel';
import { chartTheme } from '../chartTheme';
import { SvgText } from '../frame/SvgText';
import { measureText } from '../frame/measureText';
import { ellipsize, keepWordBreaks, wrapText } from '../frame/wrapText';

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
 * with what dates and qualifies its figure beneath.
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
  // Three lines fit a row's band: the claimant gets up to two, wrapped rather than cut, and
  // what dates and qualifies the figure takes the rest.
  const name = wrapText(row.label, room, chartTheme.label, measureText, 2);
  const detail = wrapText(row.detail, room, chartTheme.detail, measureText, 3 - name.length);
  const lines = [
    ...keepWordBreaks(name).map((text) => ({ text, style: chartTheme.label })),
    ...keepWordBreaks(detail).map((text) => ({ text, style: chartTheme.detail })),
  ];
  const height = lines.reduce((sum, line) => sum + line.style.lineHeight, 0);
  let baseline = y - height / 2;
  return (
    <g opacity={row.muted ? 0.75 : 1}>
      {lines.map((line, i) => {
        baseline += line.style.lineHeight;
        return (
          <SvgText key={i} textStyle={line.style} x={left} y={baseline - 3}>
            {line.text}
          </SvgText>
        );
      })}
    </g>
  );
}
