import { useState, type KeyboardEvent } from 'react';

/**
 * One Tab stop per chart (the WAI-ARIA roving tabindex): the mark last focused, else the first,
 * is in the tab order and every other mark is not; arrow keys move between them, Home and End go
 * to the ends. A chart of forty figures is one Tab press, not forty.
 */
export interface RovingMarks {
  /** The id of the one mark in the tab order. */
  readonly stop: string | undefined;
  readonly setActive: (id: string) => void;
}

/** `ids`: the chart's marks (claim ids), in the order the arrow keys follow. */
export function useRovingMarks(ids: readonly string[]): RovingMarks {
  const [active, setActive] = useState<string>();
  const stop = active !== undefined && ids.includes(active) ? active : ids[0];
  return { stop, setActive };
}

const forward = new Set(['ArrowDown', 'ArrowRight']);
const back = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Moves focus to the next or previous mark of the same chart (in document order, as drawn), or
 * to its first or last; true when the key was one of those.
 */
export function moveAmongMarks(event: KeyboardEvent): boolean {
  const { key } = event;
  // Alt+Left (back), Ctrl+Home and the like stay the browser's.
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  if (!forward.has(key) && !back.has(key) && key !== 'Home' && key !== 'End') return false;
  const chart = event.currentTarget.closest('svg');
  if (!chart) return false;
  const marks = [...chart.querySelectorAll<SVGElement>('.mark-hit-area')];
  const at = marks.indexOf(event.currentTarget as SVGElement);
  const to =
    key === 'Home'
      ? 0
      : key === 'End'
        ? marks.length - 1
        : Math.min(marks.length - 1, Math.max(0, at + (forward.has(key) ? 1 : -1)));
  event.preventDefault();
  marks[to]?.focus();
  return true;
}

/** The marks' group, as a screen reader announces it on the way in: how to move inside. */
export const marksGroupProps = {
  role: 'group',
  'aria-label': 'Figures: arrow keys move between them, Enter opens one',
} as const;
