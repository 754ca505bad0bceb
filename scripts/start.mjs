#!/usr/bin/env node
// `npm start`: build everything, write the demo static feed (the seed's Taoyuan figures plus
// generated debtors) to examples/feed/, and serve the repository root on localhost.
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
const { demoFeed, writeFeed } = await import('./lib/demo-data.mjs');
const { createStaticServer, listen } = await import('./lib/static-server.mjs');

const count = await writeFeed(demoFeed(), 'examples/feed');
console.log(`Demo feed: ${count} files in examples/feed/ (static feed; no backend needed)`);

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
