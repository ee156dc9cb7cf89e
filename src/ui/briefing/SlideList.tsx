import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { BriefingSlide } from '../../state/briefing/briefing';
import type { BriefingChange } from '../../state/briefing/changeBriefing';
import { parseViewState } from '../../state/viewState';
import { getView } from '../../domain/views/viewRegistry';

interface SlideListProps {
  readonly slides: readonly BriefingSlide[];
  readonly change: (change: BriefingChange, name: string) => void;
  /** Opens the slide's view in the page, as its link would. */
  readonly open: (link: string) => void;
}

/** A slide's name in the list: the person's, else the view it shows. */
export function nameSlide(slide: BriefingSlide): string {
  return slide.name ?? getView(parseViewState(slide.link).state.view).title;
}

/**
 * The briefing's slides in order, each with its name (editable), and buttons to move, duplicate,
 * remove and open it. Alt+Up and Alt+Down move the slide whose control has focus; focus stays
 * on it, so a keyboard user can carry a slide several places in a row.
 */
export function SlideList({ slides, change, open }: SlideListProps) {
  const list = useRef<HTMLOListElement>(null);
  // After a move the list is drawn anew: focus the same control of the moved slide.
  const refocus = useRef<{ key: string; control: string }>(undefined);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = undefined;
    const item = list.current?.querySelector(`[data-key="${CSS.escape(wanted.key)}"]`);
    item?.querySelector<HTMLElement>(`[data-control="${wanted.control}"]`)?.focus();
  }, [slides]);

  const move = (slide: BriefingSlide, to: number, control: string) => {
    if (to < 0 || to >= slides.length) return;
    change({ kind: 'move', key: slide.key, to }, nameSlide(slide));
    refocus.current = { key: slide.key, control };
  };
  const onKeyDown = (event: KeyboardEvent, slide: BriefingSlide, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'name';
    move(slide, index + (event.key === 'ArrowUp' ? -1 : 1), control);
  };

  return (
    <ol ref={list} className="slide-list" aria-label="Slides">
      {slides.map((slide, index) => {
        const name = nameSlide(slide);
        const n = index + 1;
        return (
          <li key={slide.key} data-key={slide.key} onKeyDown={(e) => onKeyDown(e, slide, index)}>
            <span className="slide-number" aria-hidden="true">
              {n}
            </span>
            <input
              // Drawn anew when the name changes elsewhere (undo), as it is not controlled.
              key={name}
              type="text"
              data-control="name"
              aria-label={`Name of slide ${n} (Alt+Up or Alt+Down moves it)`}
              defaultValue={name}
              maxLength={100}
              onBlur={(event) => {
                const next = event.target.value.trim();
                // An empty name is not taken: the field shows the name kept.
                if (!next) event.target.value = name;
                else if (next !== name)
                  change({ kind: 'rename', key: slide.key, name: next }, next);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur();
              }}
            />
            <span className="slide-buttons">
              <button
                type="button"
                className="secondary"
                data-control="up"
                aria-label={`Move up: ${name}`}
                aria-disabled={index === 0}
                onClick={() => move(slide, index - 1, 'up')}
              >
                Up
              </button>
              <button
                type="button"
                className="secondary"
                data-control="down"
                aria-label={`Move down: ${name}`}
                aria-disabled={index === slides.length - 1}
                onClick={() => move(slide, index + 1, 'down')}
              >
                Down
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Duplicate: ${name}`}
                onClick={() => change({ kind: 'duplicate', key: slide.key }, name)}
              >
                Duplicate
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Remove: ${name}`}
                onClick={() => change({ kind: 'remove', key: slide.key }, name)}
              >
                Remove
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Open: ${name}`}
                onClick={() => open(slide.link)}
              >
                Open
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
