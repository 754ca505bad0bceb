#!/usr/bin/env node
// The SDK from Node: Taoyuan court's statistics read twice — from a static feed served over real
// HTTP on 127.0.0.1, and from the documented HTTP API (mocked with msw) — printed identically
// (report.mjs: what is printed, a rate shown as "—" when its denominator is 0).
import { setupServer } from 'msw/node';
import { createClient, httpSource, staticSource } from '@zhixing/sdk';
import { createFixtures, createMockApi } from '@zhixing/mocks';
import { demoFeed } from '../../scripts/lib/demo-data.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFeed } from '../../scripts/lib/demo-data.mjs';
import { report } from './report.mjs';

const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';

// 1. Static feed: plain files on a web server.
const dir = await mkdtemp(join(tmpdir(), 'zhixing-feed-'));
await writeFeed(demoFeed({ generated: 0 }), dir);
const server = createStaticServer({ root: dir });
const feedUrl = await listen(server);
const fromFeed = await report(createClient({ source: staticSource(feedUrl) }), locale);
server.close();
await rm(dir, { recursive: true, force: true });

// 2. The HTTP API, mocked by msw (no backend to install).
const apiBase = 'https://api.taoyuan-court.test/zhixing/v1/';
const mock = setupServer(...createMockApi({ baseUrl: apiBase, dataset: createFixtures() }).handlers);
mock.listen({ onUnhandledRequest: 'error' });
const fromApi = await report(createClient({ source: httpSource(apiBase) }), locale);
mock.close();

console.log(`== static feed ${feedUrl} ==\n${fromFeed}\n`);
console.log(`== HTTP API ${apiBase} (msw) ==\n${fromApi}\n`);
console.log(fromFeed === fromApi ? 'Both sources agree.' : 'MISMATCH between the sources!');
process.exitCode = fromFeed === fromApi ? 0 : 1;
