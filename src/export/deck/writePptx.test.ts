import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DeckCitation } from './deckInput';
import { makeDeckFixture } from './makeDeckFixture';
import { writePptx } from './writePptx';

/** The package's parts: slide XML by number, and any part by name. */
async function openPptx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    return file.async('string');
  };
  const slideCount = zip.file(/^ppt\/slides\/slide\d+\.xml$/).length;
  return { zip, read, slideCount };
}

/** The text of a part's <a:t> runs, in order, decoded. */
function readRuns(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text = '']) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('writePptx', () => {
  it('writes a title slide, a slide per page and a sources slide, 16:9', async () => {
    const { read, slideCount } = await openPptx(await writePptx(makeDeckFixture()));
    expect(slideCount).toBe(1 + 3 + 1);
    expect(await read('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');

    const title = readRuns(await read('ppt/slides/slide1.xml'));
    expect(title).toEqual([
      'North Korean troops in Kursk: what was claimed',
      'North Korean forces in Russia, 2024-2025',
      'Dataset updated 24 Jan 2025',
      'Dataset fingerprint 4185c6e0d7a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829304a',
      'Exported 5 Dec 2026 with Crosscheck',
    ]);
    expect(await read('ppt/slides/slide1.xml')).toContain('typeface="Inter"');
  });

  it("fills each page's slide with its picture, alt text set, and its slide's notes", async () => {
    const input = makeDeckFixture();
    const { read, zip } = await openPptx(await writePptx(input));
    const slide = await read('ppt/slides/slide3.xml');
    const page = input.slides[1]?.pages[0];
    // Escaped once for XML: a reader gets the text back as written.
    const alt = (page?.alt ?? '')
      .replace(/&/g, '&amp;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    expect(alt).toContain('&gt;6,000 for &quot;UK&quot; &amp; others');
    expect(slide).toContain(`descr="${alt}"`);
    expect(slide).toContain(`name="${page?.title ?? ''}"`);
    // The picture covers the slide: at the origin, 13.333 × 7.5 in.
    expect(slide).toMatch(/<a:off x="0" y="0"\/>\s*<a:ext cx="12192000" cy="6858000"\/>/);
    expect(zip.file(/^ppt\/media\/.*\.png$/)).toHaveLength(3);
    expect(zip.file(/\.svg$/)).toHaveLength(0);
    // Each slide's picture is its own page's PNG, byte for byte, not the stand-in it began as.
    const pages = input.slides.flatMap((s) => s.pages);
    for (const [index, own] of pages.entries()) {
      const rels = await read(`ppt/slides/_rels/slide${index + 2}.xml.rels`);
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1] ?? '';
      const bytes = await zip.file(`ppt/media/${media}`)?.async('uint8array');
      expect(bytes, `slide ${index + 2}`).toEqual(own.png);
    }
    // Its title is text too, in the title placeholder under the picture.
    expect(slide).toMatch(/<p:ph\s[^>]*type="title"/);
    expect(slide).toContain(`<a:t>${page?.title ?? ''}</a:t>`);

    const notes = await read('ppt/notesSlides/notesSlide2.xml');
    for (const line of input.slides[0]?.notes ?? []) expect(notes).toContain(line);
    // Both pages of a slide spread over two carry its notes.
    expect(await read('ppt/notesSlides/notesSlide4.xml')).toContain('Forces deployed. View:');
  });

  it('lists every citation on the sources slide, with clickable links', async () => {
    const { read } = await openPptx(await writePptx(makeDeckFixture()));
    const slide = await read('ppt/slides/slide5.xml');
    expect(readRuns(slide)).toEqual([
      'Sources',
      'Yonhap, \u201cN. Korean troops suffer casualties in Kursk\u201d, 13 Jan 2025',
      'https://en.yna.co.kr/view/AEN20250113000351315',
      'KBS World, 30 Apr 2025',
      'https://world.kbs.co.kr/news?id=192',
      'Newsweek, \u201cCasualties & claims\u201d',
    ]);
    const rels = await read('ppt/slides/_rels/slide5.xml.rels');
    for (const url of [
      'https://en.yna.co.kr/view/AEN20250113000351315',
      'https://world.kbs.co.kr/news?id=192',
    ]) {
      const id = new RegExp(
        `Id="(rId\\d+)"[^>]*Target="${url.replace(/[?.]/g, '\\$&')}"[^>]*TargetMode="External"`,
      ).exec(rels)?.[1];
      expect(id, url).toBeDefined();
      expect(slide).toContain(`<a:hlinkClick r:id="${id ?? ''}"`);
    }
  });

  it('spreads a long list of citations over several sources slides', async () => {
    const citations: DeckCitation[] = Array.from({ length: 30 }, (_, i) => ({
      outlet: `Outlet ${i + 1}`,
      title: 'A report on the deployment, with a title long enough to take a line of its own',
      date: '1 Feb 2025',
      url: `https://example.org/reports/${i + 1}`,
    }));
    const { read, slideCount } = await openPptx(await writePptx(makeDeckFixture(citations)));
    const sourceSlides = slideCount - 4;
    expect(sourceSlides).toBeGreaterThan(1);
    const listed: string[] = [];
    for (let n = 5; n <= slideCount; n++) {
      const [heading, ...runs] = readRuns(await read(`ppt/slides/slide${n}.xml`));
      expect(heading).toBe(`Sources (${n - 4} of ${sourceSlides})`);
      listed.push(...runs.filter((run) => run.startsWith('Outlet ')));
    }
    expect(listed).toEqual(
      citations.map((c) => `${c.outlet}, \u201c${c.title ?? ''}\u201d, 1 Feb 2025`),
    );
  });

  it('dates the package by the export, so the same deck gives the same bytes', async () => {
    const input = makeDeckFixture();
    const first = await writePptx(input);
    const { read } = await openPptx(first);
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>North Korean troops in Kursk: what was claimed</dc:title>');
    expect(core).toContain('>2026-12-05T10:20:30Z</dcterms:created>');
    expect(core).toContain('>2026-12-05T10:20:30Z</dcterms:modified>');
    expect(await writePptx(input)).toEqual(first);
  });
});
