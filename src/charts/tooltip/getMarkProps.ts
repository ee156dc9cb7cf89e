import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Claim } from '../../domain/claims/claim';
import { describeClaimForScreenReader } from '../../domain/format/describeClaim';
import type { ClaimPopover } from './useClaimPopover';
import { stripIsolates } from '../../domain/format/isolate';
import { moveAmongMarks, type RovingMarks } from './useRovingMarks';

/**
 * Props that make an SVG shape the focus target of a claim: a transparent button named by the
 * claim in one sentence, opening its card on hover and focus, pinned by a click, and by Enter or
 * Space from the keyboard with focus moving into the card (Escape brings it back). Pointing at it
 * or focusing it also highlights its claimant in every chart and table (`highlight`). Only the
 * chart's roving stop is in the tab order; arrow keys move between marks (useRovingMarks), and
 * Tab leaves the chart, closing a card that focus opened rather than stepping into it.
 */
export function getMarkProps(
  popover: ClaimPopover,
  claim: Claim,
  highlight: (claimant: string | undefined) => void,
  roving: RovingMarks,
) {
  const enter = (event: MouseEvent | FocusEvent, mode: 'hover' | 'focus') => {
    highlight(claim.source.id);
    popover.show(claim, event.currentTarget, mode);
  };
  return {
    className: 'mark-hit-area',
    fill: 'transparent',
    tabIndex: roving.stop === claim.id ? 0 : -1,
    role: 'button',
    'aria-label': stripIsolates(describeClaimForScreenReader(claim)),
    onMouseEnter: (event: MouseEvent) => enter(event, 'hover'),
    onMouseLeave: () => {
      highlight(undefined);
      popover.hideSoon();
    },
    onFocus: (event: FocusEvent) => {
      roving.setActive(claim.id);
      enter(event, 'focus');
    },
    onBlur: (event: FocusEvent) => {
      highlight(undefined);
      const next = event.relatedTarget;
      if (!(next instanceof Element && next.closest('.claim-popover'))) popover.hideSoon();
    },
    onClick: (event: MouseEvent) => popover.show(claim, event.currentTarget, 'click'),
    onKeyDown: (event: KeyboardEvent) => {
      if (moveAmongMarks(event)) return;
      if (event.key === 'Tab') {
        popover.hide();
        return;
      }
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      popover.show(claim, event.currentTarget, 'keyboard');
    },
  };
}
