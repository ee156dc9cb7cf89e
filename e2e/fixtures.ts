import {
  expect as baseExpect,
  test as base,
  type Locator,
  type Page,
  type Route,
} from '@playwright/test';
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

/** What a test's pages did that the app must never do; each list must be empty at the end. */
export interface SecurityReport {
  /** URLs requested from any host other than the site under test. */
  readonly foreignRequests: string[];
  /** Content-Security-Policy violations, as "directive: blocked thing". */
  readonly cspViolations: string[];
}

type ReportViolation = (text: string) => void;

export const test = base.extend<{ consoleErrors: string[]; security: SecurityReport }>({
  /** Every test collects the page's console errors; tests of healthy pages assert there are none. */
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(errors);
  },
  /**
   * Runs with every test, in every page of its context (popups too): the test fails if a page
   * requested another host or tripped the Content-Security-Policy, whatever else it checked.
   */
  security: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const report: SecurityReport = { foreignRequests: [], cspViolations: [] };
      context.on('request', (request) => {
        const url = new URL(request.url());
        // data: and blob: URLs never leave the machine; anything with a host might.
        if (url.host && url.origin !== origin) report.foreignRequests.push(request.url());
      });
      await context.exposeFunction('reportCspViolation', (text: string) => {
        report.cspViolations.push(text);
      });
      await context.addInitScript(() => {
        const report = (window as unknown as { reportCspViolation: ReportViolation })
          .reportCspViolation;
        document.addEventListener('securitypolicyviolation', (event) => {
          report(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
        });
      });
      await use(report);
      baseExpect(report.foreignRequests, 'requests to another host').toEqual([]);
      baseExpect(report.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Text as a reader sees it: the isolate marks of dataset strings unseen, spaces collapsed. */
export const readable = (text: string) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

export const expect = baseExpect.extend({
  /**
   * Like toContainText, for text drawn in SVG, where dataset strings carry isolate marks
   * (U+2068 … U+2069, see src/domain/format/isolate.ts) that no reader sees: waits until the
   * element's text, read without them, contains `expected`.
   */
  async toShowText(locator: Locator, expected: string | RegExp, options?: { timeout?: number }) {
    const wanted = typeof expected === 'string' ? readable(expected) : expected;
    const holds = (text: string) =>
      typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text);
    const deadline = Date.now() + (options?.timeout ?? this.timeout);
    let actual = '';
    for (;;) {
      actual = readable((await locator.textContent()) ?? '');
      if (holds(actual) !== this.isNot || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pass = holds(actual);
    return {
      name: 'toShowText',
      pass,
      expected,
      actual,
      message: () =>
        `${this.utils.matcherHint('toShowText', undefined, undefined, { isNot: this.isNot })}\n\n` +
        `Expected${this.isNot ? ' not' : ''} to show: ${this.utils.printExpected(expected)}\n` +
        `Shown: ${this.utils.printReceived(actual)}`,
    };
  },
});
