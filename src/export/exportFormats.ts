import type { ThemeName } from '../charts/chartStyle';

/** The choices an export can offer besides its format. */
export type ExportOption = 'preset' | 'density' | 'theme';

/** What the app knows of a file format a chart can be exported to: one entry per format. */
export interface ExportFormatEntry {
  /** In the export panel: "PNG image". */
  readonly label: string;
  readonly mimeType: string;
  /** The file name's extension; in capitals, on the download button ("Download PNG"). */
  readonly extension: string;
  /** The choices that apply to it; the panel disables the others and file names omit them. */
  readonly options: readonly ExportOption[];
}

export const exportFormatIds = ['png', 'svg', 'csv'] as const;
export type ExportFormat = (typeof exportFormatIds)[number];

/**
 * Every export format: the one table the export panel, file names and the export CLI read. A new
 * format is an entry here and its writer in chartWriters.ts (the type checker asks for it).
 */
export const exportFormats: Readonly<Record<ExportFormat, ExportFormatEntry>> = {
  png: {
    label: 'PNG image',
    mimeType: 'image/png',
    extension: 'png',
    options: ['preset', 'density', 'theme'],
  },
  svg: {
    label: 'SVG image',
    mimeType: 'image/svg+xml',
    extension: 'svg',
    options: ['preset', 'theme'],
  },
  csv: {
    label: 'CSV data',
    mimeType: 'text/csv;charset=utf-8',
    extension: 'csv',
    options: [],
  },
};

/** Whether a choice applies to a format (a CSV has no size, density or theme). */
export function appliesTo(format: ExportFormat, option: ExportOption): boolean {
  return exportFormats[format].options.includes(option);
}

export const exportDensities = [1, 2, 3] as const;
export type ExportDensity = (typeof exportDensities)[number];

export const exportPresetIds = ['screen', 'slide', '4x3', 'square'] as const;
export type ExportPresetId = (typeof exportPresetIds)[number];

export interface ExportPreset {
  readonly label: string;
  /** Pixels at 1x; undefined for "as on screen" (the chart's width there, its own height). */
  readonly size?: { readonly width: number; readonly height: number };
  /**
   * The scale the chart is drawn at before it is fitted, lowered in steps until everything
   * fits the size. Not for slides (`projection`), whose type is set in points instead.
   */
  readonly scale?: number;
  /**
   * Slides for a projector: type set in points for the back of a room (makeProjectionStyle),
   * and a chart that cannot fit at those sizes goes over several slides rather than shrink.
   */
  readonly projection?: true;
}

export const exportPresets: Record<ExportPresetId, ExportPreset> = {
  screen: { label: 'As on screen', scale: 1 },
  slide: {
    label: 'Slide 16:9 (1920 × 1080)',
    size: { width: 1920, height: 1080 },
    projection: true,
  },
  '4x3': {
    label: 'Slide 4:3 (1600 × 1200)',
    size: { width: 1600, height: 1200 },
    projection: true,
  },
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
