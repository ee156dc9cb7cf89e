import { formatValueShort } from '../../domain/format/formatValue';
import type { TimePoint } from '../../domain/charts/chartModel';
import { placeLabels, type PlacedLabel } from './placeLabels';

export interface DrawnMark {
  readonly point: TimePoint;
  /** Its line: the claimant's id. */
  readonly series: string;
  readonly cx: number;
  readonly cy: number;
  /** Ends of the band a month or a year is drawn as, in pixels (equal for a day). */
  readonly startX: number;
  readonly endX: number;
}

/**
 * Value labels for an over-time chart's marks, in the marks' order (undefined where left out).
 * Each line's latest figure is placed first, then its first, then the rest in order of date, so
 * that the figures a reader looks for keep their labels in a crowd. Labels keep clear of every
 * marker, every line between a claimant's figures and every month or year band (placeLabels);
 * marks left out of `labelled` stay bare but are kept clear of all the same.
 */
export function labelTimeMarks(
  marks: readonly DrawnMark[],
  measure: (text: string) => number,
  bounds: { left: number; right: number; top: number; bottom: number; scale: number },
  textHeight: number,
  /** The claims whose marks may be labelled (see chooseLabelledPoints); the rest stay bare. */
  labelled?: ReadonlySet<string>,
): (PlacedLabel | undefined)[] {
  const segments = [
    ...marks.flatMap((mark, i) => {
      const next = marks[i + 1];
      return next?.series === mark.series
        ? [{ x1: mark.cx, y1: mark.cy, x2: next.cx, y2: next.cy }]
        : [];
    }),
    ...marks
      .filter((mark) => mark.endX - mark.startX > 1)
      .map((mark) => ({ x1: mark.startX, y1: mark.cy, x2: mark.endX, y2: mark.cy })),
  ];
  const rank = (i: number) => {
    const mark = marks[i];
    const last = marks[i + 1]?.series !== mark?.series;
    const first = marks[i - 1]?.series !== mark?.series;
    return last ? 0 : first ? 1 : 2;
  };
  const order = marks
    .map((_, i) => i)
    .filter((i) => !labelled || labelled.has(marks[i]?.point.claim.id ?? ''))
    .sort((a, b) => rank(a) - rank(b) || a - b);
  const placed = placeLabels(
    order.map((i) => {
      const mark = marks[i] as DrawnMark;
      return { x: mark.cx, y: mark.cy, text: formatValueShort(mark.point.claim.value) };
    }),
    measure,
    bounds,
    textHeight,
    { points: marks.map((m) => ({ x: m.cx, y: m.cy })), segments },
  );
  const labels: (PlacedLabel | undefined)[] = marks.map(() => undefined);
  order.forEach((markIndex, placedIndex) => {
    labels[markIndex] = placed[placedIndex];
  });
  return labels;
}
