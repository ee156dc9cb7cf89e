import { makeChartStyle } from '../../charts/chartStyle';

const ink = makeChartStyle('light');

/**
 * The frame both deck writers draw around the charts (title slide, sources slides), in points:
 * a slide is 960 × 540 pt, PowerPoint's 16:9 "wide" layout (13.333 × 7.5 in) and the PDF's page
 * alike, so that one layout serves both. The charts' own pages fill the slide edge to edge.
 */
export const deckLayout = {
  width: 960,
  height: 540,
  /** Left and right margin of the frame's text. */
  margin: 60,
  /** Top of the sources slides' entries, under their heading. */
  sourcesTop: 118,
  /** Bottom margin no entry of a sources slide may cross. */
  bottom: 44,
  /** Space between two citations. */
  entryGap: 9,
  /** Line height as a multiple of the font size: above Inter's 1.21 em text box. */
  leading: 1.25,
  /** The family the SVGs name and the PDF registers; PowerPoint substitutes a sans-serif. */
  fontFace: 'Inter',
  colors: {
    text: ink.text,
    body: ink.subtitle.fill,
    muted: ink.muted,
    /** Links: the first series blue, 5:1 on white. */
    link: '#0072B2',
    background: ink.background,
  },
  type: {
    title: { size: 40, weight: 700 },
    dataset: { size: 24, weight: 600 },
    detail: { size: 16, weight: 400 },
    heading: { size: 28, weight: 700 },
    citation: { size: 15, weight: 400 },
    url: { size: 12, weight: 400 },
  },
} as const;

/** Points to inches (PowerPoint's unit in pptxgenjs). */
export function toInches(points: number): number {
  return points / 72;
}
