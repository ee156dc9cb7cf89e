#!/usr/bin/env node
// Runs before the e2e tests: makes sure the real readers the deck tests open downloaded decks
// with are there: LibreOffice (soffice, converts a PPTX to PDF as PowerPoint's stand-in),
// Poppler (pdftotext, pdffonts, pdftoppm) and qpdf. On a Debian machine without them, installs
// Debian's packages (as root, or with sudo); elsewhere says which are missing and how to get them,
// and exits 0 all the same: the deck tests then say what they lack and skip.
import { canInstallDebianPackages, installDebianPackages } from './installDebianPackages.mjs';
import { spawnSync } from 'node:child_process';

/** Each tool, and the Debian package that brings it. */
const tools = [
  { name: 'soffice', pkg: 'libreoffice-impress-nogui' },
  { name: 'pdftotext', pkg: 'poppler-utils' },
  { name: 'pdffonts', pkg: 'poppler-utils' },
  { name: 'pdftoppm', pkg: 'poppler-utils' },
  { name: 'qpdf', pkg: 'qpdf' },
];

/** @param {string} name */
const isInstalled = (name) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const findMissing = () => tools.filter((tool) => !isInstalled(tool.name));

let missing = findMissing();
if (missing.length === 0) {
  console.log('e2e: LibreOffice, Poppler and qpdf found');
  process.exit(0);
}

const packages = [...new Set(missing.map((tool) => tool.pkg))];
if (canInstallDebianPackages()) {
  console.log(`e2e: installing Debian's ${packages.join(', ')} for the deck tests...`);
  installDebianPackages(packages);
  missing = findMissing();
  if (missing.length === 0) {
    console.log('e2e: installed LibreOffice, Poppler and qpdf');
    process.exit(0);
  }
}

const stillMissing = [...new Set(missing.map((tool) => tool.pkg))];
console.warn(`e2e: missing ${missing.map((tool) => tool.name).join(', ')}: the deck tests that open
downloaded files in real readers will be skipped. To run them, install
  - on Debian or Ubuntu: sudo apt-get install --no-install-recommends ${stillMissing.join(' ')}
  - on macOS: brew install --cask libreoffice; brew install poppler qpdf
  - elsewhere: LibreOffice (soffice), Poppler's utilities and qpdf, on the PATH.`);
process.exit(0);
