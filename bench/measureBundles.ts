import react from '@vitejs/plugin-react';
import { compressPlugin } from '../scripts/compressPlugin.mjs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
 * The JavaScript `index.html` loads at start: its module scripts and, followed through the
 * files themselves (not through modulepreload links, which a build may leave out), every chunk
 * they import statically. Chunks loaded by import() are not in it.
 */
export function measureInitialJs(dir: string): BundleSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // A baked page's boot script starts its entry once it is painted (scripts/bakedBoot.js).
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<script src="[^"]+" data-entry="([^"]+)"><\/script>/g),
  ];
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const dependency of listStaticImports(readFileSync(join(dir, file), 'utf8'))) {
      visit(join(dirname(file), dependency));
    }
  };
  for (const [, src] of entries) visit(join('.', src ?? ''));
  return measureFiles(dir, [...files]);
}

/**
 * Relative specifiers a built chunk imports statically (`import ... from "./x.js"`,
 * `import "./x.js"`), not `import("./x.js")`. Built chunks put their imports first.
 */
export function listStaticImports(code: string): string[] {
  const specifiers = code.matchAll(
    /\bimport\s*(?:[\w*{}\s,$]+\sfrom\s*|[\w*{}\s,$]*?from)?\s*["'](\.{1,2}\/[^"']+)["']/g,
  );
  return [...specifiers].map((match) => match[1] ?? '');
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
    // Compressed at build like the app, so that one server sends both alike.
    plugins: [react(), compressPlugin()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}
