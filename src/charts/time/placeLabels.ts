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

const height = 12;
const gap = 9;

/**
 * Value labels above their points, or below where that collides with a label already placed;
 * a label that fits nowhere is left out (the value stays in the card and the table). Returns
 * one entry per request, undefined where left out.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  measure: (text: string) => number,
  bounds: { left: number; right: number; top: number; bottom: number },
): (PlacedLabel | undefined)[] {
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
    const half = measure(request.text) / 2 + 2;
    for (const baseline of [request.y - gap, request.y + gap + height - 2]) {
      const box = {
        left: request.x - half,
        right: request.x + half,
        top: baseline - height + 2,
        bottom: baseline + 2,
      };
      if (!overlaps(box)) {
        boxes.push(box);
        return { x: request.x, y: baseline, text: request.text };
      }
    }
    return undefined;
  });
}
