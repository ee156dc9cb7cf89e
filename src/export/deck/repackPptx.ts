import JSZip from 'jszip';

/** Already compressed: stored as they are, which also saves deflating megabytes for nothing. */
const compressedMedia = /\.(png|jpe?g|gif)$/i;

/**
 * The same package with every date set to `date`, so that one briefing exported at one moment
 * gives the same bytes: pptxgenjs stamps docProps/core.xml with the clock and JSZip stamps each
 * entry with it. Also leaves out folder entries (Office writes none) and deflates the XML.
 */
export async function repackPptx(
  pptx: Uint8Array,
  date: Date,
  /** Per slide number (from 1), the picture to put in place of the one image it holds. */
  pictures: ReadonlyMap<number, Uint8Array> = new Map(),
): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(pptx);
  const target = new JSZip();
  const swaps = await findPictureFiles(source, pictures);
  // W3CDTF without milliseconds, as PowerPoint writes it.
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    const options = {
      date,
      createFolders: false,
      compression: compressedMedia.test(entry.name) ? 'STORE' : 'DEFLATE',
    } as const;
    if (entry.name === 'docProps/core.xml') {
      const xml = await entry.async('string');
      const dated = xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`);
      target.file(entry.name, dated, options);
    } else {
      target.file(entry.name, swaps.get(entry.name) ?? (await entry.async('uint8array')), options);
    }
  }
  return target.generateAsync({ type: 'uint8array', compressionOptions: { level: 6 } });
}

/**
 * The media file of each slide's picture, by the slide's relationships (whatever pptxgenjs names
 * its files), with the picture to put in it. A slide whose picture cannot be found is an error:
 * a deck is never shipped with a stand-in where a chart should be.
 */
async function findPictureFiles(
  zip: JSZip,
  pictures: ReadonlyMap<number, Uint8Array>,
): Promise<Map<string, Uint8Array>> {
  const swaps = new Map<string, Uint8Array>();
  for (const [slide, png] of pictures) {
    const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string');
    const target = rels && /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
    if (!target) throw new Error(`Slide ${slide} of the deck has no picture to put its chart in.`);
    swaps.set(`ppt/media/${target}`, png);
  }
  return swaps;
}
