import type { BriefingSlide } from './briefing';

/** Slides with runtime keys, `s1` for the first: unique in the list, as undo and lists need. */
export function assignSlideKeys(
  slides: readonly { readonly name?: string | undefined; readonly link: string }[],
): BriefingSlide[] {
  return slides.map(({ name, link }, index) => ({
    key: `s${index + 1}`,
    ...(name === undefined ? {} : { name }),
    link,
  }));
}
