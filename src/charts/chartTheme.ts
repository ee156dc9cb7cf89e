/**
 * Colours and type of every chart, as attributes on the SVG itself (not CSS), so that a chart
 * copied or exported as an image keeps them.
 */
export const fontFamily = 'Inter, "Helvetica Neue", Arial, sans-serif';

export interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 600 | 700;
  readonly lineHeight: number;
  readonly fill: string;
}

export const chartTheme = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#5c5c5c',
  faint: '#8a8a8a',
  grid: '#e4e4e4',
  axis: '#767676',
  accent: '#7a3b00',
  /** Bars that cannot be compared with the rest are drawn at this opacity. */
  mutedOpacity: 0.45,
  padding: 16,
  title: { size: 18, weight: 700, lineHeight: 24, fill: '#1a1a1a' },
  subtitle: { size: 13, weight: 400, lineHeight: 18, fill: '#3d3d3d' },
  callout: { size: 13, weight: 600, lineHeight: 18, fill: '#7a3b00' },
  legend: { size: 12, weight: 400, lineHeight: 18, fill: '#3d3d3d' },
  label: { size: 12, weight: 600, lineHeight: 15, fill: '#1a1a1a' },
  detail: { size: 11, weight: 400, lineHeight: 13, fill: '#5c5c5c' },
  heading: { size: 12, weight: 700, lineHeight: 16, fill: '#1a1a1a' },
  value: { size: 11, weight: 600, lineHeight: 13, fill: '#1a1a1a' },
  axisLabel: { size: 11, weight: 400, lineHeight: 13, fill: '#5c5c5c' },
  note: { size: 11, weight: 400, lineHeight: 15, fill: '#3d3d3d' },
  source: { size: 11, weight: 400, lineHeight: 15, fill: '#3d3d3d' },
  stamp: { size: 11, weight: 600, lineHeight: 15, fill: '#5c5c5c' },
} as const;

/** Recharts axis ticks and labels, in the axis-label style. */
export const axisTickProps = {
  fontFamily,
  fontSize: chartTheme.axisLabel.size,
  fill: chartTheme.axisLabel.fill,
};

export function toCssFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${fontFamily}`;
}
