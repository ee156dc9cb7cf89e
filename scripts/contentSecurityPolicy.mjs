// The Content-Security-Policy of the production site, defined once: Vite writes it into
// dist/index.html as a meta tag (so it holds on any static server) and `npm start` also sends it
// as a header. The dev server gets neither: Vite's hot reload needs inline script.

/**
 * Directive -> sources. Script only from the site's own files (no inline, no eval); data and
 * fonts only from this origin. `data:` and `blob:` images are the exports: a chart's SVG is
 * rasterised through an <img>, and PNG previews are blob URLs.
 * @type {Record<string, string[]>}
 */
const directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/** @param {Record<string, string[]>} policy */
const serialize = (policy) =>
  Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The policy as a meta tag carries it. */
export const contentSecurityPolicy = serialize(directives);

/**
 * The policy as the server sends it: a header can also forbid framing (clickjacking), which a
 * meta tag cannot express (Chromium ignores frame-ancestors there and logs an error).
 */
export const contentSecurityPolicyHeader = serialize({
  ...directives,
  'frame-ancestors': ["'none'"],
});

/**
 * The policy of the embed pages (embed.html, embed-*.html): the same, but any site may frame them,
 * as articles do; they show one chart and a link, and take no input worth hijacking.
 */
export const embedContentSecurityPolicyHeader = serialize({
  ...directives,
  'frame-ancestors': ['*'],
});
