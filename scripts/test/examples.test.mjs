// The Node example prints Taoyuan's figures identically from both source kinds; the generated
// contract files are up to date with the zod schemas.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';
import { report } from '../../examples/node-sdk/report.mjs';

it('examples/node-sdk prints the same seed figures from the static feed and the API', () => {
  const out = execFileSync(process.execPath, ['examples/node-sdk/index.mjs'], { encoding: 'utf8' });
  const sections = out.split(/^== .* ==$/m).slice(1).map((s) => s.replace('Both sources agree.', '').trim());
  assert.equal(sections.length, 2);
  assert.equal(sections[0], sections[1]);
  assert.match(sections[0], /结案率: 92\.97% = 3,387 \/ 3,643/);
  assert.match(sections[0], /实际执结率: 78\.95% = 2,674 \/ 3,387/);
  assert.match(out, /Both sources agree\./);
});

it('examples/node-sdk prints "—" for a rate whose denominator is 0 (nothing accepted, nothing closed) instead of throwing', async () => {
  const court = { id: 'hn-changde-taoyuan', name: '桃源县人民法院', nameEn: 'Taoyuan County People’s Court', courtCode: '湘0725', regionCode: '430725' };
  const stats = {
    courtId: court.id,
    period: { id: '2027Q1', start: '2027-01-01', end: '2027-03-31', label: '2027年第一季度', labelEn: 'Q1 2027' },
    asOf: '2027-04-01T09:00:00+08:00',
    cases: { accepted: 0, closed: 0, closedWithPerformance: 0 },
    money: { recovered: 0 },
  };
  const client = { getCourt: async () => court, getStats: async () => stats };
  const zh = await report(client, 'zh-CN');
  assert.match(zh, /结案率: — = 0 \/ 0/);
  assert.match(zh, /实际执结率: — = 0 \/ 0/);
  const en = await report(client, 'en');
  assert.match(en, /Closure rate: — = 0 \/ 0/);
  assert.match(en, /Actual execution rate: — = 0 \/ 0/);
});

it('the JSON Schema, the docs tables and the compiled validators are generated from the current zod schemas', () => {
  execFileSync(process.execPath, ['scripts/generate-contract.mjs', '--check'], { encoding: 'utf8' });
});

it('custom-elements.json and docs/elements.md are generated from the current components', () => {
  execFileSync(process.execPath, ['scripts/generate-elements-docs.mjs', '--check'], { encoding: 'utf8' });
});
