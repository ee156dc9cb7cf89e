// The production site: built when missing or stale, served by a small static server. Shared by
// `npm start` (scripts/serve.mjs) and `npm run export` (scripts/exportCharts.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import {
  contentSecurityPolicyHeader,
  embedContentSecurityPolicyHeader,
} from './contentSecurityPolicy.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'dist');

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

/** True when dist/ is missing or older than anything it is built from. */
export function needsBuild() {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'data', 'index.html', 'vite.config.ts', 'package.json'];
  return Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(built).mtimeMs;
}

/**
 * Builds dist/ if needed; `log` says so first. Exits the process if the build fails.
 * @param {(message: string) => void} log
 */
export function ensureBuilt(log) {
  if (!needsBuild()) return;
  log('Building the production site (dist/)...');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The build failed: run `npm run build` to see why.');
    process.exit(result.status ?? 1);
  }
}

/**
 * Sent with every response: the page's policy (see contentSecurityPolicy.mjs), no guessing of
 * content types, and no Referer to the sites that citations link to.
 */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Whether a request is for an embed page: embed.html, or a baked one (embed-<chart id>.html).
 * @param {string} url
 */
export function isEmbedPath(url) {
  const path = url.split('?')[0] ?? '/';
  return /^\/embed(-[a-z0-9-]+)?\.html$/.test(path);
}

/**
 * A static server for dist/ with correct content types; `files` adds paths served from
 * elsewhere (a dataset being exported). Not yet listening.
 * @param {Record<string, string>} [files] URL path -> file on disk
 * @param {Record<string, string>} [folders] URL prefix ("/bare/") -> another built site, served
 *   alike (the benchmark's bare page)
 */
export function createSiteServer(files = {}, folders = {}) {
  const serve = serveFolder(dist);
  const others = Object.entries(folders).map(([prefix, folder]) => ({
    prefix,
    serve: serveFolder(folder),
  }));
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    // Embeds are made to be framed by other sites (articles); the app may not be (clickjacking).
    if (isEmbedPath(req.url ?? '/')) {
      res.setHeader('Content-Security-Policy', embedContentSecurityPolicyHeader);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('This server only serves files: GET or HEAD.\n');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const extra = files[path];
    if (extra) {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(readFileSync(extra));
      return;
    }
    const other = others.find(({ prefix }) => path.startsWith(prefix));
    if (other) req.url = (req.url ?? '/').slice(other.prefix.length - 1);
    (other?.serve ?? serve)(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${req.url ?? ''}\n`);
    });
  });
}

/**
 * A built site's folder as `npm start` serves it.
 * @param {string} folder
 */
function serveFolder(folder) {
  return sirv(folder, {
    // Validators for everything (a 304 when unchanged), and the copies compressed at build
    // (scripts/compressPlugin.mjs): brotli where the browser takes it, else gzip.
    etag: true,
    brotli: true,
    gzip: true,
    // Hashed assets never change; everything else is revalidated.
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
