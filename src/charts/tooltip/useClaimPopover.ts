import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '../../domain/claims/claim';

export interface PopoverState {
  readonly claim: Claim;
  /** The mark the popover points at. */
  readonly anchor: Element;
  /** Opened by a click or a key: stays until dismissed. */
  readonly pinned: boolean;
  /** Opened from the keyboard: focus moves into the popover so its links can be reached. */
  readonly takeFocus: boolean;
}

/** 'focus': a mark reached from the keyboard shows its own card, even over a pinned one. */
export type OpenMode = 'hover' | 'focus' | 'click' | 'keyboard';

export interface ClaimPopover {
  readonly state: PopoverState | null;
  readonly show: (claim: Claim, anchor: Element, mode: OpenMode) => void;
  /** Hides after a short delay, so the pointer can travel from the mark into the popover. */
  readonly hideSoon: () => void;
  readonly keepOpen: () => void;
  readonly hide: () => void;
}

const hideDelayMs = 200;

/** Which claim's details are open, for one chart: hover and focus open, leaving closes. */
export function useClaimPopover(): ClaimPopover {
  const [state, setState] = useState<PopoverState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const keepOpen = useCallback(() => window.clearTimeout(timer.current), []);
  const hide = useCallback(() => {
    window.clearTimeout(timer.current);
    setState(null);
  }, []);
  const show = useCallback((claim: Claim, anchor: Element, mode: OpenMode) => {
    window.clearTimeout(timer.current);
    const pinned = mode !== 'hover' && mode !== 'focus';
    // Hovering other marks does not replace a card the user pinned open; focusing one does, so
    // the card always tells of the mark a keyboard or screen-reader user is on.
    setState((current) =>
      current?.pinned && mode === 'hover' && current.anchor !== anchor
        ? current
        : { claim, anchor, pinned, takeFocus: mode === 'keyboard' },
    );
  }, []);
  const hideSoon = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState((s) => (s?.pinned ? s : null)), hideDelayMs);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { state, show, hideSoon, keepOpen, hide };
}
