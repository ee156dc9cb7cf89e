import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
} from '../scripts/contentSecurityPolicy.mjs';
import { expect, test } from './fixtures';

/**
 * The site as `npm start` serves it: its policy in the page and in the header, correct content
 * types, files only. The `security` fixture (fixtures.ts) checks every other test's pages for
 * requests to other hosts and policy violations; here the policy itself is checked.
 */
test('the page carries its Content-Security-Policy as a meta tag and as a header', async ({
  page,
}) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(contentSecurityPolicyHeader);
  expect(headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', contentSecurityPolicy);
  expect(contentSecurityPolicy).toContain("script-src 'self'");
  expect(contentSecurityPolicy).toContain("connect-src 'self'");
  expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  await expect(page.getByRole('figure')).toHaveCount(4);
});

// Eval is not tried here: code that Playwright evaluates is exempt from the policy. The app's own
// use of it would be reported by every test: zod compiles its validators with eval unless told
// not to (src/data/schema/datasetSchema.ts), and the policy reports the attempt.
test('the policy stops script written into the page', async ({ page, security }) => {
  await page.goto('/');
  await expect(page.getByRole('figure')).toHaveCount(4);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ranInline = true';
    document.head.append(script);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.__ranInline = true');
    document.body.append(handler);
    handler.click();
    return 'ranInline' in window;
  });
  expect(ran).toBe(false);
  // Both were reported, under the meta tag's policy and the header's. This test caused them on
  // purpose, so they are cleared before the fixture checks the page.
  expect(security.cspViolations.filter((v) => v.startsWith('script-src'))).toHaveLength(4);
  security.cspViolations.length = 0;
});

test('every file is served with its own content type, and nothing but files', async ({
  page,
  request,
}) => {
  const assets: string[] = [];
  page.on('response', (response) => assets.push(new URL(response.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('figure')).toHaveCount(4);
  // The charts arrive baked; the dataset is fetched by the app, which starts once they are painted.
  await expect(page.getByRole('button', { name: 'Datasets' })).toBeEnabled();
  const types: Record<string, RegExp> = {
    '.js': /^text\/javascript/,
    '.css': /^text\/css/,
    '.woff2': /^font\/woff2$/,
    '.json': /^application\/json/,
  };
  const seen = new Set<string>();
  for (const path of assets) {
    const extension = /\.[a-z0-9]+$/.exec(path)?.[0] ?? '';
    const type = types[extension];
    if (!type) continue;
    seen.add(extension);
    const response = await request.get(path);
    expect(response.headers()['content-type'], path).toMatch(type);
  }
  expect([...seen].sort()).toEqual(['.css', '.js', '.json', '.woff2']);
  expect((await request.post('/')).status()).toBe(405);
  expect((await request.get('/%2e%2e/package.json')).status()).toBe(404);
  expect((await request.get('/no/such/file.json')).status()).toBe(404);
});
