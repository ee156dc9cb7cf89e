/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.mjs';
import { interAdvancesPlugin } from './scripts/interAdvancesPlugin.mjs';
import { firstScreenFontsPlugin } from './scripts/firstScreenFontsPlugin.mjs';
import { shippedDatasetPlugin } from './scripts/shippedDatasetPlugin.mjs';
import { bakePlugin } from './scripts/bakePlugin.mjs';
import { compressPlugin } from './scripts/compressPlugin.mjs';

/** Writes the Content-Security-Policy into the built index.html, ahead of any script. */
function addContentSecurityPolicy(): Plugin {
  return {
    name: 'crosscheck:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const shippedDatasetFile = 'data/north-korea-russia-2024-2025.json';

// data/ (the default dataset and its JSON Schema) is the public folder: its files are published at
// the site's root, so dist/ is a complete static site. `base: './'` keeps every URL relative, so
// dist/ works from any static server and any sub-path.
export default defineConfig({
  plugins: [
    react(),
    addContentSecurityPolicy(),
    shippedDatasetPlugin(shippedDatasetFile),
    interAdvancesPlugin(),
    firstScreenFontsPlugin(),
    bakePlugin({ dataset: shippedDatasetFile }),
    compressPlugin(),
  ],
  base: './',
  publicDir: 'data',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs ES2022 modules supports modulepreload: no polyfill in the bundle.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              // Everything the page runs at start in one file:
              // left to itself, the bundler split the modules that code loaded later shares into
              // a dozen small files, each a request before the first chart.
              name: 'start',
              tags: ['$initial'],
            },
            {
              // The rest of the domain (every view's builder and what only builders use) in one
              // file, fetched while the dataset loads: the first chart needs the dashboard's
              // builders, and a view opened later finds its own already in.
              name: 'view-builders',
              test: /src[\\/]domain[\\/]/,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
