// Firefox ESR and WebKitGTK for the tests (`npm run test:engines`): where they are, how to install
// them, and the X server + WebKitWebDriver that WebKit needs (MiniBrowser has no headless mode).
// Every process started here is in its own process group and is stopped with it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';
export const ENGINES = ['firefox', 'webkit'];

const PACKAGES = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };
const NEEDED = { firefox: [FIREFOX], webkit: [WEBKIT_WEBDRIVER, MINIBROWSER, XVFB] };

/** Installs Debian's packages for these engines when they are missing and we are root; otherwise says what to do. */
export function ensureEngines(engines) {
  const missing = () => engines.filter((engine) => NEEDED[engine].some((path) => !existsSync(path)));
  let packages = missing().flatMap((engine) => PACKAGES[engine]);
  if (packages.length === 0) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${packages.join(' ')} (Debian packages for the Firefox/WebKit tests)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    try {
      install();
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      install();
    }
    packages = missing().flatMap((engine) => PACKAGES[engine]);
    if (packages.length === 0) return;
  }
  throw new Error(`Missing for the engine tests: ${packages.join(' ')}.\nInstall with:  sudo apt-get install -y ${packages.join(' ')}`);
}

/** A TCP port free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  const force = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }, 5000);
  return exited.finally(() => clearTimeout(force));
}

/**
 * Starts Xvfb on a free display (it picks one itself: -displayfd) and WebKitWebDriver on a free port
 * with that display. Resolves to { display, port, url, stop }. `stop` (also run on process exit)
 * ends both process groups, and with them any MiniBrowser the driver launched.
 */
export async function startWebKitDriver({ screen = '2000x2400x24' } = {}) {
  const started = [];
  const stop = async () => {
    process.off('exit', killNow);
    await Promise.all(started.splice(0).reverse().map(stopGroup));
  };
  const killNow = () => {
    for (const child of started) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
  };
  process.on('exit', killNow);
  try {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    started.push(xvfb);
    let xvfbErrors = '';
    xvfb.stderr.on('data', (chunk) => (xvfbErrors += chunk));
    const display = await new Promise((resolve, reject) => {
      let out = '';
      xvfb.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${xvfbErrors.trim()}`)));
    });

    const port = await freePort();
    // --replace-on-new-session: a run that died without ending its session does not block the next one.
    const driver = spawn(WEBKIT_WEBDRIVER, [`--port=${port}`, '--host=local', '--replace-on-new-session'], {
      detached: true,
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    started.push(driver);
    let driverErrors = '';
    driver.stderr.on('data', (chunk) => (driverErrors += chunk));
    const url = `http://127.0.0.1:${port}`;
    // Ready when its status endpoint answers (it exits at once if the port was taken meanwhile).
    for (;;) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${driverErrors.trim()}`);
      try {
        const status = await (await fetch(`${url}/status`)).json();
        if (status.value?.ready) break;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { display, port, url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The WebDriver capabilities that make WebKitWebDriver launch MiniBrowser in automation mode. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

/**
 * Sizes a WebDriver window (webdriverio) so that its viewport is width × height: MiniBrowser's window
 * includes its own frame, so size it, measure, correct once, and check. The window cannot be narrower
 * than 447 px.
 */
export async function sizeViewport(driver, width, height) {
  const read = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  // The window manager applies a size a moment later: read until two readings agree.
  const measure = async () => {
    let last = await read();
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const next = await read();
      if (next[0] === last[0] && next[1] === last[1]) return next;
      last = next;
    }
    return last;
  };
  await driver.setWindowSize(width, height);
  let [w, h] = await measure();
  // The window's frame and toolbar take part of it: grow the window by what the viewport lacks.
  for (let attempt = 0; attempt < 4 && (w !== width || h !== height); attempt++) {
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + width - w, outer.height + height - h);
    [w, h] = await measure();
  }
  if (w !== width || h !== height) throw new Error(`the viewport is ${w}×${h}, not ${width}×${height} (MiniBrowser's window is at least 447 px wide)`);
}
