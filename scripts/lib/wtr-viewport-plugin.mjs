// web-test-runner command `zx-viewport` ({ width, height }): the viewport size in every engine the
// tests run in. The built-in setViewport works for puppeteer (Chromium, Firefox) but not for a
// WebDriver session (WebKit), where the window is sized instead.
import { sizeViewport } from './engines.mjs';

export function viewportPlugin() {
  return {
    name: 'zx-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'zx-viewport') return undefined;
      const { width, height } = payload;
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (session.browser.type === 'webdriver') {
        await sizeViewport(session.browser.driver, width, height);
        return true;
      }
      throw new Error(`zx-viewport: no way to size the viewport of a ${session.browser.type} browser`);
    },
  };
}
