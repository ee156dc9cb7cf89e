import JSZip from 'jszip';

/** Already compressed: stored as they are, which also saves deflating megabytes for nothing. */
const compressedMedia = /\.(png|jpe?g|gif)$/i;

/**
 * The same package with every date set to `date`, so that one briefing exported at one moment
 * gives the same bytes: pptxgenjs stamps docProps/core.xml with the clock and JSZip stamps each
 * entry with it. Also leaves out folder entries (Office writes none) and deflates the XML.
 */
export async function repackPptx(pptx: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(pptx);
  const target = new JSZip();
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
      target.file(entry.name, await entry.async('uint8array'), options);
    }
  }
  return target.generateAsync({ type: 'uint8array', compressionOptions: { level: 6 } });
}
