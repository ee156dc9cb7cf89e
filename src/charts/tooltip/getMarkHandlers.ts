import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Claim } from '../../domain/claim';
import type { ClaimPopover } from './useClaimPopover';

/**
 * Event handlers that make a chart mark open its claim's card: on hover and focus, pinned by a
 * click, and by Enter or Space from the keyboard with focus moving into the card.
 */
export function getMarkHandlers(popover: ClaimPopover, claim: Claim) {
  return {
    onMouseEnter: (event: MouseEvent) => popover.show(claim, event.currentTarget, 'hover'),
    onMouseLeave: () => popover.hideSoon(),
    onFocus: (event: FocusEvent) => popover.show(claim, event.currentTarget, 'hover'),
    onBlur: (event: FocusEvent) => {
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
