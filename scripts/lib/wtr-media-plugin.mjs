// web-test-runner command `zx-emulate-media`: CSS media features puppeteer's own emulateMediaFeatures
// refuses (forced-colors), set over a CDP session on the test page. An empty list resets them.
export function emulateMediaFeaturesPlugin() {
  const sessions = new Map();
  return {
    name: 'zx-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'zx-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`zx-emulate-media needs the Chrome launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
        page.once('close', () => sessions.delete(page));
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
