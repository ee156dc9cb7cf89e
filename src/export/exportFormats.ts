import type { ThemeName } from '../charts/chartStyle';

export const exportFormats = ['png', 'svg', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportDensities = [1, 2, 3] as const;
export type ExportDensity = (typeof exportDensities)[number];

export const exportPresetIds = ['screen', 'slide', '4x3', 'square'] as const;
export type ExportPresetId = (typeof exportPresetIds)[number];

export interface ExportPreset {
  readonly label: string;
  /** Pixels at 1x; undefined for "as on screen" (the chart's width there, its own height). */
  readonly size?: { readonly width: number; readonly height: number };
  /**
   * The scale the chart is drawn at before it is fitted: slides are seen from across a room,
   * so their text is larger. Lowered, in steps, until everything fits the size.
   */
  readonly scale: number;
}

export const exportPresets: Record<ExportPresetId, ExportPreset> = {
  screen: { label: 'As on screen', scale: 1 },
  slide: { label: 'Slide 16:9 (1920 × 1080)', size: { width: 1920, height: 1080 }, scale: 1.5 },
  '4x3': { label: 'Slide 4:3 (1600 × 1200)', size: { width: 1600, height: 1200 }, scale: 1.4 },
  square: { label: 'Square (1080 × 1080)', size: { width: 1080, height: 1080 }, scale: 1.2 },
};

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly preset: ExportPresetId;
  /** PNG only: pixels per point, fixed, never the screen's. */
  readonly density: ExportDensity;
  readonly theme: ThemeName;
}

export const defaultExportOptions: ExportOptions = {
  format: 'png',
  preset: 'screen',
  density: 2,
  theme: 'light',
};
