// The browser tests need Debian's Chromium (npm cannot download browsers here). Install it when
// missing and we are root on Debian; otherwise say exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Chromium not found at ${path}: installing Debian's chromium package (about 30 s)…`);
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium is needed for the browser tests and was not found at ${path}.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `or point CHROMIUM_PATH at an existing Chromium/Chrome binary.`,
);
process.exit(1);
