import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import type { FrameText } from '../../domain/charts/chartModel';
import { makeChartStyle } from '../chartStyle';
import { estimateTextWidth } from '../../lib/measureText';
import { layoutFrame, type LegendEntry, type PlacedText } from './layoutFrame';

const frame: FrameText = {
  title: 'Casualties (killed and wounded) by claimant',
  subtitle: "Each claimant's latest figure, in people.",
  callout:
    'Comparable totals range from about 1,200 (US intelligence, Jan 2025) to about 4,000 (Zelensky, 9 Jan 2025), 3.3x apart.',
  notes: [
    {
      text: 'South Korea NIS, 13 Jan 2025: about 300 killed + about 2,700 wounded = about 3,000 (derived).',
      about: ['kr-nis'],
    },
  ],
  sources: [
    {
      claimant: 'South Korea NIS',
      publications: ['KBS World, 13 Jan 2025', 'Newsweek, 24 Jan 2025'],
    },
    { claimant: 'Zelensky', publications: ['Ukrainska Pravda, 9 Jan 2025'] },
    { claimant: 'US intelligence', publications: ['Newsweek, 24 Jan 2025'] },
  ],
  datasetTitle: "North Korean troops, losses and arms in Russia's war on Ukraine, 2024-2025",
  updated: parseCalendarDate('2025-09-02'),
};
const legend: LegendEntry[] = [
  { key: 'killed', label: 'Killed', symbol: 'bar', color: '#0072B2' },
  { key: 'wounded', label: 'Wounded', symbol: 'bar', color: '#D55E00' },
  { key: 'floor', label: 'At least / more than', symbol: 'floor', color: '#000' },
];
const style = makeChartStyle();
const text = (lines: readonly { text: string }[]) => lines.map((l) => l.text).join('');

describe('layoutFrame', () => {
  it('puts the title, subtitle and callout above the plot, every word kept, in order', () => {
    const layout = layoutFrame(360, frame, legend, style, estimateTextWidth);
    // Wrapped lines keep their word breaks, so joining them gives back the texts exactly.
    expect(text(layout.header)).toBe(`${frame.title}${frame.subtitle}${frame.callout ?? ''}`);
    expect(layout.header.length).toBeGreaterThan(3);
  });

  it('lists every source, the dataset title and its updated date in the footer', () => {
    const footer = text(layoutFrame(360, frame, legend, style, estimateTextWidth).footer);
    expect(footer).toContain(
      'Sources: South Korea NIS \u2192 KBS World, 13 Jan 2025; Newsweek, 24 Jan 2025',
    );
    expect(footer).toContain('Zelensky \u2192 Ukrainska Pravda, 9 Jan 2025');
    expect(footer).toContain('US intelligence \u2192 Newsweek, 24 Jan 2025');
    expect(footer).toContain(
      "North Korean troops, losses and arms in Russia's war on Ukraine, 2024-2025",
    );
    expect(footer).toContain('dataset updated 2 Sep 2025');
  });

  it('keeps every line inside the chart and grows taller, not wider, when narrow', () => {
    const wide = layoutFrame(1200, frame, legend, style, estimateTextWidth);
    const narrow = layoutFrame(320, frame, legend, style, estimateTextWidth);
    for (const line of [...narrow.header, ...narrow.footer]) {
      expect(line.x + estimateTextWidth(line.text.trimEnd(), line.style)).toBeLessThanOrEqual(
        320 - style.padding + 0.001,
      );
    }
    expect(narrow.headerHeight).toBeGreaterThan(wide.headerHeight);
    expect(narrow.footerHeight).toBeGreaterThan(wide.footerHeight);
  });

  it('places lines top to bottom without overlapping', () => {
    const layout = layoutFrame(320, frame, legend, style, estimateTextWidth);
    // A line's box is its line height, with the baseline placed within it.
    const top = (line: PlacedText) => line.y - (line.style.lineHeight + line.style.size * 0.7) / 2;
    for (const lines of [layout.header, layout.footer]) {
      for (let i = 1; i < lines.length; i++) {
        const previous = lines[i - 1];
        const line = lines[i];
        if (!previous || !line) continue;
        expect(top(line)).toBeGreaterThanOrEqual(top(previous) + previous.style.lineHeight - 0.001);
      }
    }
    const lastHeader = layout.header.at(-1);
    expect(Math.min(...layout.legend.map((l) => l.y))).toBeGreaterThan(lastHeader?.y ?? 0);
  });

  it('wraps legend items onto new rows when they do not fit on one', () => {
    const rows = new Set(
      layoutFrame(200, frame, legend, style, estimateTextWidth).legend.map((l) => l.y),
    );
    expect(rows.size).toBeGreaterThan(1);
    expect(
      new Set(layoutFrame(1200, frame, legend, style, estimateTextWidth).legend.map((l) => l.y))
        .size,
    ).toBe(1);
  });
});
