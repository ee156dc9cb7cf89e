import { test as base, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Test datasets are served by routing, so the production build stays as it ships. */
export const fixtureUrl = (name: string) => `/e2e-fixtures/${name}`;

/** Serves e2e/fixtures/<name> at fixtureUrl(name) for this page. */
export async function serveFixture(page: Page, name: string): Promise<void> {
  const body = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  // Match the path only: the page's own URL ends with the fixture's path in `?dataset=`.
  await page.route(
    (url) => url.pathname === fixtureUrl(name),
    (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** Every test collects the page's console errors; tests of healthy pages assert there are none. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(errors);
  },
});

export { expect } from '@playwright/test';
