// Which engine really runs the browser tests: a launcher's label is no proof, the page's own user
// agent and engine-only features are. Runs in Chromium (`npm test`), Firefox and WebKit
// (`npm run test:engines`); msw's service worker must control the page in each.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createMockEnvironment, FEED_BASE } from './helpers';

const env = createMockEnvironment();

describe('test engine', () => {
  before(() => env.start());
  after(() => env.stop());

  it('is the engine this run was started for', async () => {
    const engine = await executeServerCommand<string, undefined>('zx-engine');
    const ua = navigator.userAgent;
    console.log(`[engine] ${engine}: ${ua}`);
    if (engine === 'firefox') {
      expect(ua).to.match(/ Gecko\/\d+ Firefox\/\d+/);
      expect('mozInnerScreenX' in window, 'Gecko-only window.mozInnerScreenX').to.equal(true);
    } else if (engine === 'webkit') {
      expect(ua).to.contain('AppleWebKit/');
      expect(ua).not.to.match(/Chrome|Chromium|Firefox/);
      expect(navigator.vendor).to.equal('Apple Computer, Inc.');
    } else {
      expect(engine).to.equal('chromium');
      expect(ua).to.match(/(Chrome|Chromium)\/\d+/);
      expect(navigator.vendor).to.equal('Google Inc.');
    }
  });

  it("msw's service worker controls the page and answers the feed", async () => {
    expect(navigator.serviceWorker.controller?.scriptURL).to.equal(new URL('/mockServiceWorker.js', location.href).href);
    const response = await fetch(new URL('court.json', FEED_BASE));
    expect(response.status).to.equal(200);
    expect(await response.json()).to.have.property('name');
  });
});
