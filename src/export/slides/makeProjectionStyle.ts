import {
  makeChartStyle,
  type ChartStyle,
  type TextRole,
  type ThemeName,
  type TypeScale,
  type TypeSpec,
} from '../../charts/chartStyle';

/**
 * Type for slides shown on a projector, in points on a slide 13.33 inches (960 pt) wide, the
 * size PowerPoint and Keynote give a 16:9 slide; a 4:3 slide is read at the same width, so its
 * type is in proportion. At 1920 px, 1 pt is 2 px.
 */
export const slideWidthPt = 960;

/**
 * The least sizes a slide's text may have, in points (the rules the tests measure against):
 * the title, claimant names and the figures, and everything else (notes, sources, the stamp).
 */
export const projectionFloors = { title: 24, name: 12, value: 12, least: 8 } as const;

/**
 * Slide type in points. Names and figures well above the floors; notes and sources at 9 pt
 * and the stamp at 8: small, but they must stay in the picture rather than go elsewhere.
 */
const projectionType: TypeScale = {
  title: [26, 700, 32],
  subtitle: [14, 400, 18],
  callout: [14, 600, 18],
  legend: [12, 400, 16],
  label: [14, 600, 18],
  // Room under a name for the detail's ascent and the name's descent.
  detail: [10, 400, 14],
  heading: [12, 700, 16],
  value: [13, 600, 17],
  axisLabel: [10, 400, 13],
  note: [9, 400, 12],
  source: [9, 400, 12],
  stamp: [8, 600, 11],
  // A briefer's callout, read with the figures it points at.
  annotation: [13, 400, 17],
};

/**
 * The roles that grow when a chart has few bars: what the eye reads on the marks. Not the
 * legend: a line chart's legend of claimants would crowd out its plot.
 */
const growingRoles: readonly TextRole[] = ['label', 'detail', 'heading', 'value', 'axisLabel'];

/** How much larger than its floor the chart's own text may grow on a slide with few bars. */
export const mostGrowth = 1.5;

/** Pixels per point on a slide of this width. */
export function getPixelsPerPoint(width: number): number {
  return width / slideWidthPt;
}

/** The roles of the notes, sources and stamp: set smaller only where nothing else will do. */
const footerRoles: readonly TextRole[] = ['note', 'source', 'stamp'];

export interface ProjectionChoice {
  /** How much the chart's own text (names, figures, ticks, legend) grows: 1 to 1.5. */
  readonly growth?: number;
  /**
   * The share of the slide's width for a column of notes and sources right of the plot
   * (0.4, 0.5); 0 puts them below it.
   */
  readonly sidebar?: number;
  /**
   * Below 1 only where notes and sources are too long for the widest sidebar of any slide at
   * their floor size: the one case a slide's text goes under 8 pt, rather than lose a source.
   */
  readonly footerScale?: number;
}

/**
 * A slide's chart style: type set in points for a projector, spacing in proportion, the chart's
 * own text grown where room allows, and the notes and sources below the plot or beside it.
 */
export function makeProjectionStyle(
  theme: ThemeName,
  width: number,
  { growth = 1, sidebar = 0, footerScale = 1 }: ProjectionChoice = {},
): ChartStyle {
  const grow = Math.min(mostGrowth, Math.max(1, growth));
  const type: Record<TextRole, TypeSpec> = { ...projectionType };
  const scaleRoles = (roles: readonly TextRole[], k: number) => {
    for (const role of roles) {
      const [size, weight, lineHeight] = projectionType[role];
      type[role] = [size * k, weight, lineHeight * k];
    }
  };
  scaleRoles(growingRoles, grow);
  scaleRoles(footerRoles, Math.min(1, footerScale));
  const style = makeChartStyle(theme, getPixelsPerPoint(width), type);
  return { ...style, sidebar: Math.round(width * sidebar) };
}
