// The browser tests need Debian's Chromium (npm cannot download browsers here), and the print test
// reads Chinese back from a PDF, which needs a CJK font (without one Chromium prints boxes). Install
// what is missing when we are root on Debian; otherwise say exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let updated = false;
const install = (packages) => {
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!updated) run(['update', '-qq']);
  updated = true;
  run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
};
const hasCjkFont = () => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};

if (!existsSync(path)) {
  if (canInstall) {
    console.log(`Chromium not found at ${path}: installing Debian's chromium package (about 30 s)…`);
    install(['chromium']);
  }
  if (!existsSync(path)) {
    console.error(
      `Chromium is needed for the browser tests and was not found at ${path}.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at an existing Chromium/Chrome binary.`,
    );
    process.exit(1);
  }
}
if (!hasCjkFont()) {
  if (canInstall) {
    console.log('No CJK font: installing fonts-wqy-microhei (the print test reads Chinese back from a PDF)…');
    install(['fonts-wqy-microhei']);
  }
  if (!hasCjkFont()) {
    console.error('No CJK font: the print test (scripts/test/print-notice.test.mjs) will fail. Install one with:  sudo apt-get install -y fonts-wqy-microhei');
    process.exit(1);
  }
}
