import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text and fonts that are not compressed already (woff2 is brotli inside; PNGs are deflated). */
// Source maps are left out: only developers' tools fetch them, and they would double the time.
const compressible = /\.(html|js|mjs|css|json|svg|txt|xml|ttf|woff)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of the built site,
 * once, at the highest settings (too slow to do per request): `npm start` sends whichever the
 * browser accepts (scripts/site.mjs), and any static server that serves such files can. Runs
 * after the bake, which rewrites the HTML. A copy no smaller than its file is not written.
 * @returns {import('vite').Plugin}
 */
export function compressPlugin() {
  /** @type {string} */
  let outDir = 'dist';
  return {
    name: 'crosscheck:compress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const files = (await listFiles(outDir)).filter((file) => compressible.test(file));
        await Promise.all(files.map((file) => compressFile(file)));
      },
    },
  };
}

/** @param {string} file */
async function compressFile(file) {
  const data = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  if (gz.length < data.length) await writeFile(`${file}.gz`, gz);
}

/** @param {string} dir @returns {Promise<string[]>} */
async function listFiles(dir) {
  const entries = await readdir(dir);
  const nested = await Promise.all(
    entries.map(async (name) => {
      const path = join(dir, name);
      return (await stat(path)).isDirectory() ? listFiles(path) : [path];
    }),
  );
  return nested.flat();
}
