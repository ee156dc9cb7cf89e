// @vitest-environment jsdom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeDeckFixture } from './makeDeckFixture';
import { writePptx } from './writePptx';

// In jsdom for its XML parser, which says where a part is not well-formed: PowerPoint would
// offer to repair such a file, or refuse it.
describe('writePptx', () => {
  it('writes well-formed XML whatever the text: &, <, quotes, bidi, emoji', async () => {
    const hostile = 'Arms & "munitions" <2025> \u2068\u05e9\u05dc\u05d5\u05dd\u2069 \u{1F4A5}';
    const base = makeDeckFixture([
      { outlet: hostile, title: hostile, url: 'https://example.org/?a=1&b=<2>' },
    ]);
    const [slide] = base.slides;
    const input = {
      ...base,
      title: hostile,
      datasetTitle: hostile,
      slides: slide
        ? [
            {
              ...slide,
              pages: slide.pages.map((page) => ({ ...page, title: hostile, alt: hostile })),
              notes: [hostile],
            },
          ]
        : [],
    };
    const zip = await JSZip.loadAsync(await writePptx(input));
    const parser = new DOMParser();
    const parts = zip.file(/\.(xml|rels)$/);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      const xml = await part.async('string');
      const parsed = parser.parseFromString(xml, 'application/xml');
      expect(parsed.getElementsByTagName('parsererror'), part.name).toHaveLength(0);
    }
    const slideXml = await zip.file('ppt/slides/slide2.xml')?.async('string');
    expect(slideXml).toContain('name="Arms &amp; &quot;munitions&quot; &lt;2025&gt;');
  });
});
