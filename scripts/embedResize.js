// Crosscheck's embed script (embed.js): keeps each Crosscheck iframe on the page as tall as its
// chart. An embed sends { type: 'crosscheck:embed-height', height } to its parent whenever its
// height changes; only a message from one of this page's own iframes is acted on, and a page
// that includes the script twice just sets the height twice.
window.addEventListener('message', (event) => {
  const data = /** @type {unknown} */ (event.data);
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = /** @type {{ type?: unknown, height?: unknown }} */ (data);
  if (type !== 'crosscheck:embed-height' || typeof height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(0, Math.min(height, 20000))}px`;
    }
  }
});
