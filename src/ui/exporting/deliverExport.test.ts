import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../export/exportChart';
import { describeCopy, describeDownload } from './deliverExport';

const file = (fileName: string, page?: { number: number; count: number }): ExportFile => ({
  blob: new Blob(['x']),
  fileName,
  pixels: { width: 3840, height: 2160 },
  ...(page ? { page } : {}),
});

describe('the export status', () => {
  it('names the one file and its size', () => {
    expect(describeDownload([file('a-slide@2x.png')])).toBe(
      'Downloaded a-slide@2x.png (3840 \u00d7 2160 px).',
    );
  });

  it('says how many slides, their size, the first and last names, and why there are several', () => {
    const files = [1, 2, 3].map((n) => file(`a-slide-${n}-of-3@2x.png`, { number: n, count: 3 }));
    const said = describeDownload(files);
    expect(said).toMatch(
      /^Downloaded 3 slides \(3840 × 2160 px each\): a-slide-1-of-3@2x\.png to a-slide-3-of-3@2x\.png\. /,
    );
    expect(said).toContain('does not fit one slide at sizes a room can read');
    expect(said).not.toContain('a-slide-2-of-3');
  });

  it('says when the clipboard holds only the first of several slides', () => {
    expect(describeCopy(file('a.png'))).toBe(
      'Copied the image: paste it into a slide or a document.',
    );
    expect(describeCopy(file('a-1-of-2.png', { number: 1, count: 2 }))).toBe(
      'Copied slide 1 of 2: download the PNG for all 2 slides.',
    );
  });
});
