// Runs in <head> before the page is drawn (a file, as the Content-Security-Policy allows no
// inline script). The baked markup is the default view of the default dataset in the light
// theme: any other link, or a device in the dark theme, hides it at once, so that it never
// flashes before the page the link asks for; the loading card shows instead.
//
// It also starts the app (the module named by this script's data-entry): on a baked page once
// that page is painted, so that the reader sees it before the browser fetches and runs scripts;
// on any other page once the document is parsed, as a module script would start.
//
// And it lets Inter in (data-fonts="inter" on <html>, see src/app/styles/base.css). A baked page
// is first painted in Inter's metric-matched stand-ins, so that its first frame waits for no font
// file; once it is painted, Inter's files are fetched, and once all three weights are in the page
// is re-set in Inter a part at a time, unless that would move what is on screen. Any other page
// lets Inter in at once.
//
// Until the app takes the page over, nothing answers input: this keeps what the reader does
// meanwhile (a press of a baked button, a file dragged in or dropped) in
// window.crosscheckEarlyInput, for the app to replay (src/app/replayEarlyInput.ts), and keeps a
// dropped file from being opened in the app's place.
(function () {
  var root = document.documentElement;
  var current = document.currentScript;
  var entry = current ? current.getAttribute('data-entry') : null;
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (location.search.length > 1 || dark) root.setAttribute('data-baked', 'off');
  function letInterIn() {
    root.setAttribute('data-fonts', 'inter');
  }
  function loadInter() {
    var fonts = document.fonts;
    if (!fonts || !fonts.load || !window.Promise) return letInterInUnlessItMoves();
    // Loads the faces that draw a space: the first screen's small files, not the full ones.
    Promise.all([
      fonts.load('400 1em Inter'),
      fonts.load('600 1em Inter'),
      fonts.load('700 1em Inter'),
    ]).then(letInterInUnlessItMoves, letInterInUnlessItMoves);
    // No time limit: files still on their way would re-set the page as each came, unmeasured.
  }

  /**
   * Lets Inter into a page already painted in its stand-ins, a part at a time (each a task of a
   * few milliseconds: re-setting the whole page at once took 25 ms on a fast machine, a long
   * task on a phone), then into the whole page, which by then changes nothing seen. Unless that
   * moves what is on screen: a line Inter breaks elsewhere (a heading a line longer, a row of
   * tabs that wraps) would push everything below it, a layout shift. Each part is measured
   * before and after in one task, so a layout that is not kept is never painted; if one moves,
   * every part goes back and the page stays in the stand-ins (data-fonts="fallback"), as
   * font-display: optional would leave it.
   */
  function letInterInUnlessItMoves() {
    var baked = document.getElementById('baked');
    if (root.hasAttribute('data-fonts')) return;
    if (!baked) return letInterIn();
    var parts = listParts(baked, []);
    var elements = document.querySelectorAll('#root *:not(svg *)');
    var done = /** @type {Element[]} */ ([]);
    (function next() {
      // The whole page last: by then it changes nothing seen, unless some text sits outside the
      // parts.
      var part = parts.shift() || root;
      var before = measure(elements);
      part.setAttribute('data-fonts', 'inter');
      done.push(part);
      if (moves(before, measure(elements))) {
        done.forEach(function (element) {
          element.removeAttribute('data-fonts');
        });
        root.setAttribute('data-fonts', 'fallback');
      } else if (part !== root) {
        // After the next frame, when the page is laid out: a part measured while the app's
        // takeover has left the layout to do would do it too, in one longer task.
        requestAnimationFrame(function () {
          setTimeout(next, 0);
        });
      }
    })();
  }
  /**
   * The parts of the page to re-set one at a time: elements with at most 600 elements inside
   * (a header, a row of tabs, a chart's panel), the larger ones split into their children.
   * @param {Element} element @param {Element[]} parts @returns {Element[]}
   */
  function listParts(element, parts) {
    if (element.getElementsByTagName('*').length <= 600 || !element.children.length) {
      parts.push(element);
    } else {
      Array.from(element.children).forEach(function (child) {
        listParts(child, parts);
      });
    }
    return parts;
  }
  /** @param {NodeListOf<Element>} elements @returns {DOMRect[]} */
  function measure(elements) {
    return Array.from(elements, function (element) {
      return element.getBoundingClientRect();
    });
  }
  /**
   * Whether an edge on screen moved, the top or the bottom of a box, by a pixel or more: a box
   * that grows below the screen's bottom, or a word a little wider, moves nothing seen.
   * @param {DOMRect[]} before @param {DOMRect[]} after
   */
  function moves(before, after) {
    var screen = window.innerHeight;
    /** @param {number} was @param {number} is */
    function seenToMove(was, is) {
      return Math.abs(was - is) >= 1 && ((was >= 0 && was <= screen) || (is >= 0 && is <= screen));
    }
    return before.some(function (was, i) {
      var is = after[i];
      return is !== undefined && (seenToMove(was.top, is.top) || seenToMove(was.bottom, is.bottom));
    });
  }
  if (root.getAttribute('data-baked') === 'off') letInterIn();
  function start() {
    if (!entry) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }
  keepEarlyInput();

  /**
   * Calls `next` once the page's first frame is on screen: the paint timing entry comes once it
   * is presented, which on a slow phone is well after the frame was drawn (rAF). Without paint
   * timing, or in a tab never shown, a task after the next frame, or 3 s, will do.
   * @param {() => void} next
   */
  function afterFirstPaint(next) {
    var called = false;
    var once = function () {
      if (called) return;
      called = true;
      next();
    };
    var types = window.PerformanceObserver ? PerformanceObserver.supportedEntryTypes || [] : [];
    if (types.indexOf('paint') >= 0) {
      new PerformanceObserver(function (_list, observer) {
        observer.disconnect();
        setTimeout(once, 0);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(once, 3000);
    } else {
      requestAnimationFrame(function () {
        setTimeout(once, 0);
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (document.getElementById('baked') && root.getAttribute('data-baked') !== 'off') {
      afterFirstPaint(function () {
        loadInter();
        start();
      });
    } else {
      letInterIn();
      start();
    }
  });

  function keepEarlyInput() {
    /** @typedef {{ type: 'click', target: HTMLElement } | { type: 'drop', file: File }} EarlyEvent */
    var input = {
      events: /** @type {EarlyEvent[]} */ ([]),
      dragDepth: 0,
      stopPresses: stopPresses,
      stop: stop,
    };
    /** @param {Event} event @returns {DataTransfer | null} files dragged, or null */
    function readFiles(event) {
      var transfer = /** @type {DragEvent} */ (event).dataTransfer;
      return transfer && Array.prototype.indexOf.call(transfer.types, 'Files') >= 0
        ? transfer
        : null;
    }
    /** @param {Event} event */
    function keepPress(event) {
      // Buttons only: links and the filters' <details> work without the app.
      var target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target && !target.disabled) input.events.push({ type: 'click', target: target });
    }
    /** @type {[string, (event: Event) => void][]} */
    var listeners = [
      ['click', keepPress],
      [
        'dragenter',
        function (event) {
          if (readFiles(event)) input.dragDepth += 1;
        },
      ],
      [
        'dragleave',
        function (event) {
          if (readFiles(event)) input.dragDepth = Math.max(0, input.dragDepth - 1);
        },
      ],
      [
        'dragover',
        function (event) {
          if (readFiles(event)) event.preventDefault();
        },
      ],
      [
        'drop',
        function (event) {
          var files = readFiles(event);
          if (!files) return;
          event.preventDefault();
          input.dragDepth = 0;
          if (files.files[0]) input.events.push({ type: 'drop', file: files.files[0] });
        },
      ],
    ];
    // From the moment React has the page (hydrateRoot), it answers presses itself, hydrating
    // what was pressed first: kept here too, a press would be answered twice.
    function stopPresses() {
      window.removeEventListener('click', keepPress, true);
    }
    function stop() {
      listeners.forEach(function (pair) {
        window.removeEventListener(pair[0], pair[1], true);
      });
    }
    listeners.forEach(function (pair) {
      window.addEventListener(pair[0], pair[1], true);
    });
    window.crosscheckEarlyInput = input;
  }
})();
