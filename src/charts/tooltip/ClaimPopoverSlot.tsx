import { lazy, Suspense } from 'react';
import { usePrefetchAfterPaint } from '../../lib/runAfterNextPaint';
import type { ClaimPopover } from './useClaimPopover';

const loadView = () => import('./ClaimPopoverView');
const ClaimPopoverView = lazy(() => loadView().then((m) => ({ default: m.ClaimPopoverView })));

/**
 * Where a chart's claim card opens. The card and its positioning library are not needed to draw
 * the chart: they load once the chart is up (before anyone can point at a mark, in practice).
 */
export function ClaimPopoverSlot({ popover }: { popover: ClaimPopover }) {
  usePrefetchAfterPaint(loadView);
  if (!popover.state) return null;
  return (
    <Suspense fallback={null}>
      <ClaimPopoverView popover={popover} />
    </Suspense>
  );
}
