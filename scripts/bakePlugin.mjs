import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { listMissedCharacters } from './firstScreenFontsPlugin.mjs';

/**
 * Bakes the first screen into the built site (issue 17): after `vite build` has written dist/,
 * draws the default dataset's dashboard (and its charts' embeds) with the app's own components
 * and text widths, and writes the markup into the HTML, so that a reader sees the charts before
 * any script runs, or with scripting off. React then takes the markup over (main.tsx).
 *
 * Recharts draws nothing in a server render, so the charts are drawn in jsdom (as the unit tests
 * draw them), the rest of the page by React's server renderer; src/app/bake/ does both. The
 * page's Content-Security-Policy allows no inline style or script: style attributes become
 * classes of a stylesheet written here, and the script that hides the baked markup from other
 * links (scripts/bakedBoot.js) is a file.
 *
 * @param {{ dataset: string }} options the shipped dataset, relative to the project's root
 * @returns {import('vite').Plugin}
 */
export function bakePlugin({ dataset }) {
  /** @type {string} */
  let outDir = 'dist';
  return {
    name: 'crosscheck:bake',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      async handler() {
        const started = Date.now();
        const { pages, css } = await renderPages(resolve(dataset), outDir);
        const template = await readFile(join(outDir, 'index.html'), 'utf8');
        const missed = await listMissedCharacters(
          pages.map((page) => `${page.markup ?? ''}${page.noscript}`),
        );
        if (missed) {
          this.warn(
            `the baked pages use ${JSON.stringify(missed)}, not in the first screen's fonts: ` +
              'add them to firstScreenCharacters (scripts/firstScreenFontsPlugin.mjs)',
          );
        }
        const assets = await writeAssets(outDir, pages, css);
        for (const page of pages) {
          const html = fillTemplate(template, page, assets);
          await writeFile(join(outDir, page.file), html);
        }
        this.info?.(`baked ${pages.length} pages in ${Date.now() - started} ms`);
      },
    },
  };
}

/**
 * @typedef {{ file: string, markup?: string, root?: Record<string, string>, noscript: string, title?: string }} BakedPage
 */

/**
 * Draws the pages in a child process (scripts/renderBakedPages.mjs), which loads src/app/bake/
 * through Vite (TypeScript, virtual modules) in a jsdom window.
 * @param {string} datasetFile
 * @param {string} outDir
 * @returns {Promise<{ pages: BakedPage[], css: string }>}
 */
async function renderPages(datasetFile, outDir) {
  const outFile = join(outDir, '.baked-pages.json');
  const script = new URL('./renderBakedPages.mjs', import.meta.url);
  const { status } = spawnSync(process.execPath, [fileURLToPath(script), datasetFile, outFile], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (status !== 0) throw new Error(`Baking the first screen failed (exit ${status ?? 'signal'}).`);
  const result = /** @type {{ pages: BakedPage[], css: string }} */ (
    JSON.parse(await readFile(outFile, 'utf8'))
  );
  await rm(outFile);
  return result;
}

/**
 * Style attributes (which the policy ignores in markup) as classes, one per distinct style.
 * @param {string} markup
 * @param {Map<string, string>} classes style -> class name, added to
 */
function moveStylesToClasses(markup, classes) {
  return markup.replace(
    /<([a-zA-Z][\w-]*)([^<>]*?) style="([^"]*)"([^<>]*)>/g,
    (_m, tag, before, style, after) => {
      const css = style.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
      let name = classes.get(css);
      if (!name) {
        name = `b${createHash('sha256').update(css).digest('hex').slice(0, 8)}`;
        classes.set(css, name);
      }
      const attributes = `${before}${after}`;
      const withClass = / class="/.test(attributes)
        ? attributes.replace(/ class="([^"]*)"/, ` class="$1 ${name}"`)
        : `${attributes} class="${name}"`;
      return `<${tag}${withClass}>`;
    },
  );
}

/**
 * Writes the boot script and the stylesheet every baked page shares; the pages' markup gets its
 * style attributes moved into the stylesheet on the way.
 * @param {string} outDir
 * @param {BakedPage[]} pages
 * @param {string} layoutCss which baked drawing each screen shows (src/app/bake/bakedCss.ts)
 */
async function writeAssets(outDir, pages, layoutCss) {
  /** @type {Map<string, string>} */
  const classes = new Map();
  for (const page of pages) {
    if (page.markup !== undefined) page.markup = moveStylesToClasses(page.markup, classes);
  }
  const css = [layoutCss, ...[...classes].map(([style, name]) => `.${name}{${style}}`)].join('\n');
  const boot = await readFile(new URL('./bakedBoot.js', import.meta.url), 'utf8');
  // The script articles add to keep an embed's height right: at a fixed address, not hashed.
  await writeFile(
    join(outDir, 'embed.js'),
    await readFile(new URL('./embedResize.js', import.meta.url)),
  );
  return {
    css: await writeHashed(outDir, 'baked', 'css', css),
    boot: await writeHashed(outDir, 'baked-boot', 'js', boot),
  };
}

/**
 * @param {string} outDir @param {string} name @param {string} extension @param {string} text
 * @returns {Promise<string>} the file's path under dist/
 */
async function writeHashed(outDir, name, extension, text) {
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
  const file = `assets/${name}-${hash}.${extension}`;
  await writeFile(join(outDir, file), text);
  return file;
}

/**
 * The built index.html with a page's markup in #root, its stylesheet and boot script in <head>.
 * Every page sits beside index.html, so its relative paths hold as they are.
 * @param {string} template @param {BakedPage} page
 * @param {{ css: string, boot: string }} assets
 */
function fillTemplate(template, page, assets) {
  if (page.file.includes('/')) throw new Error(`${page.file}: baked pages sit beside index.html`);
  let html = template;
  // The app's module is started by the boot script (scripts/bakedBoot.js), once a baked page is
  // painted: fetched then, not with the page, so that it takes nothing from the first screen's
  // files on a slow network. The boot script comes before the stylesheets, as a script after
  // one would wait for it.
  html = html.replace(
    /(\n\s*)<script type="module" crossorigin src="([^"]+)"><\/script>/,
    `$1<script src="./${assets.boot}" data-entry="$2"></script>`,
  );
  html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  if (!html.includes('data-entry=')) throw new Error('index.html has no module script to start');
  // No preload of Inter's files: the first frame is painted in its stand-ins, and the boot
  // script fetches Inter once that frame is on screen.
  html = html.replace('</head>', `    <link rel="stylesheet" href="./${assets.css}">\n  </head>`);
  if (page.title) html = html.replace(/<title>[^<]*<\/title>/, `<title>${page.title}</title>`);
  // First in #root, above the page it speaks of.
  html = html.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  const noscript = `<noscript><p class="notice">${page.noscript}</p></noscript>`;
  if (!html.includes('<div id="root">')) throw new Error('index.html has no <div id="root">');
  const attributes = Object.entries(page.root ?? {})
    .map(
      ([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`,
    )
    .join('');
  const baked = page.markup === undefined ? '' : `<div id="baked">${page.markup}</div>`;
  return html.replace('<div id="root">', `<div id="root"${attributes}>${noscript}${baked}`);
}
