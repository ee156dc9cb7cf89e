import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/findChromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4391);
const executablePath = findChromium();

/**
 * End-to-end tests against the production build, served the way `npm start` serves it, in a
 * real Chromium: Debian's (or $CHROMIUM_PATH) where there is one, Playwright's own elsewhere.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 900 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    command: `npm run build && node scripts/serve.mjs --no-build --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
