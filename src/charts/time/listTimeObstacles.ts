import type { OverTimeModel } from '../../domain/charts/chartModel';
import { getDoubt } from '../../domain/claims/getDoubt';
import type { MeasureText } from '../../lib/measureText';
import type { CalloutObstacles } from '../annotation/indexObstacles';
import type { CalloutTarget } from '../annotation/placeCallout';
import type { ChartStyle } from '../chartStyle';
import type { Box, Segment } from '../plotGeometry';
import { chooseLabelledPoints, placeTimeMarks } from './chooseLabelledPoints';
import { labelTimeMarks } from './labelTimeMarks';
import { getTimeAxisMax } from './timeAxes';

/** What a callout on an over-time chart keeps clear of, and the mark it points at. */
export interface TimeObstacles {
  readonly obstacles: CalloutObstacles;
  /** The target's marker and its lines: the box keeps clear of them, the leader ends there. */
  readonly own: CalloutObstacles;
  readonly target: CalloutTarget;
}

/**
 * Everything an over-time chart draws in a plot (`plot`, in the chart's pixels) that a callout
 * on `claimId` keeps clear of, as TimeMarks places it: each marker (ringed or not), month and
 * year bands, whiskers, the lines between a claimant's figures, the value labels and their
 * leaders. Undefined where no point draws the claim (a stale id).
 */
export function listTimeObstacles(
  model: OverTimeModel,
  plot: Box,
  claimId: string,
  style: ChartStyle,
  measure: MeasureText,
): TimeObstacles | undefined {
  const k = style.scale;
  const width = plot.right - plot.left;
  const height = plot.bottom - plot.top;
  const marks = placeTimeMarks(model, width, height).map((mark) => ({
    ...mark,
    cx: plot.left + mark.cx,
    cy: plot.top + mark.cy,
    startX: plot.left + mark.startX,
    endX: plot.left + mark.endX,
  }));
  const targetIndex = marks.findIndex((mark) => mark.point.claim.id === claimId);
  const targetMark = marks[targetIndex];
  if (!targetMark) return undefined;
  // As TimeMarks labels them: its bounds reach 24 px right of the plot.
  const labels = labelTimeMarks(
    marks,
    (text) => measure(text, style.value),
    { left: plot.left, right: plot.right + 24 * k, top: plot.top, bottom: plot.bottom, scale: k },
    style.value.lineHeight,
    chooseLabelledPoints(model),
  );
  const yMax = model.axisMax ?? getTimeAxisMax(model.series);
  const toY = (value: number) => plot.bottom - (value / yMax) * height;
  const boxes: Box[] = [];
  const segments: Segment[] = [];
  const own: { boxes: Box[]; segments: Segment[] } = { boxes: [], segments: [] };
  marks.forEach((mark, i) => {
    const mine = i === targetIndex;
    const { cx, cy, point } = mark;
    // A marker is 4.5 px round (a triangle 5), a doubt ring 8.
    const r = (getDoubt(point.claim) ? 9 : 7) * k;
    (mine ? own.boxes : boxes).push({ left: cx - r, right: cx + r, top: cy - r, bottom: cy + r });
    if (mark.endX - mark.startX > 1) {
      const band = {
        left: mark.startX - 3 * k,
        right: mark.endX + 3 * k,
        top: cy - 3 * k,
        bottom: cy + 3 * k,
      };
      (mine ? own.boxes : boxes).push(band);
    }
    if (point.low !== point.high) {
      const [high, low] = [toY(point.high), toY(point.low)];
      segments.push({ x1: cx, y1: high, x2: cx, y2: low });
      for (const y of [high, low]) segments.push({ x1: cx - 5 * k, y1: y, x2: cx + 5 * k, y2: y });
    }
    const next = marks[i + 1];
    if (next?.series === mark.series) {
      const line = { x1: cx, y1: cy, x2: next.cx, y2: next.cy };
      (mine || i + 1 === targetIndex ? own.segments : segments).push(line);
    }
  });
  for (const label of labels) {
    if (!label) continue;
    const half = measure(label.text, style.value) / 2 + 2 * k;
    const bottom = label.y + 2 * k;
    boxes.push({
      left: label.x - half,
      right: label.x + half,
      top: bottom - style.value.lineHeight,
      bottom,
    });
    if (label.leader) segments.push(label.leader);
  }
  const doubt = getDoubt(targetMark.point.claim);
  return {
    obstacles: { boxes, segments },
    own,
    target: { kind: 'point', x: targetMark.cx, y: targetMark.cy, radius: (doubt ? 9 : 6.5) * k },
  };
}
