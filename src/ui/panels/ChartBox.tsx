import { use, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { BakedLayoutContext } from '../../lib/bakedLayout';
import { useElementWidth } from '../../lib/useElementWidth';

/** Below this a chart scrolls sideways rather than squeezing its labels. */
export const minChartWidth = 320;

/**
 * A chart laid out for the width its container gives it, drawn once that width is known.
 *
 * On a page baked at build time the box arrives holding the chart drawn at every baked width,
 * the CSS showing one. Taking the page over, it draws exactly that, keeps the drawing shown and
 * drops the others: nothing is drawn again and nothing moves. The chart is drawn live (its cards
 * on hover and focus) the first time a pointer or the focus comes to it, or once the box is not
 * as wide as the drawing kept.
 */
export function ChartBox({ children }: { children: (width: number) => ReactNode }) {
  const baked = use(BakedLayoutContext);
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref);
  const [hydrating, setHydrating] = useState(baked !== undefined);
  // The width of the baked drawing kept, until the chart is drawn live.
  const [kept, setKept] = useState<number>();
  const [live, setLive] = useState(baked === undefined);
  const refocus = useRef<number>(undefined);
  useLayoutEffect(() => {
    if (!hydrating) return;
    const shown = [...(ref.current?.children ?? [])].find(
      (child): child is HTMLElement =>
        child instanceof HTMLElement && getComputedStyle(child).display !== 'none',
    );
    const width = Number(shown?.dataset.bakedWidth);
    // Which drawing the CSS shows is known only once the page is laid out, before it is painted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHydrating(false);
    if (Number.isFinite(width)) setKept(width);
    else setLive(true);
  }, [hydrating]);
  useLayoutEffect(() => {
    // The box is not as wide as the drawing kept: drawn live for its width, before the paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!live && !hydrating && measured > 0 && measured !== kept) setLive(true);
  }, [live, hydrating, measured, kept]);
  useLayoutEffect(() => {
    // A keyboard user who tabbed onto a baked mark is on the same mark of the live chart.
    if (!live || refocus.current === undefined) return;
    listFocusable(ref.current)[refocus.current]?.focus();
    refocus.current = undefined;
  }, [live]);

  if (hydrating && baked) {
    return (
      <div ref={ref} className="chart-box">
        {baked.chartWidths.map((width) => (
          <div key={width} className="chart-fit" data-baked-width={width}>
            <BakedLayoutContext value={baked}>{children(width)}</BakedLayoutContext>
          </div>
        ))}
      </div>
    );
  }
  const width = live ? Math.max(measured, minChartWidth) : kept;
  const goLive = () => setLive(true);
  return (
    <div
      ref={ref}
      className="chart-box"
      {...(live
        ? {}
        : {
            onPointerEnter: goLive,
            // A pointer that was over the box before the takeover sends no pointerenter.
            onPointerMove: goLive,
            onFocus: (event: React.FocusEvent) => {
              const index = listFocusable(ref.current).findIndex((node) => node === event.target);
              if (index >= 0) refocus.current = index;
              goLive();
            },
          })}
    >
      {measured > 0 && width !== undefined ? (
        <div key={kept ?? 'chart'} className="chart-fit">
          <BakedLayoutContext value={live ? undefined : baked}>
            {children(width)}
          </BakedLayoutContext>
        </div>
      ) : null}
    </div>
  );
}

/** The chart's own focus stops (its marks), in order. */
function listFocusable(box: HTMLElement | null): (HTMLElement | SVGElement)[] {
  return [...(box?.querySelectorAll<HTMLElement | SVGElement>('.chart [tabindex="0"]') ?? [])];
}
