import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { ClaimCard } from './ClaimCard';
import type { ClaimPopover } from './useClaimPopover';
import { stripIsolates } from '../../domain/format/isolate';

/**
 * The open claim's card, placed next to its mark. It stays open while the pointer is over it,
 * so its links can be clicked. From the keyboard, Tab moves through its links; Escape, or Tab
 * past either end, closes it and returns focus to the mark, so the reader keeps their place.
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

  const returnToMark = useCallback(() => {
    // Focus first, then hide: focusing the mark asks to show it again, and hiding must win.
    const anchor = state?.anchor;
    if (anchor instanceof HTMLElement || anchor instanceof SVGElement) anchor.focus();
    hide();
  }, [state, hide]);

  useEffect(() => {
    if (!state) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') returnToMark();
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
  }, [state, hide, returnToMark]);

  useEffect(() => {
    if (state?.takeFocus) ref.current?.focus();
  }, [state]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const links = [...ref.current.querySelectorAll<HTMLElement>('a[href], button')];
    const active = document.activeElement;
    const leavingBack = event.shiftKey && (active === ref.current || active === links[0]);
    const leavingForward = !event.shiftKey && (links.length === 0 || active === links.at(-1));
    if (leavingBack || leavingForward) {
      event.preventDefault();
      returnToMark();
    }
  };

  if (!state) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="claim-popover"
      role="dialog"
      aria-label={`Details: ${stripIsolates(state.claim.source.name)}`}
      onMouseEnter={keepOpen}
      onMouseLeave={hideSoon}
      onFocus={keepOpen}
      onKeyDown={onKeyDown}
    >
      <ClaimCard claim={state.claim} />
    </div>
  );
}
