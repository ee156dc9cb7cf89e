// The bake's drawing, in a process of its own (scripts/bakePlugin.mjs starts it): it fills Node's
// globals with a jsdom window and starts a Vite server to load src/app/bake/, neither of which
// the build's own process should carry, and exits when done whatever handles those leave open.
//
//   node scripts/renderBakedPages.mjs <dataset.json> <out.json>
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'vite';
import { installBakeDom } from './installBakeDom.mjs';

const [datasetFile, outFile] = process.argv.slice(2);
if (!datasetFile || !outFile) {
  console.error('usage: node scripts/renderBakedPages.mjs <dataset.json> <out.json>');
  process.exit(2);
}
installBakeDom();
const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const module =
    /** @type {{ bakePages: (text: string) => Promise<{ pages: unknown[], css: string }> }} */ (
      await server.ssrLoadModule('/src/app/bake/bakePages.tsx')
    );
  const baked = await module.bakePages(await readFile(datasetFile, 'utf8'));
  await writeFile(outFile, JSON.stringify(baked));
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
