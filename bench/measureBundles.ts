import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Bytes of the JavaScript a page loads before it runs anything: raw, gzip -9 and brotli -11. */
export interface BundleSize {
  readonly files: readonly string[];
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/**
 * The JavaScript `index.html` loads at start: its module scripts and the modules they import
 * statically (which Vite lists as modulepreload links). Chunks loaded by import() are not in it.
 */
export function measureInitialJs(dir: string): BundleSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return measureFiles(dir, files);
}

/** The sizes of `files` (paths relative to `dir`) taken together. */
export function measureFiles(dir: string, files: readonly string[]): BundleSize {
  const bytes = Buffer.concat(files.map((file) => readFileSync(join(dir, file))));
  return { files, ...measureBytes(bytes) };
}

function measureBytes(bytes: Buffer): Omit<BundleSize, 'files'> {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Builds the bare page (React + one Recharts bar chart) into `outDir`, as the app is built. */
export async function buildBarePage(root: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'bench', 'bare'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}
