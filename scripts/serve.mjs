#!/usr/bin/env node
// `npm start`: builds the production site if dist/ is missing or older than its sources, then
// serves dist/ on localhost with correct content types. Not the dev server (`npm run dev`).
//
//   node scripts/serve.mjs [--port N] [--host H] [--no-build]
// PORT and HOST environment variables work too. Default: http://127.0.0.1:4173/
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
/** @param {string} name @param {string | number} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = String(option('host', process.env.HOST ?? '127.0.0.1'));

/**
 * Newest modification time under a path, in ms (0 when it does not exist).
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function needsBuild() {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'data', 'index.html', 'vite.config.ts', 'package.json'];
  return Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(built).mtimeMs;
}

if (!args.includes('--no-build') && needsBuild()) {
  console.log('Building the production site (dist/)...');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const serve = sirv(dist, {
  etag: true,
  // Hashed assets never change; everything else is revalidated.
  setHeaders: (res, path) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader(
      'Cache-Control',
      path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  },
});

const server = createServer((req, res) =>
  serve(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`Not found: ${req.url ?? ''}\n`);
  }),
);
server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use: try --port ${port + 1}` : String(error),
  );
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(
    `Crosscheck is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  );
  console.log('Press Ctrl+C to stop.');
});
