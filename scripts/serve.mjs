#!/usr/bin/env node
// `npm start`: builds the production site if dist/ is missing or older than its sources, then
// serves dist/ on localhost with correct content types. Not the dev server (`npm run dev`).
//
//   node scripts/serve.mjs [--port N] [--host H] [--no-build]
// PORT and HOST environment variables work too. Default: http://127.0.0.1:4173/
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSiteServer, dist, ensureBuilt } from './site.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {string | number} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = String(option('host', process.env.HOST ?? '127.0.0.1'));

if (!args.includes('--no-build')) ensureBuilt((message) => console.log(message));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const server = createSiteServer();
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
