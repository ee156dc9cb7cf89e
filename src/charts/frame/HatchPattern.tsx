/**
 * Diagonal stripes in `color`, laid over a mark to say its figure is not vouched for (see
 * getDoubt): the mark keeps its own colour underneath, so series stay readable. A <pattern>
 * needs an id unique in the page, as several charts share one document (useId).
 */
export function HatchPattern({ id, color, scale }: { id: string; color: string; scale: number }) {
  const step = 6 * scale;
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={step}
        height={step}
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={step} stroke={color} strokeWidth={2.5 * scale} />
      </pattern>
    </defs>
  );
}
