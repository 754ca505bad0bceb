// A minimal Chrome DevTools Protocol client over the debugging port and a WebSocket (`ws`): old
// Chromium (69…) does not speak the CDP puppeteer-core 24 expects, but every version since has
// /json/list, Page.navigate, Runtime.evaluate and Page.captureScreenshot.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
  '--disable-extensions', '--hide-scrollbars', '--mute-audio', '--remote-debugging-port=0',
];

/** Starts a headless Chromium; resolves when its DevTools endpoint answers. */
export async function launchChromium(binary, { libraries, old = false } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'zx-compat-'));
  // Old builds: the old headless mode. (--single-process, which serverless platforms need, made
  // Chromium 92 stop answering CDP here now and then: not used.)
  const args = [old ? '--headless' : '--headless=new', ...FLAGS, `--user-data-dir=${profile}`, 'about:blank'];
  const env = { ...process.env, ...(libraries ? { LD_LIBRARY_PATH: `${libraries}:${process.env.LD_LIBRARY_PATH ?? ''}` } : {}) };
  const child = spawn(binary, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolvePort, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) resolvePort(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${binary} exited (${code}): ${text.slice(-2000)}`)));
  });
  const http = `http://127.0.0.1:${port}`;
  const version = await (await fetch(`${http}/json/version`)).json();
  return {
    version: version.Browser,
    /** The page target the browser opened with. */
    async page() {
      for (;;) {
        const list = await (await fetch(`${http}/json/list`)).json();
        const target = list.find((t) => t.type === 'page');
        if (target) return connect(target.webSocketDebuggerUrl);
      }
    },
    async close() {
      // It may have exited already (then 'exit' will not fire again).
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      // Chromium's helper processes may still be writing to the profile for a moment: a left-over
      // temporary directory is no reason to fail the run.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        /* left in the system's temporary directory */
      }
    },
  };
}

const CALL_CAP = 120_000;

/** A CDP session: `send(method, params)` and `on(event, listener)`. */
async function connect(url) {
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 512 * 1024 * 1024 });
  await new Promise((r, reject) => {
    socket.once('open', r);
    socket.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  const listeners = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    } else for (const listener of listeners.get(message.method) ?? []) listener(message.params);
  });
  return {
    send(method, params = {}) {
      return new Promise((resolve, reject) => {
        const key = ++id;
        // A generous cap only, so a browser that stops answering ends the run instead of hanging it.
        const timer = setTimeout(() => {
          pending.delete(key);
          reject(new Error(`${method}: no answer in ${CALL_CAP / 1000} s`));
        }, CALL_CAP);
        pending.set(key, { resolve: (v) => (clearTimeout(timer), resolve(v)), reject: (e) => (clearTimeout(timer), reject(e)), method });
        socket.send(JSON.stringify({ id: key, method, params }));
      });
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, []);
      listeners.get(event).push(listener);
    },
    close: () => socket.close(),
  };
}
