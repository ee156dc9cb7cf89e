import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'react';
import { ClaimCard } from './ClaimCard';
import type { ClaimPopover } from './useClaimPopover';

/**
 * The open claim's card, placed next to its mark. It stays open while the pointer is over it,
 * so its links can be clicked; Escape closes it and returns focus to the mark.
 */
export function ClaimPopoverView({ popover }: { popover: ClaimPopover }) {
  const ref = useRef<HTMLDivElement>(null);
  const { state, keepOpen, hideSoon, hide } = popover;

  useEffect(() => {
    const floating = ref.current;
    if (!state || !floating) return undefined;
    return autoUpdate(state.anchor, floating, () => {
      void computePosition(state.anchor, floating, {
        placement: 'top',
        strategy: 'fixed',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }, [state]);

  useEffect(() => {
    if (!state) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Focus first, then hide: focusing the mark asks to show it again, and hiding must win.
      if (state.anchor instanceof HTMLElement || state.anchor instanceof SVGElement) {
        state.anchor.focus();
      }
      hide();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !state.anchor.contains(target)) hide();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [state, hide]);

  useEffect(() => {
    if (state?.takeFocus) ref.current?.focus();
  }, [state]);

  if (!state) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="claim-popover"
      role="dialog"
      aria-label={`Details: ${state.claim.source.name}`}
      onMouseEnter={keepOpen}
      onMouseLeave={hideSoon}
      onFocus={keepOpen}
    >
      <ClaimCard claim={state.claim} />
    </div>
  );
}
