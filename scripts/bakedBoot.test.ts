// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A plain script, not a module: named by a variable so that TypeScript does not look for exports.
const bootScript = './bakedBoot.js';

const root = document.documentElement;
const hasInter = () => root.getAttribute('data-fonts') === 'inter';

/** Runs the boot script afresh, as a page's <head> does, on a page at `search`. */
async function boot(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  await import(/* @vite-ignore */ bootScript);
}

/** #root holding the markup baked at build time, #baked. */
function addBakedScreen() {
  const app = document.createElement('div');
  app.id = 'root';
  const baked = document.createElement('div');
  baked.id = 'baked';
  app.append(baked);
  document.body.append(app);
}

const parsed = () => document.dispatchEvent(new Event('DOMContentLoaded'));

/** A frame: jsdom has no paint timing, so the boot script waits for one, then a task. */
const painted = async () => {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

/** document.fonts whose loads end when `arrive` is called, counting the weights asked for. */
function stubFonts() {
  const asked: string[] = [];
  const arrival: { arrive?: () => void } = {};
  const arrived = new Promise<void>((resolve) => (arrival.arrive = resolve));
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: {
      load: (font: string) => {
        asked.push(font);
        return arrived.then(() => []);
      },
    },
  });
  return { asked, arrive: () => arrival.arrive?.() };
}

describe('the boot script lets Inter in', () => {
  // Each run of the script listens for DOMContentLoaded: let go of those of earlier tests.
  let listening: ReturnType<typeof spyOnListeners>;
  const spyOnListeners = () => vi.spyOn(document, 'addEventListener');
  beforeEach(() => {
    listening = spyOnListeners();
    root.removeAttribute('data-fonts');
    root.removeAttribute('data-baked');
  });
  afterEach(() => {
    for (const [type, listener] of listening.mock.calls)
      document.removeEventListener(type, listener);
    listening.mockRestore();
    document.body.replaceChildren();
    Reflect.deleteProperty(document, 'fonts');
    window.crosscheckEarlyInput?.stop();
  });

  it('at once on a link to another view, which hides the baked screen', async () => {
    await boot('?view=table');
    expect(root.getAttribute('data-baked')).toBe('off');
    expect(hasInter()).toBe(true);
  });

  it('once the document is parsed on a page with nothing baked', async () => {
    await boot();
    expect(hasInter()).toBe(false);
    parsed();
    expect(hasInter()).toBe(true);
  });

  it('on a baked page, only once it is painted and the three weights have come', async () => {
    const fonts = stubFonts();
    addBakedScreen();
    await boot();
    parsed();
    expect(fonts.asked).toEqual([]);
    await painted();
    expect(fonts.asked).toEqual(['400 1em Inter', '600 1em Inter', '700 1em Inter']);
    expect(hasInter()).toBe(false);
    fonts.arrive();
    await vi.waitFor(() => expect(hasInter()).toBe(true));
  });

  it('on a baked page, not while the files are on their way', async () => {
    stubFonts();
    addBakedScreen();
    await boot();
    parsed();
    await painted();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.hasAttribute('data-fonts')).toBe(false);
  });

  it('not into a page it would move: that page stays in the stand-ins', async () => {
    const fonts = stubFonts();
    addBakedScreen();
    const heading = document.createElement('h1');
    document.getElementById('baked')?.append(heading);
    // In Inter, the heading takes a line more (jsdom lays nothing out: its box is made up).
    vi.spyOn(heading, 'getBoundingClientRect').mockImplementation(() => {
      const lines = heading.closest('[data-fonts="inter"]') ? 3 : 2;
      return DOMRect.fromRect({ x: 20, y: 100, width: 300, height: 30 * lines });
    });
    await boot();
    parsed();
    await painted();
    fonts.arrive();
    await vi.waitFor(() => expect(root.getAttribute('data-fonts')).toBe('fallback'));
    expect(document.querySelectorAll('[data-fonts="inter"]')).toHaveLength(0);
  });

  it('a part at a time into a large page, the whole page last', async () => {
    const fonts = stubFonts();
    addBakedScreen();
    const baked = document.getElementById('baked');
    const parts = ['header', 'nav', 'main'].map((tag) => document.createElement(tag));
    for (const part of parts) {
      // 300 elements inside each: the page (900) is re-set a part (300) at a time.
      part.append(...Array.from({ length: 300 }, () => document.createElement('span')));
      baked?.append(part);
    }
    const seen: string[] = [];
    new MutationObserver((changes) => {
      for (const change of changes) seen.push((change.target as Element).tagName.toLowerCase());
    }).observe(document.documentElement, { attributeFilter: ['data-fonts'], subtree: true });
    await boot();
    parsed();
    await painted();
    fonts.arrive();
    await vi.waitFor(() => expect(hasInter()).toBe(true));
    expect(seen).toEqual(['header', 'nav', 'main', 'html']);
  });
});
