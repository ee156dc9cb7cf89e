#!/usr/bin/env node
// Runs before the e2e tests: makes sure a Chromium exists. Uses $CHROMIUM_PATH or an installed
// one; on a Debian machine without one, installs Debian's chromium package (as root, or with
// sudo); elsewhere says how to get one. Playwright's own download is not used on machines
// without internet, where `npx playwright install` fails.
import { canInstallDebianPackages, installDebianPackages } from './installDebianPackages.mjs';
import { findChromium } from './findChromium.mjs';

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}

if (canInstallDebianPackages()) {
  console.log("e2e: no Chromium found; installing Debian's chromium package...");
  const installed = installDebianPackages(['chromium']);
  if (installed && findChromium()) {
    console.log(`e2e: installed Chromium at ${findChromium()}`);
    process.exit(0);
  }
}

console.error(`e2e: no Chromium found. Either
  - set CHROMIUM_PATH to a Chromium or Chrome executable, or
  - install your system's chromium package, or
  - run \`npx playwright install chromium\` (needs internet).`);
process.exit(1);
