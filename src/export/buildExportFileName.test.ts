import { describe, expect, it } from 'vitest';
import { buildExportFileName } from './buildExportFileName';
import { toSlug } from '../domain/format/toSlug';

const parts = {
  chart: 'casualties-by-claimant',
  asOf: '2025-01-24',
  fingerprint: '3f9a2c',
  format: 'png',
  preset: 'screen',
  density: 1,
  filtered: false,
  theme: 'light',
} as const;

describe('buildExportFileName', () => {
  it('says what and when, as in crosscheck-casualties-by-claimant-2025-01-24-3f9a2c.png', () => {
    expect(buildExportFileName(parts)).toBe(
      'crosscheck-casualties-by-claimant-2025-01-24-3f9a2c.png',
    );
  });

  it('adds the size and the density where they are not the defaults', () => {
    expect(buildExportFileName({ ...parts, preset: 'slide', density: 2 })).toBe(
      'crosscheck-casualties-by-claimant-2025-01-24-3f9a2c-slide@2x.png',
    );
    expect(buildExportFileName({ ...parts, format: 'svg', preset: '4x3', density: 3 })).toBe(
      'crosscheck-casualties-by-claimant-2025-01-24-3f9a2c-4x3.svg',
    );
  });

  it('says when the view is filtered and when the picture is dark', () => {
    expect(buildExportFileName({ ...parts, filtered: true, preset: 'slide', theme: 'dark' })).toBe(
      'crosscheck-casualties-by-claimant-2025-01-24-3f9a2c-filtered-slide-dark.png',
    );
  });

  it('names a CSV by its data alone: filtered or not, but no size, theme or density', () => {
    expect(
      buildExportFileName({
        ...parts,
        format: 'csv',
        preset: 'square',
        density: 2,
        theme: 'dark',
        filtered: true,
      }),
    ).toBe('crosscheck-casualties-by-claimant-2025-01-24-3f9a2c-filtered.csv');
  });

  it('keeps the as-of date at its precision', () => {
    expect(buildExportFileName({ ...parts, asOf: '2025-01' })).toContain('-2025-01-3f9a2c.png');
  });

  it('makes any chart name safe for every file system', () => {
    expect(buildExportFileName({ ...parts, chart: 'Équipement: 2/3 <script>' })).toBe(
      'crosscheck-equipement-2-3-script-2025-01-24-3f9a2c.png',
    );
    expect(buildExportFileName({ ...parts, chart: '???' })).toBe(
      'crosscheck-chart-2025-01-24-3f9a2c.png',
    );
  });
});

describe('toSlug', () => {
  it('keeps lowercase ASCII letters and digits joined by single hyphens', () => {
    expect(toSlug('  Over time: KN-23 / "expected"  ')).toBe('over-time-kn-23-expected');
  });

  it('cuts long names to 80 characters', () => {
    expect(toSlug('a'.repeat(200))).toHaveLength(80);
  });
});
