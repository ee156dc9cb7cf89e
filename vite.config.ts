/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// data/ (the default dataset and its JSON Schema) is the public folder: its files are published at
// the site's root, so dist/ is a complete static site. `base: './'` keeps every URL relative, so
// dist/ works from any static server and any sub-path.
export default defineConfig({
  plugins: [react()],
  base: './',
  publicDir: 'data',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
