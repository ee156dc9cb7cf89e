// Runs in <head> before the page is drawn (a file, as the Content-Security-Policy allows no
// inline script). The baked markup is the default view of the default dataset in the light
// theme: any other link, or a device in the dark theme, hides it at once, so that it never
// flashes before the page the link asks for; the loading card shows instead.
(function () {
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (location.search.length > 1 || dark)
    document.documentElement.setAttribute('data-baked', 'off');
})();
