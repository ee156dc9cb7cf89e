import type { ExportFile } from '../../export/exportChart';

/** Saves a file the way the browser saves downloads, named as the export says. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Puts a PNG on the clipboard. The promise is handed to the clipboard at once, inside the
 * click, so the browser keeps the user's permission while the image is drawn.
 */
export function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !('clipboard' in navigator)) {
    return Promise.reject(
      new Error('This browser cannot copy images here; download the PNG instead.'),
    );
  }
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/**
 * Saves each file of an export in turn: one, or one per slide. A moment apart, so that the
 * browser sees separate downloads (it asks once whether the site may save several).
 */
export async function downloadBlobs(files: readonly ExportFile[]): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, 300));
    downloadBlob(file.blob, file.fileName);
  }
}

/** "Downloaded crosscheck-….png (1920 × 1080 px).", or the slides of a chart spread over several. */
export function describeDownload(files: readonly ExportFile[]): string {
  const [first] = files;
  if (!first) return 'Nothing was exported.';
  const { pixels } = first;
  const size = pixels ? `${pixels.width} \u00d7 ${pixels.height} px` : '';
  if (files.length === 1) return `Downloaded ${first.fileName}${size ? ` (${size})` : ''}.`;
  const last = files.at(-1)?.fileName ?? '';
  return (
    `Downloaded ${files.length} slides${size ? ` (${size} each)` : ''}: ${first.fileName} to ` +
    `${last}. The chart does not fit one slide at sizes a room can read; each slide carries the ` +
    'notes and sources of what it shows. If the browser asks, allow this site several downloads.'
  );
}

/** What the clipboard now holds: the image, or the first of the chart's slides. */
export function describeCopy(file: ExportFile | undefined): string {
  const count = file?.page?.count ?? 1;
  return count > 1
    ? `Copied slide 1 of ${count}: download the PNG for all ${count} slides.`
    : 'Copied the image: paste it into a slide or a document.';
}
