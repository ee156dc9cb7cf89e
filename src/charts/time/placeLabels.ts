export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface PlacedLabel {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
}

/**
 * Value labels above their points, or below where that collides with a label already placed;
 * a label that fits nowhere is left out (the value stays in the card and the table). Returns
 * one entry per request, undefined where left out.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  measure: (text: string) => number,
  bounds: { left: number; right: number; top: number; bottom: number; scale?: number },
  /** A label's box height: its text's ascent plus descent (about 1.25 em). */
  textHeight = 12 * (bounds.scale ?? 1),
): (PlacedLabel | undefined)[] {
  // Label height and its gap from the point, in pixels at the chart's scale.
  const k = bounds.scale ?? 1;
  const height = textHeight;
  const gap = 9 * k;
  const boxes: { left: number; right: number; top: number; bottom: number }[] = [];
  const overlaps = (box: (typeof boxes)[number]) =>
    box.left < bounds.left ||
    box.right > bounds.right ||
    box.top < bounds.top ||
    box.bottom > bounds.bottom ||
    boxes.some(
      (b) => box.left < b.right && box.right > b.left && box.top < b.bottom && box.bottom > b.top,
    );
  return requests.map((request) => {
    const half = measure(request.text) / 2 + 2 * k;
    for (const baseline of [request.y - gap, request.y + gap + height - 2 * k]) {
      const box = {
        left: request.x - half,
        right: request.x + half,
        top: baseline - height + 2 * k,
        bottom: baseline + 2 * k,
      };
      if (!overlaps(box)) {
        boxes.push(box);
        return { x: request.x, y: baseline, text: request.text };
      }
    }
    return undefined;
  });
}
