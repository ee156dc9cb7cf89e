// Installs Debian packages for the test set-up (Chromium, the office readers), as root or with
// passwordless sudo; elsewhere does nothing. A stale or empty package list fails the first try:
// it is updated and the install tried once more.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether this machine can install Debian packages without asking anyone. */
export function canInstallDebianPackages() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return existsSync('/usr/bin/apt-get') && (isRoot || hasSudo);
}

/**
 * `apt-get install -y --no-install-recommends <packages>`; true when it succeeded.
 * @param {readonly string[]} packages
 */
export function installDebianPackages(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = isRoot ? [] : ['sudo', '-n'];
  const run = (/** @type {string[]} */ command) => {
    const [program, ...args] = [...prefix, ...command];
    return spawnSync(program ?? 'apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];
  if (run(install).status === 0) return true;
  run(['apt-get', 'update']);
  return run(install).status === 0;
}
