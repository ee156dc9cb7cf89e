// Where the Chromium for tests is: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the
// browser Playwright downloaded (`npx playwright install chromium` on a laptop), else none.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** @returns {string | undefined} an executable path, or undefined to let Playwright choose */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const system = candidates.find((path) => path && existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // playwright-core throws when it has no browser of its own: there is none then.
  }
  return undefined;
}

/** Flags for a closed network: Chromium otherwise tries to reach Google's services at start. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
