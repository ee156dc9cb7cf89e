import type { Briefing, BriefingSlide } from './briefing';

/**
 * The changes a person makes to a briefing in its panel, each a pure function from one briefing
 * to the next, so that undo is keeping the previous one.
 */
export type BriefingChange =
  | { readonly kind: 'add'; readonly link: string; readonly name?: string }
  | { readonly kind: 'rename'; readonly key: string; readonly name: string }
  | { readonly kind: 'move'; readonly key: string; readonly to: number }
  | { readonly kind: 'duplicate'; readonly key: string }
  | { readonly kind: 'remove'; readonly key: string }
  | { readonly kind: 'retitle'; readonly title: string };

export function changeBriefing(briefing: Briefing, change: BriefingChange): Briefing {
  const { slides } = briefing;
  const index = 'key' in change ? slides.findIndex((s) => s.key === change.key) : -1;
  switch (change.kind) {
    case 'add': {
      const slide: BriefingSlide = {
        key: makeSlideKey(slides),
        link: change.link,
        ...(change.name ? { name: change.name } : {}),
      };
      return { ...briefing, slides: [...slides, slide] };
    }
    case 'retitle':
      return { ...briefing, title: change.title };
    case 'rename': {
      const slide = slides[index];
      if (!slide) return briefing;
      const { name: _old, ...rest } = slide;
      const renamed = change.name.trim() ? { ...rest, name: change.name.trim() } : rest;
      return { ...briefing, slides: slides.with(index, renamed) };
    }
    case 'move': {
      const slide = slides[index];
      const to = Math.max(0, Math.min(slides.length - 1, change.to));
      if (!slide || to === index) return briefing;
      const rest = slides.filter((s) => s !== slide);
      return { ...briefing, slides: [...rest.slice(0, to), slide, ...rest.slice(to)] };
    }
    case 'duplicate': {
      const slide = slides[index];
      if (!slide) return briefing;
      const copy = { ...slide, key: makeSlideKey(slides) };
      return { ...briefing, slides: slides.toSpliced(index + 1, 0, copy) };
    }
    case 'remove':
      return index < 0 ? briefing : { ...briefing, slides: slides.toSpliced(index, 1) };
  }
}

/** A key no slide of the list has: `s1`, `s2`, … */
export function makeSlideKey(slides: readonly BriefingSlide[]): string {
  const used = new Set(slides.map((s) => s.key));
  let n = slides.length + 1;
  while (used.has(`s${n}`)) n += 1;
  return `s${n}`;
}

/** What a change did, in words for the panel's status line and its Undo button. */
export function describeBriefingChange(change: BriefingChange, name: string): string {
  switch (change.kind) {
    case 'add':
      return `Added \u201c${name}\u201d to the briefing.`;
    case 'rename':
      return `Renamed the slide \u201c${name}\u201d.`;
    case 'move':
      return `Moved \u201c${name}\u201d to position ${change.to + 1}.`;
    case 'duplicate':
      return `Duplicated \u201c${name}\u201d.`;
    case 'remove':
      return `Removed \u201c${name}\u201d.`;
    case 'retitle':
      return `Renamed the briefing \u201c${name}\u201d.`;
  }
}
