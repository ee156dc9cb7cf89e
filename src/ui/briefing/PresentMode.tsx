import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import type { DrawnSlide } from '../../export/deck/drawBriefingSlides';
import type { Briefing } from '../../state/briefing/briefing';

interface PresentModeProps {
  readonly briefing: Briefing;
  readonly dataset: Dataset;
  /** The page's `?dataset=`, for the links the slides print. */
  readonly datasetPath: string | undefined;
  readonly onExit: () => void;
}

/** A page on screen: the slide's picture, or why the slide has none. */
interface ShownPage {
  readonly key: string;
  readonly url?: string;
  readonly alt: string;
  readonly problem?: string;
}

const forward = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const back = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * The briefing full screen, one slide at a time, each the picture the deck holds (the 16:9 slide
 * export, fitted to the screen): arrows, Space, Page keys, Home and End move; Escape leaves.
 * Everything is drawn in the page from the dataset in hand, so it needs no network.
 */
export function PresentMode({ briefing: asked, dataset, datasetPath, onExit }: PresentModeProps) {
  const root = useRef<HTMLDivElement>(null);
  // The briefing as it was when Present was pressed: a save or a rename meanwhile does not
  // redraw the slides under the presenter.
  const [briefing] = useState(asked);
  // The latest way out, read when it is needed: the panel hands a new one on each render, and
  // the full-screen effect must not leave and re-enter full screen for that.
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });
  const [said, setSaid] = useState('');
  const [pages, setPages] = useState<readonly ShownPage[]>([]);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string>();
  const [index, setIndex] = useState(0);

  useEffect(() => {
    const urls: string[] = [];
    let live = true;
    const show = (slide: DrawnSlide) => {
      if (!live) return;
      const shown: ShownPage[] = slide.pages.length
        ? slide.pages.map((page, n) => {
            const url = URL.createObjectURL(new Blob([page.svg], { type: 'image/svg+xml' }));
            urls.push(url);
            return { key: `${slide.key}-${n}`, url, alt: page.alt };
          })
        : [{ key: slide.key, alt: slide.name, problem: slide.problem ?? 'Nothing to draw.' }];
      setPages((p) => [...p, ...shown]);
    };
    void import('../../export/deck/drawBriefingSlides')
      .then((m) =>
        m.drawBriefingSlides(prepareDataset(dataset), dataset, briefing, {
          onDrawn: show,
          datasetPath,
        }),
      )
      .then(
        () => live && setDone(true),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      live = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [briefing, dataset, datasetPath]);

  useEffect(() => {
    const element = root.current;
    element?.focus();
    // Full screen where the browser allows it; otherwise the overlay fills the window.
    void element?.requestFullscreen().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement && element?.dataset.full === 'yes') exit.current();
      if (element && document.fullscreenElement === element) element.dataset.full = 'yes';
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const last = Math.max(0, pages.length - 1);
  const go = (to: number) => {
    const next = Math.max(0, Math.min(last, to));
    setIndex(next);
    // Said on the presenter's own moves only, not as each page is drawn.
    setSaid(`Now on slide ${next + 1} of ${pages.length}.`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys stop here: Escape leaves the presentation, not the Briefing panel around it.
    event.stopPropagation();
    // Enter and Space on a button press that button (Previous, Exit), not "next slide".
    const onButton = event.target !== event.currentTarget;
    if (onButton && (event.key === 'Enter' || event.key === ' ')) return;
    if (event.key === 'Escape') onExit();
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(last);
    else if (forward.has(event.key) && !(event.key === ' ' && event.shiftKey)) go(index + 1);
    else if (back.has(event.key) || (event.key === ' ' && event.shiftKey)) go(index - 1);
    else return;
    event.preventDefault();
  };
  const page = pages[index];
  const total = done ? pages.length : `${pages.length}\u2026`;
  return (
    <div
      ref={root}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={`Presenting: ${briefing.title}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {page?.url ? (
        <img className="present-slide" src={page.url} alt={page.alt} />
      ) : (
        <p className="present-message" role="status">
          {page?.problem ?? (error ? '' : 'Drawing the slides\u2026')}
        </p>
      )}
      {error ? (
        <p className="present-message" role="alert">
          The slides after these could not be drawn: {error}
        </p>
      ) : null}
      <div className="present-controls">
        <button type="button" onClick={() => go(index - 1)} aria-disabled={index === 0}>
          Previous
        </button>
        <p className="present-counter">
          Slide {pages.length ? index + 1 : 0} of {total}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {said}
        </p>
        <button type="button" onClick={() => go(index + 1)} aria-disabled={index >= last}>
          Next
        </button>
        <button type="button" className="secondary" onClick={onExit}>
          Exit (Esc)
        </button>
      </div>
    </div>
  );
}
