// Runs in <head> before the page is drawn (a file, as the Content-Security-Policy allows no
// inline script). The baked markup is the default view of the default dataset in the light
// theme: any other link, or a device in the dark theme, hides it at once, so that it never
// flashes before the page the link asks for; the loading card shows instead.
//
// It also starts the app (the module named by this script's data-entry): on a baked page once
// that page is painted, so that the reader sees it before the browser fetches and runs scripts;
// on any other page once the document is parsed, as a module script would start.
(function () {
  var root = document.documentElement;
  var current = document.currentScript;
  var entry = current ? current.getAttribute('data-entry') : null;
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (location.search.length > 1 || dark) root.setAttribute('data-baked', 'off');
  function start() {
    if (!entry) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (document.getElementById('baked') && root.getAttribute('data-baked') !== 'off') {
      // rAF runs just before the paint; a task queued from it runs after.
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    } else {
      start();
    }
  });
})();
