// The readable page of a feed (index.html, list-<n>.html): what a reader, a search engine or a
// screen reader gets when a widget link is followed without JavaScript. Built the way a court
// builds its feed (`buildFeed`, `remove`, `correct`), from the sample export.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { buildFeed, main, realFs, removeRecords } from '@zhixing/publisher/node';

const TODAY = '2026-11-30';
const NOW = new Date(`${TODAY}T12:00:00+08:00`);
const SAMPLE = 'examples/data/taoyuan-sample.csv';
const STATS = 'examples/data/taoyuan-stats.csv';
const court = JSON.parse(await readFile('examples/data/court.json', 'utf8'));
const rewards = JSON.parse(await readFile('examples/data/rewards.json', 'utf8'));
const quiet = { log: () => undefined, error: () => undefined };
/** A resident ID written in full: 17 digits and a digit or X. */
const FULL_ID = /\d{17}[\dXx]/;

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const nameOf = (item) => (item.type === 'reward-notice' ? item.debtor.name : item.name);
const identifierOf = (item) => {
  const party = item.type === 'reward-notice' ? item.debtor : item;
  return party.idNumber ?? party.creditCode;
};

/** The readable page files of a feed folder: name → HTML. */
async function pages(dir) {
  const out = new Map();
  for (const name of (await readdir(dir)).sort()) if (/\.html$/.test(name)) out.set(name, await readFile(join(dir, name), 'utf8'));
  return out;
}

/** The HTML of one section (`dishonest`, `restricted`, `rewards`), or '' when the page has none. */
function section(html, key) {
  const start = html.indexOf(`<section id="${key}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

/** Entry rows of one section. */
const rowCount = (html, key) => (section(html, key).match(/<tr><th scope="row">/g) ?? []).length;

/** Dishonest-debtor organisations for the exposure board (reward notices' `--exposure-extra` path). */
function extraDebtors(count, name = (i) => `分页测试第${String(i).padStart(5, '0')}号有限公司`) {
  return Array.from({ length: count }, (_, i) => ({
    type: 'dishonest-debtor',
    id: `page-test-${i}`,
    partyKind: 'organization',
    name: name(i),
    caseNumber: `（2026）湘0725执${10000 + i}号`,
    courtName: '桃源县人民法院',
    filingDate: '2026-01-05',
    publishedOn: '2026-06-01',
    basisDocumentNumber: '（2025）湘0725民初1号',
    basisIssuer: '桃源县人民法院',
    obligation: '支付货款10000元',
    performance: 'none',
    amountUnperformed: 1_000_000,
    conduct: '违反财产报告制度',
  }));
}

describe('the readable page of the sample feed', () => {
  let dir;
  let report;
  const read = (name = 'index.html') => readFile(join(dir, name), 'utf8');
  const exposure = async () => JSON.parse(await read('exposure.json'));

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-readable-'));
    report = await buildFeed({ inputs: [SAMPLE], stats: [STATS], court, out: dir, now: NOW, exposure: { extra: rewards } });
    assert.equal(report.written, true, JSON.stringify(report.problems.slice(0, 3)));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('is one HTML document in Chinese with charset, viewport and the court in the title; one page for the sample', async () => {
    assert.deepEqual([...(await pages(dir)).keys()], ['index.html']);
    const html = await read();
    assert.ok(html.startsWith('<!doctype html>\n<html lang="zh-CN">'));
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(html, new RegExp(`<title>${court.name}[^<]*</title>`));
    assert.match(html, new RegExp(`<h1>${court.name}`));
  });

  it('has no script, no inline style attribute and no external resource; its CSP allows only its own style', async () => {
    const html = await read();
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /<(link|img|iframe|object|embed|form|base)\b/i);
    assert.doesNotMatch(html, /\ssrc\s*=/i);
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    assert.equal(styles.length, 1);
    const hash = `sha256-${createHash('sha256').update(styles[0][1]).digest('base64')}`;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta element');
    assert.match(csp, /default-src 'none'/);
    assert.ok(csp.includes(`'${hash}'`), `the CSP names the style by its hash; STYLE_HASH in readable-page.ts should be '${hash}'`);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'the CSP comes before the style');
    // Links only: to its own pages, its own sections, a phone number or the national site.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
      assert.match(href, /^(#[a-z-]+|index\.html|list-\d+\.html|tel:[\d+]+|https:\/\/zxgk\.court\.gov\.cn\/)$/, href);
    }
  });

  it('lists every published exposure entry by section, with name, masked ID and case number exactly as in exposure.json', async () => {
    const html = await read();
    const { items } = await exposure();
    assert.ok(items.length > 150, 'the sample fills the board');
    for (const item of items) {
      assert.ok(html.includes(escapeHtml(nameOf(item))), `name of ${item.id}`);
      assert.ok(html.includes(escapeHtml(item.caseNumber)), `case number of ${item.id}`);
      const identifier = identifierOf(item);
      if (identifier) assert.ok(html.includes(`<td class="id">${escapeHtml(identifier)}</td>`), `identifier of ${item.id}: ${identifier}`);
    }
    const count = (type) => items.filter((i) => i.type === type).length;
    assert.equal(rowCount(html, 'dishonest'), count('dishonest-debtor'));
    assert.equal(rowCount(html, 'restricted'), count('consumption-restriction'));
    assert.equal(rowCount(html, 'rewards'), count('reward-notice'));
    assert.equal(count('reward-notice'), rewards.length);
    // The person of the sample's first row, masked as in the feed.
    assert.ok(html.includes('4307251990****1235'));
  });

  it('shows no resident ID in full anywhere', async () => {
    const html = await read();
    assert.doesNotMatch(html, FULL_ID);
    assert.ok(!html.includes('430725199001011235'));
  });

  it('shows nothing withheld: not the minor, the expired or the removed row of the sample', async () => {
    assert.deepEqual(report.withheld.map((w) => [w.id, w.code]), [['edge-minor', 'minor'], ['edge-expired', 'publication-ended'], ['edge-removed', 'removed']]);
    const html = await read();
    const json = await read('exposure.json');
    // Names and case numbers of those three rows (taoyuan-sample.csv, rows 348–350).
    for (const text of ['孙小宇', '韩冬梅', '钱永福']) {
      assert.ok(!json.includes(text), `${text} is not in exposure.json either`);
      assert.ok(!html.includes(text), text);
    }
    const caseNumbers = /[（(]2023[）)]湘0725执193[123]号/;
    assert.doesNotMatch(json, caseNumbers);
    assert.doesNotMatch(html, caseNumbers);
  });

  it('shows the statistics per period: rates from the counts, with counts, rounding rule and money recovered', async () => {
    const html = section(await read(), 'stats');
    assert.match(html, /2022年1月1日至2023年6月30日/);
    assert.match(html, /92\.97%/);
    assert.match(html, /已结 3,387 件 ÷ 受理 3,643 件；保留2位小数，四舍五入/);
    assert.match(html, /78\.95%/);
    assert.match(html, /执行完毕 2,674 件 ÷ 已结 3,387 件/);
    assert.match(html, /约3\.14亿元/);
    assert.match(html, /统计数据截至 2023年8月25日 00:00/);
    const english = section(await read(), 'en');
    assert.match(english, /closure rate 92\.97% \(3,387 closed of 3,643 accepted cases\)/);
    assert.match(english, /rounded half-up to 2 decimal places/);
  });

  it('gives the data time, the tip-off phone, the national site and says the widget needs JavaScript', async () => {
    const html = await read();
    const { generatedAt } = await exposure();
    assert.equal(generatedAt, '2026-11-30T12:00:00+08:00');
    assert.match(html, /数据截至 <strong>2026年11月30日 12:00<\/strong>/);
    assert.ok(html.includes(`<a class="phone" href="tel:${court.contact.tipOffPhone.replace(/-/g, '')}">${court.contact.tipOffPhone}</a>`));
    assert.match(html, /举报电话/);
    assert.ok(html.includes('<a href="https://zxgk.court.gov.cn/">'));
    assert.match(html, /需要浏览器启用 JavaScript/);
    assert.match(html, /needs JavaScript/);
  });

  it('`remove` takes the entry off the page in the same new version', async () => {
    const before = await read();
    const { items } = await exposure();
    // An entry whose name appears once on the page, so its absence afterwards means something.
    const target = items.find((i) => i.type === 'dishonest-debtor' && before.split(escapeHtml(i.name)).length === 2);
    assert.ok(target);
    assert.ok(before.includes(target.caseNumber));
    const code = await main(['remove', target.id, '--reason', 'performed', '--date', '2026-11-29', '--out', dir, '--today', TODAY], quiet);
    assert.equal(code, 0);
    const html = await read();
    assert.ok(!html.includes(target.name), 'the name is gone');
    assert.ok(!html.includes(target.caseNumber), 'the case number is gone');
    const after = await exposure();
    assert.ok(html.includes(`数据版本 ${after.version}`), 'the page is of the new version');
    assert.equal(rowCount(html, 'dishonest'), after.items.filter((i) => i.type === 'dishonest-debtor').length);
  });

  it('`correct` rewrites the page with the corrected entry', async () => {
    const { items } = await exposure();
    const sample = iconv.decode(await readFile(SAMPLE), 'gb18030').split(/\r?\n/);
    const header = sample.find((l) => l.startsWith('记录编号,'));
    const target = items.find((i) => i.type === 'dishonest-debtor' && sample.some((l) => l.startsWith(`${i.id},`)));
    const line = sample.find((l) => l.startsWith(`${target.id},`)).split(',');
    line[2] = '更正后的名称测试';
    const file = join(dir, '..', `zhixing-correct-${process.pid}.csv`);
    await writeFile(file, `${header}\n${line.join(',')}\n`);
    try {
      assert.equal(await main(['correct', file, '--out', dir, '--today', TODAY], quiet), 0);
    } finally {
      await rm(file, { force: true });
    }
    const html = await read();
    assert.ok(html.includes('更正后的名称测试'));
    assert.ok(html.includes(`数据版本 ${(await exposure()).version}`));
  });
});

describe('the readable page escapes every text from the data', () => {
  it('names, conduct and the court name with markup, quotes and ampersands are shown as text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhixing-readable-xss-'));
    try {
      const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'A & B 有限公司', "O'Brien 贸易公司", '</title><script>alert(2)</script>'];
      const extra = extraDebtors(hostile.length, (i) => hostile[i]).map((item) => ({ ...item, legalRepresentative: '<i>法人</i>', conduct: '违反财产报告制度<b onmouseover="x">!</b>' }));
      const hostileCourt = { ...court, name: `桃源县人民法院</title><script>alert("court")</script>`, nameEn: `<b>Taoyuan</b> & "Court"` };
      const report = await buildFeed({ inputs: [SAMPLE], court: hostileCourt, out: dir, now: NOW, exposure: { extra } });
      assert.equal(report.written, true, JSON.stringify(report.problems.slice(0, 3)));
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      const { items } = JSON.parse(await readFile(join(dir, 'exposure.json'), 'utf8'));
      const shown = items.filter((i) => i.id.startsWith('page-test-'));
      assert.deepEqual(shown.map((i) => i.name), hostile, 'the feed publishes the names as given');
      assert.doesNotMatch(html, /<script|<img|<b[ >]|<i>/i);
      assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no event handler attribute');
      for (const name of hostile) assert.ok(html.includes(escapeHtml(name)), name);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(html.includes('A &amp; B 有限公司'));
      assert.ok(html.includes('O&#39;Brien 贸易公司'));
      assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
      assert.equal(html.split('</title>').length, 2, 'one </title>: the real one');
      assert.match(html, /<title>桃源县人民法院&lt;\/title&gt;&lt;script&gt;alert\(&quot;court&quot;\)&lt;\/script&gt;/);
      assert.ok(html.includes('&lt;b&gt;Taoyuan&lt;/b&gt; &amp; &quot;Court&quot;'));
      assert.ok(html.includes('法定代表人：&lt;i&gt;法人&lt;/i&gt;'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a large board is split into pages of 1,000 entries per section', () => {
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhixing-readable-pages-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('index.html and list-2.html, list-3.html …, linked previous/next; every entry on exactly one page', async () => {
    const extra = extraDebtors(2345);
    const report = await buildFeed({ inputs: [SAMPLE], stats: [STATS], court, out: dir, now: NOW, exposure: { extra } });
    assert.equal(report.written, true);
    const files = await pages(dir);
    assert.deepEqual([...files.keys()], ['index.html', 'list-2.html', 'list-3.html']);
    const { items } = JSON.parse(await readFile(join(dir, 'exposure.json'), 'utf8'));
    const dishonest = items.filter((i) => i.type === 'dishonest-debtor').length;
    assert.ok(dishonest > 2000 && dishonest <= 3000, String(dishonest));
    let rows = 0;
    for (const [name, html] of files) {
      assert.doesNotMatch(html, /<script/i, name);
      assert.doesNotMatch(html, FULL_ID, name);
      for (const key of ['dishonest', 'restricted', 'rewards']) assert.ok(rowCount(html, key) <= 1000, `${name} ${key}`);
      rows += rowCount(html, 'dishonest');
    }
    assert.equal(rows, dishonest);
    assert.equal(rowCount(files.get('index.html'), 'dishonest'), 1000);
    assert.equal(rowCount(files.get('list-3.html'), 'dishonest'), dishonest - 2000);
    for (const item of extra) {
      const on = [...files.values()].reduce((n, html) => n + html.split(`>${item.name}<`).length - 1, 0);
      assert.equal(on, 1, item.name);
    }
    // Statistics on the first page only.
    assert.match(files.get('index.html'), /<section id="stats"/);
    assert.doesNotMatch(files.get('list-2.html'), /<section id="stats"/);
    // Previous / next.
    assert.match(files.get('index.html'), /<a href="list-2.html" rel="next">/);
    assert.doesNotMatch(files.get('index.html'), /rel="prev"/);
    assert.match(files.get('list-2.html'), /<a href="index.html" rel="prev">/);
    assert.match(files.get('list-2.html'), /<a href="list-3.html" rel="next">/);
    assert.match(files.get('list-3.html'), /<a href="list-2.html" rel="prev">/);
    assert.doesNotMatch(files.get('list-3.html'), /rel="next"/);
    assert.match(files.get('list-2.html'), /<a href="list-2.html" aria-current="page">2<\/a>/);
  });

  it('a shorter republish deletes the leftover pages: a dropped entry stays readable nowhere', async () => {
    const report = await buildFeed({ inputs: [SAMPLE], stats: [STATS], court, out: dir, now: NOW, exposure: { extra: extraDebtors(100) } });
    assert.equal(report.written, true);
    const files = await pages(dir);
    assert.deepEqual([...files.keys()], ['index.html'], 'list-2.html and list-3.html are gone');
    const html = files.get('index.html');
    assert.ok(html.includes(extraDebtors(100)[99].name));
    assert.ok(!html.includes(extraDebtors(101)[100].name));
    assert.doesNotMatch(html, /rel="(prev|next)"/);
    for (const name of await readdir(dir)) assert.ok(!/\.tmp-/.test(name), `no temporary file left: ${name}`);
  });

  it('when the page cannot be written, no page is left showing the previous version', async () => {
    const before = await readFile(join(dir, 'index.html'), 'utf8');
    const target = JSON.parse(await readFile(join(dir, 'exposure.json'), 'utf8')).items.find((i) => i.id === 'page-test-7');
    assert.ok(before.includes(`>${target.name}<`));
    const failing = {
      ...realFs,
      async writeFile(path, data) {
        if (/index\.html\.tmp-/.test(path)) throw new Error('simulated failure: disk full');
        return realFs.writeFile(path, data);
      },
    };
    await assert.rejects(removeRecords({ ids: ['page-test-7'], reason: 'performed', out: dir, now: NOW, fs: failing }), /readable page could not be written.*simulated failure/);
    const exposure = JSON.parse(await readFile(join(dir, 'exposure.json'), 'utf8'));
    assert.ok(!exposure.items.some((i) => i.id === 'page-test-7'), 'the JSON feed is published');
    assert.deepEqual([...(await pages(dir)).keys()], [], 'no stale page left');
    // The next publication writes it again.
    assert.equal((await buildFeed({ inputs: [SAMPLE], court, out: dir, now: NOW })).written, true);
    assert.deepEqual([...(await pages(dir)).keys()], ['index.html']);
  });
});
