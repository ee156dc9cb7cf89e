/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.mjs';
import { interAdvancesPlugin } from './scripts/interAdvancesPlugin.mjs';
import { shippedDatasetPlugin } from './scripts/shippedDatasetPlugin.mjs';

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

// data/ (the default dataset and its JSON Schema) is the public folder: its files are published at
// the site's root, so dist/ is a complete static site. `base: './'` keeps every URL relative, so
// dist/ works from any static server and any sub-path.
export default defineConfig({
  plugins: [
    react(),
    addContentSecurityPolicy(),
    shippedDatasetPlugin('data/north-korea-russia-2024-2025.json'),
    interAdvancesPlugin(),
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
              name: 'shared',
              test: /(src[\\/]data[\\/](datasetErrors|schema[\\/]datasetLimits|schema[\\/]calendarDate)|src[\\/]domain[\\/](format[\\/]formatDate|claims[\\/]claim)\.ts|node_modules[\\/]react[\\/])/,
            },
            {
              // The dashboard's chart builders in one file, fetched once while the dataset
              // loads: split by which views share them, they were ten requests, and the first
              // chart waited for the last. Their dependencies stay where they are (in the main
              // bundle), so nothing joins the code loaded at start.
              name: 'chart-builders',
              test: /src[\\/](ui[\\/]views[\\/]panelBuilders|domain[\\/]\w+[\\/](build\w+Chart|buildEquipmentCharts|buildFigureRows?|buildFrameText|capFigureRows|summarizeComparison|summarizeOverTime|pickTotalMetric|summarizeFigureRows|describeDerivation|selectLatestFigures|comparisonRows|computeSpread|describeSpread)|charts[\\/]chartSpec)\.ts$/,
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
