#!/usr/bin/env node
// `npm start`: build everything, publish the demo static feed to examples/feed/ with the publisher
// (`zhixing-feed build`) from the sample spreadsheet examples/data/taoyuan-sample.csv (GB18030, the
// seed's real Taoyuan figures plus invented people) and the province demo feed (several courts in one
// feed) to examples/province-feed/, and serve the repository root on localhost.
//   PORT=8080 npm start        (default 8080; the next free port if taken)
//   npm start -- --no-build    (skip the build, e.g. right after `npm run build`)
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  console.log('Building packages…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Imported after the build: they use the built packages.
const { publishDemoFeed, publishProvinceFeed, SAMPLE } = await import('./lib/demo-data.mjs');
const { createStaticServer, listen } = await import('./lib/static-server.mjs');

const report = await publishDemoFeed('examples/feed');
const t = report.tally;
console.log(`Demo feed ${report.result.version}: ${t.published} records from ${SAMPLE.rows} (${t.rows} rows, ${Object.values(t.withheld).reduce((a, b) => a + b, 0)} withheld by the publication rules, ${t.masked} IDs masked) in examples/feed/ (static feed; no backend needed)`);
const province = await publishProvinceFeed('examples/province-feed');
console.log(`Province demo feed ${province.result.version}: ${province.tally.published} records of ${province.stats.length} court statistics in examples/province-feed/ (one feed for several courts)`);

const server = createStaticServer({ root: '.' });
let port = Number(process.env.PORT || 8080);
let base;
for (let attempt = 0; attempt < 20 && !base; attempt++) {
  try {
    base = await listen(server, port + attempt, process.env.HOST || '127.0.0.1');
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!base) throw new Error(`No free port from ${port}`);

const pages = [];
for (const entry of (await readdir('examples', { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
  if (entry.isDirectory() && existsSync(`examples/${entry.name}/index.html`)) pages.push(`${base}examples/${entry.name}/`);
}
console.log(`\nZhixing demo running at ${base}examples/\n${pages.map((p) => `  ${p}`).join('\n')}\n\nPress Ctrl+C to stop.`);
process.on('SIGINT', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
