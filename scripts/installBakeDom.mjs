import { JSDOM } from 'jsdom';

/**
 * Gives Node the DOM the bake draws charts in (jsdom, as the unit tests draw them): what React's
 * client renderer and Recharts look for. Text is measured with Inter's advance widths, as on the
 * page; jsdom has no canvas. Returns a function that takes the globals away again.
 * @returns {() => void}
 */
export function installBakeDom() {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost/',
  });
  window.HTMLCanvasElement.prototype.getContext = () => null;
  /** @type {Record<string, unknown>} */
  const globals = {
    window,
    document: window.document,
    navigator: window.navigator,
    location: window.location,
    // Nothing is laid out in jsdom: every chart is drawn at the width it is given.
    ResizeObserver: class {
      observe() {
        return undefined;
      }
      unobserve() {
        return undefined;
      }
      disconnect() {
        return undefined;
      }
    },
  };
  for (const name of [
    'Node',
    'Element',
    'HTMLElement',
    'SVGElement',
    'Text',
    'DocumentFragment',
    'MutationObserver',
    'HTMLCanvasElement',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'Event',
  ]) {
    globals[name] =
      typeof window[name] === 'function' && /^[a-z]/.test(name)
        ? window[name].bind(window)
        : window[name];
  }
  /** @type {Map<string, PropertyDescriptor | undefined>} */
  const saved = new Map();
  for (const [name, value] of Object.entries(globals)) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
    window.close();
  };
}
