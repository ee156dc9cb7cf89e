import { createContext, useContext } from 'react';
import { fontFamily, type FontSpec } from '../lib/measureText';

/**
 * Colours, type and spacing of every chart, in a light and a dark theme and at any scale. They
 * are written as attributes on the SVG itself (not CSS), so that a chart copied or exported as
 * an image keeps them. Exports at slide sizes draw at a larger scale.
 */
export type ThemeName = 'light' | 'dark';

export interface TextStyle extends FontSpec {
  /** Pixels from one baseline to the next. */
  readonly lineHeight: number;
  readonly fill: string;
}

const textRoles = [
  'title',
  'subtitle',
  'callout',
  'legend',
  'label',
  'detail',
  'heading',
  'value',
  'axisLabel',
  'note',
  'source',
  'stamp',
  // A briefer's callout inside the plot (see annotation/CalloutSvg).
  'annotation',
] as const;
export type TextRole = (typeof textRoles)[number];

export type ChartStyle = Readonly<Record<TextRole, TextStyle>> & {
  readonly theme: ThemeName;
  readonly scale: number;
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  /** Series colours, colour-blind-checked (see seriesPalettes). */
  readonly series: readonly string[];
  /** Stated totals: a neutral set apart from the series. */
  readonly total: string;
  /** Bars that cannot be compared with the rest are drawn at this opacity. */
  readonly mutedOpacity: number;
  readonly padding: number;
  /** Height of a row's band in row charts, headings included. */
  readonly rowBand: number;
  readonly barThickness: number;
  /** Room under a plot for axis ticks and the unit. */
  readonly axisHeight: number;
  readonly legendSwatch: number;
  /**
   * Width of a column right of the plot for the notes and sources; 0 puts them below it. Wide
   * slides use one: their width is to spare and their height is not.
   */
  readonly sidebar: number;
};

const inks = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    body: '#3d3d3d',
    muted: '#5c5c5c',
    grid: '#e4e4e4',
    axis: '#767676',
    accent: '#7a3b00',
    total: '#4d4d4d',
  },
  dark: {
    background: '#16181d',
    text: '#f2f2f2',
    body: '#d6d6d6',
    muted: '#a8adb5',
    grid: '#33373f',
    axis: '#8a9099',
    accent: '#ffb46b',
    total: '#b8bcc4',
  },
} as const;

/**
 * Series colours, by slot: a claimant keeps its slot in both themes (see assignColorSlots).
 * Light: Okabe-Ito (2008) without its yellow, which is too pale on white, then Paul Tol's wine
 * and indigo and a brown. Dark: each light colour's partner, of the same hue (within 25 degrees
 * of CIELAB hue, and nearer its own partner in a* and b* than any other light colour), lightened to a contrast
 * of at least 3:1 on the dark background; black's partner is white. In both, under simulated
 * protanopia, deuteranopia and tritanopia (Machado et al., 2009), no two colours are closer than
 * a CIEDE2000 difference of 10 (see seriesPalette.test.ts).
 */
export const seriesPalettes: Record<ThemeName, readonly string[]> = {
  light: [
    '#0072B2',
    '#D55E00',
    '#009E73',
    '#CC79A7',
    '#E69F00',
    '#56B4E9',
    '#000000',
    '#882255',
    '#332288',
    '#8C564B',
  ],
  dark: [
    '#4C9BE8',
    '#F5793A',
    '#3DD6A3',
    '#F4A3C8',
    '#F0E442',
    '#B3E5FC',
    '#FFFFFF',
    '#C4477F',
    '#7766CC',
    '#B07A67',
  ],
};

/** A text role's size and line height in pixels at scale 1, and its weight. */
export type TypeSpec = readonly [size: number, weight: TextStyle['weight'], lineHeight: number];

/** The type of a role, in pixels at scale 1: the screen's and the exports' drawn at a scale. */
export type TypeScale = Readonly<Record<TextRole, TypeSpec>>;

/**
 * The screen's type. Line heights of at least 1.25 em, so that text boxes (ascent + descent,
 * about 1.21 em in Inter) of consecutive lines never overlap.
 */
export const screenType: TypeScale = {
  title: [18, 700, 24],
  subtitle: [13, 400, 18],
  callout: [13, 600, 18],
  legend: [12, 400, 18],
  label: [12, 600, 16],
  detail: [11, 400, 14],
  heading: [12, 700, 16],
  value: [11, 600, 14],
  axisLabel: [11, 400, 14],
  note: [11, 400, 15],
  source: [11, 400, 15],
  stamp: [11, 600, 15],
  annotation: [12, 400, 16],
};

/**
 * The style of a theme at a scale: spacing is multiplied by `scale`, and so is the type, which
 * is the screen's unless another is given (slides set theirs in points: see makeProjectionStyle).
 */
export function makeChartStyle(
  theme: ThemeName = 'light',
  scale = 1,
  type: TypeScale = screenType,
): ChartStyle {
  const ink = inks[theme];
  const px = (n: number) => Math.round(n * scale * 100) / 100;
  const fills: Record<TextRole, string> = {
    title: ink.text,
    subtitle: ink.body,
    callout: ink.accent,
    legend: ink.body,
    label: ink.text,
    detail: ink.muted,
    heading: ink.text,
    value: ink.text,
    axisLabel: ink.muted,
    note: ink.body,
    source: ink.body,
    stamp: ink.muted,
    annotation: ink.text,
  };
  const roles = Object.fromEntries(
    textRoles.map((role) => {
      const [size, weight, lineHeight] = type[role];
      return [role, { size: px(size), weight, lineHeight: px(lineHeight), fill: fills[role] }];
    }),
  ) as Record<TextRole, TextStyle>;
  return {
    ...roles,
    theme,
    scale,
    background: ink.background,
    text: ink.text,
    muted: ink.muted,
    grid: ink.grid,
    axis: ink.axis,
    series: seriesPalettes[theme],
    total: ink.total,
    mutedOpacity: 0.45,
    padding: px(16),
    rowBand: px(50),
    barThickness: px(16),
    axisHeight: px(40),
    legendSwatch: px(22),
    sidebar: 0,
  };
}

/** The colour of the n-th series; past the palette, colours repeat and lines are dashed. */
export function getSeriesColor(style: ChartStyle, index: number): string {
  const { series } = style;
  return series[index % series.length] ?? style.text;
}

/**
 * Past the palette, lines are dashed so that no two series look the same: its colours again
 * dashed, then dotted, then dash-dotted (at scale 1). Only a forty-first claimant on one chart
 * could repeat a colour and a pattern, and slots are given to keep those apart.
 */
const dashPatterns = ['6 3', '1.5 3', '9 3 2 3'] as const;

/** The n-th series' dash pattern at scale 1 ('none' within the palette). */
export function getSeriesDashPattern(style: ChartStyle, index: number): string {
  const round = Math.floor(index / style.series.length);
  return round === 0 ? 'none' : (dashPatterns[(round - 1) % dashPatterns.length] ?? 'none');
}

/** The n-th series' dash pattern, at the style's scale. */
export function getSeriesDash(style: ChartStyle, index: number): string {
  const pattern = getSeriesDashPattern(style, index);
  if (pattern === 'none') return pattern;
  return pattern
    .split(' ')
    .map((n) => Number(n) * style.scale)
    .join(' ');
}

/** Recharts axis ticks and labels, in the axis-label style. */
export function getAxisTickProps(style: ChartStyle) {
  return { fontFamily, fontSize: style.axisLabel.size, fill: style.axisLabel.fill };
}

export const ChartStyleContext = createContext<ChartStyle>(makeChartStyle());

/** The style charts below draw in: light at scale 1 unless an export asks otherwise. */
export function useChartStyle(): ChartStyle {
  return useContext(ChartStyleContext);
}
