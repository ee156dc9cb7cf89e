import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../lib/measureText';
import { deckLayout } from './deckLayout';
import { describeCitation, layoutSourcePages } from './layoutSourcePages';
import { formatExportDate, layoutTitleSlide } from './layoutTitleSlide';
import { makeDeckFixture } from './makeDeckFixture';
import { measureBlockHeight } from './textBlock';

describe('layoutSourcePages', () => {
  it('describes a citation by the parts it has', () => {
    expect(describeCitation({ outlet: 'Yonhap', title: 'Troops', date: '13 Jan 2025' })).toBe(
      'Yonhap, \u201cTroops\u201d, 13 Jan 2025',
    );
    expect(describeCitation({ outlet: 'KBS World' })).toBe('KBS World');
  });

  it('fills slides in order, never splitting an entry nor crossing the bottom margin', () => {
    const citations = Array.from({ length: 40 }, (_, i) => ({
      outlet: `Outlet ${i + 1}`,
      title: 'x'.repeat(i * 7),
      url: `https://example.org/${'path/'.repeat(i % 30)}${i + 1}`,
    }));
    const pages = layoutSourcePages(citations, estimateTextWidth);
    expect(pages.length).toBeGreaterThan(2);
    const outlets = pages.flatMap((page) =>
      page.entries.map((entry) => entry.citation.text.split(',')[0]),
    );
    expect(outlets).toEqual(citations.map((c) => c.outlet));
    pages.forEach((page, i) => {
      expect(page.heading.text).toBe(`Sources (${i + 1} of ${pages.length})`);
      for (const { citation, url } of page.entries) {
        const last = url ?? citation;
        expect(last.y + measureBlockHeight(last)).toBeLessThanOrEqual(
          deckLayout.height - deckLayout.bottom,
        );
        expect(citation.lines.length).toBeLessThanOrEqual(3);
        if (url) expect(url.y).toBe(citation.y + measureBlockHeight(citation));
      }
    });
  });

  it('links http and https URLs only', () => {
    const [page] = layoutSourcePages(
      [
        { outlet: 'A', url: 'https://example.org/a' },
        { outlet: 'B', url: 'javascript:alert(1)' },
        { outlet: 'C', url: 'https://例え.jp/パス' },
      ],
      estimateTextWidth,
    );
    const urls = page?.entries.map((entry) => entry.url?.url);
    expect(urls).toEqual([
      'https://example.org/a',
      undefined,
      'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9',
    ]);
    // The text stays as the dataset gives it.
    expect(page?.entries[1]?.url?.text).toBe('javascript:alert(1)');
  });

  it('says so when nothing is cited', () => {
    const pages = layoutSourcePages([], estimateTextWidth);
    expect(pages.map((page) => page.entries.map((entry) => entry.citation.text))).toEqual([
      ['No sources are cited on these slides.'],
    ]);
  });
});

describe('layoutTitleSlide', () => {
  it('stacks the title, dataset, update date, fingerprint and export date', () => {
    const blocks = layoutTitleSlide(makeDeckFixture(), estimateTextWidth);
    expect(blocks.map((block) => block.text)).toEqual([
      'North Korean troops in Kursk: what was claimed',
      'North Korean forces in Russia, 2024-2025',
      'Dataset updated 24 Jan 2025',
      'Dataset fingerprint 4185c6e0d7a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829304a',
      'Exported 5 Dec 2026 with Crosscheck',
    ]);
    blocks.slice(1).forEach((block, i) => {
      const above = blocks[i];
      if (above) expect(block.y).toBeGreaterThanOrEqual(above.y + measureBlockHeight(above));
    });
  });

  it('sets a long title smaller, and cuts it past three lines', () => {
    const input = { ...makeDeckFixture(), title: 'A very long briefing title '.repeat(12) };
    const [title] = layoutTitleSlide(input, estimateTextWidth);
    expect(title?.font.size).toBe(28);
    expect(title?.lines).toHaveLength(3);
    expect(title?.lines[2]?.endsWith('\u2026')).toBe(true);
  });

  it('prints the export day in UTC', () => {
    expect(formatExportDate(new Date('2026-01-31T23:30:00-05:00'))).toBe('1 Feb 2026');
  });
});
