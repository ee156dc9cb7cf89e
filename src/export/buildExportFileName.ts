import {
  appliesTo,
  exportFormats,
  type ExportDensity,
  type ExportFormat,
  type ExportPresetId,
} from './exportFormats';
import type { ThemeName } from '../charts/chartStyle';
import { toSlug } from '../domain/format/toSlug';

export interface ExportFileNameParts {
  /** What: the chart, e.g. "casualties-by-claimant". */
  readonly chart: string;
  /** When: the date the figures are as of, at its precision ("2025-01-24", "2025-01"). */
  readonly asOf: string;
  /** Which version of the data: the dataset's short fingerprint. */
  readonly fingerprint: string;
  /** Whether the view leaves figures out (claimants, metrics or a start date): "-filtered". */
  readonly filtered: boolean;
  /** Which slide, where a chart is spread over several: "-1-of-2". */
  readonly page?: { readonly number: number; readonly count: number };
  readonly format: ExportFormat;
  readonly preset: ExportPresetId;
  readonly density: ExportDensity;
  readonly theme: ThemeName;
}

/**
 * A file name that says what and when: `crosscheck-casualties-by-claimant-2025-01-24-3f9a2c.png`,
 * with what sets it apart from the default export added: `-filtered` where the view leaves
 * figures out, the size, the slide of several, `-dark`, and the density
 * (`-filtered-slide-1-of-2-dark@2x`), so that a
 * briefing pack of several versions has no clashes. Safe on every file system.
 */
export function buildExportFileName(parts: ExportFileNameParts): string {
  const chart = toSlug(parts.chart) || 'chart';
  const { format, preset, density } = parts;
  const filtered = parts.filtered ? '-filtered' : '';
  const size = appliesTo(format, 'preset') && preset !== 'screen' ? `-${preset}` : '';
  const page = parts.page ? `-${parts.page.number}-of-${parts.page.count}` : '';
  const dark = appliesTo(format, 'theme') && parts.theme === 'dark' ? '-dark' : '';
  const dense = appliesTo(format, 'density') && density !== 1 ? `@${density}x` : '';
  const base = `crosscheck-${chart}-${toSlug(parts.asOf)}-${toSlug(parts.fingerprint)}`;
  return `${base}${filtered}${size}${page}${dark}${dense}.${exportFormats[format].extension}`;
}
