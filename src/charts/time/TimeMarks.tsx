import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { TimePoint, TimeSeries } from '../../domain/charts/chartModel';
import { getDoubt } from '../../domain/claims/getDoubt';
import { getDirection } from '../../domain/claims/valueMath';
import { getSeriesColor, useChartStyle, type ChartStyle } from '../chartStyle';
import { fadedOpacity, getHighlightOpacity, isFaded, useHighlight } from '../highlight';
import { doubtRing, trianglePath } from '../frame/LegendSymbolSvg';
import { measureText } from '../../lib/measureText';
import { SvgText } from '../frame/SvgText';
import { ellipsize } from '../frame/wrapText';
import { getMarkProps } from '../tooltip/getMarkProps';
import { marksGroupProps, useRovingMarks } from '../tooltip/useRovingMarks';
import type { ClaimPopover } from '../tooltip/useClaimPopover';
import { labelTimeMarks } from './labelTimeMarks';

interface TimeMarksProps {
  readonly series: readonly TimeSeries[];
  /** The claims labelled at every size (chooseLabelledPoints). */
  readonly labelled: ReadonlySet<string>;
  /** Where claims' cards open; without it (exports) no focus targets are drawn. */
  readonly popover: ClaimPopover | undefined;
  /** Claimants a briefer highlighted: other lines' marks and labels are drawn faded. */
  readonly highlight?: readonly string[] | undefined;
}

/**
 * The figures on the date axis: a band across the month or year a date covers, a whisker for a
 * range, a marker whose shape says point, floor or ceiling (hollow when derived, ringed when not
 * vouched for), a value label where there is room, and a focusable target that opens the claim's
 * card.
 */
export function TimeMarks({ series, labelled, popover, highlight: highlighted }: TimeMarksProps) {
  const style = useChartStyle();
  const highlight = useHighlight();
  const k = style.scale;
  const roving = useRovingMarks(series.flatMap((s) => s.points.map((p) => p.claim.id)));
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const toX = (t: number) => x(t) ?? plot.x;
  const toY = (v: number) => y(v) ?? plot.y + plot.height;
  const marks = series.flatMap((s) =>
    s.points.map((point) => ({
      point,
      series: s.key,
      color: getSeriesColor(style, s.slot),
      cx: toX(point.x),
      cy: toY(point.y),
      startX: toX(point.start),
      endX: toX(point.end),
    })),
  );
  const labels = labelTimeMarks(
    marks,
    (text) => measureText(text, style.value),
    {
      left: plot.x,
      right: plot.x + plot.width + 24 * k,
      top: plot.y,
      bottom: plot.y + plot.height,
      scale: k,
    },
    style.value.lineHeight,
    labelled,
  );
  // A label of a line the briefer did not highlight, or its leader, is drawn at `opacity`.
  const fadeText = (i: number, opacity: number) => {
    const claimant = marks[i]?.point.claim.source.id;
    return claimant !== undefined && isFaded(highlighted, claimant) ? { opacity } : {};
  };
  return (
    <g className="time-marks" {...(popover ? marksGroupProps : {})}>
      {marks.map(({ point, color, cx, cy }) => (
        <g
          key={point.claim.id}
          className="time-mark"
          opacity={
            getHighlightOpacity(highlight.claimant, point.claim.source.id) *
            (isFaded(highlighted, point.claim.source.id) ? fadedOpacity.marks : 1)
          }
        >
          {point.claim.asOf.precision !== 'day' ? (
            <line
              x1={toX(point.start)}
              x2={toX(point.end)}
              y1={cy}
              y2={cy}
              stroke={color}
              strokeWidth={6 * k}
              strokeLinecap="round"
              opacity={0.35}
            />
          ) : null}
          {point.low !== point.high ? (
            <g stroke={color} strokeWidth={1.5 * k}>
              <line x1={cx} x2={cx} y1={toY(point.low)} y2={toY(point.high)} />
              {[point.low, point.high].map((end, i) => (
                <line key={i} x1={cx - 5 * k} x2={cx + 5 * k} y1={toY(end)} y2={toY(end)} />
              ))}
            </g>
          ) : null}
          <Marker point={point} cx={cx} cy={cy} color={color} style={style} />
          {getDoubt(point.claim) ? (
            <circle className="doubt-ring" {...doubtRing(cx, cy, k)} stroke={style.text} />
          ) : null}
          {popover ? (
            <circle
              cx={cx}
              cy={cy}
              r={11 * k}
              {...getMarkProps(popover, point.claim, highlight.setClaimant, roving)}
            />
          ) : null}
        </g>
      ))}
      <UnlabelledNote
        count={labels.filter((label) => label === undefined).length}
        interactive={popover !== undefined}
        x={plot.x}
        y={plot.y + plot.height + 34 * k}
        width={plot.width + 24 * k}
      />
      {labels.map((label, i) =>
        label?.leader ? (
          <line
            key={i}
            className="label-leader"
            {...label.leader}
            stroke={marks[i]?.color ?? style.muted}
            strokeWidth={k}
            {...fadeText(i, fadedOpacity.marks)}
          />
        ) : null,
      )}
      {labels.map((label, i) =>
        label ? (
          <SvgText
            textStyle={style.value}
            key={i}
            x={label.x}
            y={label.y}
            textAnchor="middle"
            pointerEvents="none"
            {...fadeText(i, fadedOpacity.text)}
          >
            {label.text}
          </SvgText>
        ) : null,
      )}
    </g>
  );
}

interface MarkerProps {
  readonly point: TimePoint;
  readonly cx: number;
  readonly cy: number;
  readonly color: string;
  readonly style: ChartStyle;
}

function Marker({ point, cx, cy, color, style }: MarkerProps) {
  const k = style.scale;
  const hollow = point.claim.derivedFrom !== undefined;
  const paint = hollow
    ? { fill: style.background, stroke: color, strokeWidth: 2 * k }
    : { fill: color, stroke: style.background, strokeWidth: k };
  const direction = getDirection(point.claim.value);
  if (direction === 'floor') return <path d={trianglePath(cx, cy, 'up', k)} {...paint} />;
  if (direction === 'ceiling') return <path d={trianglePath(cx, cy, 'down', k)} {...paint} />;
  return <circle cx={cx} cy={cy} r={4.5 * k} {...paint} />;
}

/**
 * The rule for values left unlabelled, said under the plot: a label goes only where it cannot be
 * read as a neighbour's value, and the chart says how many points it left without one.
 */
function UnlabelledNote(props: {
  count: number;
  interactive: boolean;
  x: number;
  y: number;
  /** Room to the plot's right edge: a phone gets the short form. */
  width: number;
}) {
  const style = useChartStyle();
  if (props.count === 0) return null;
  const values = props.count === 1 ? '1 value is' : `${props.count} values are`;
  const where = props.interactive ? ': point at them, or see the table' : '';
  const forms = [
    `${values} not labelled where points crowd${where}.`,
    `${values} not labelled where points crowd.`,
    `${values} not labelled.`,
  ];
  const text = forms.find((form) => measureText(form, style.axisLabel) <= props.width);
  return (
    <SvgText textStyle={style.axisLabel} x={props.x} y={props.y}>
      {text ?? ellipsize(forms.at(-1) ?? '', props.width, style.axisLabel, measureText)}
    </SvgText>
  );
}
