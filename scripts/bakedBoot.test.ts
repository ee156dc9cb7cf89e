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

function addBakedScreen() {
  const baked = document.createElement('div');
  baked.id = 'baked';
  document.body.append(baked);
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
    vi.useRealTimers();
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

  it('on a baked page, after 3 s if the files are slow to come', async () => {
    stubFonts();
    addBakedScreen();
    await boot();
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    parsed();
    vi.advanceTimersByTime(100);
    expect(hasInter()).toBe(false);
    vi.advanceTimersByTime(3000);
    expect(hasInter()).toBe(true);
  });
});
