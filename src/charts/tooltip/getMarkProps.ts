import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Claim } from '../../domain/claims/claim';
import { describeClaimForScreenReader } from '../../domain/format/describeClaim';
import type { ClaimPopover } from './useClaimPopover';
import { stripIsolates } from '../../domain/format/isolate';

/**
 * Props that make an SVG shape the focus target of a claim: a transparent button named by the
 * claim in one sentence, opening its card on hover and focus, pinned by a click, and by Enter or
 * Space from the keyboard with focus moving into the card. Pointing at it or focusing it also
 * highlights its claimant in every chart and table (`highlight`).
 */
export function getMarkProps(
  popover: ClaimPopover,
  claim: Claim,
  highlight: (claimant: string | undefined) => void,
) {
  const enter = (event: MouseEvent | FocusEvent) => {
    highlight(claim.source.id);
    popover.show(claim, event.currentTarget, 'hover');
  };
  return {
    className: 'mark-hit-area',
    fill: 'transparent',
    tabIndex: 0,
    role: 'button',
    'aria-label': stripIsolates(describeClaimForScreenReader(claim)),
    onMouseEnter: enter,
    onMouseLeave: () => {
      highlight(undefined);
      popover.hideSoon();
    },
    onFocus: enter,
    onBlur: (event: FocusEvent) => {
      highlight(undefined);
      const next = event.relatedTarget;
      if (!(next instanceof Element && next.closest('.claim-popover'))) popover.hideSoon();
    },
    onClick: (event: MouseEvent) => popover.show(claim, event.currentTarget, 'click'),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      popover.show(claim, event.currentTarget, 'keyboard');
    },
  };
}
