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
