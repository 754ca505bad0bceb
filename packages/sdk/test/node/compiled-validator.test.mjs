// The compiled validators (packages/sdk/src/contract/validate.generated.ts) against zod itself, the
// source of truth: for every contract schema, valid fixtures and systematically mutated variants
// (each field removed, null, of the wrong type, empty, blank, huge, exotic unicode, odd numbers,
// dates, timestamps and URLs; extra and `__proto__` keys; wrong discriminators) must give the same
// accept/reject, the same output and the same issues (path and message). Deterministic: the
// corpus comes from seeded generators and a seeded PRNG. Needs `npm run build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contractSchemas, validateRecords } from '@zhixing/sdk';
import { buildHostileStaticFeed, buildStaticFeed, createFixtures, createHostileDataset, createProvinceFixtures, edgeCaseRecords, generateDebtors, mulberry32 } from '@zhixing/mocks';
import * as compiled from '../../dist/contract/validate.generated.js';

const TODAY = '2025-06-15';
const fixtures = createFixtures({ today: TODAY });
const debtors = [...fixtures.debtors, ...generateDebtors({ count: 60, seed: 7, today: TODAY }), ...generateDebtors({ count: 20, seed: 9, today: TODAY, unmaskedIds: true })];
const edge = Object.values(edgeCaseRecords(TODAY));
const files = buildStaticFeed({ court: fixtures.court, statsIndex: fixtures.statsIndex, stats: fixtures.stats, exposure: fixtures.exposure, debtors, shardCount: 4, generatedAt: `${TODAY}T08:00:00+08:00`, removals: [{ id: 'gone-1', removedOn: '2025-06-01', reason: 'performed' }] });
// A multi-court feed (court.json with courts, statistics court by court, hot names listed court by court).
const province = createProvinceFixtures({ today: TODAY, perCourt: 30 });
const provinceFiles = buildStaticFeed({ ...province, debtors: [...province.debtors, ...Array.from({ length: 12 }, (_, i) => ({ ...province.debtors[i % 5], id: `hot-${i}`, name: '王伟' }))], shardCount: 2, hot: { hotThreshold: 4 }, generatedAt: `${TODAY}T08:00:00+08:00` });
const hostile = createHostileDataset();
const hostileFiles = buildHostileStaticFeed(hostile);
// A feed is a Map of path → JSON value; a round trip through JSON makes them what a client receives.
const json = (files, predicate) =>
  [...files]
    .filter(([path]) => predicate(path))
    .map(([, body]) => JSON.parse(typeof body === 'string' ? body : JSON.stringify(body)));
const feedFiles = [files, hostileFiles, provinceFiles];
const manifests = feedFiles.flatMap((f) => json(f, (p) => /manifest\.json$/.test(p)));
const shards = feedFiles.flatMap((f) => json(f, (p) => /shards\/.*\.json$/.test(p))).filter((s) => s && 'shard' in s);
const hotFiles = feedFiles.flatMap((f) => json(f, () => true)).filter((s) => s && 'records' in s && 'name' in s && !('shard' in s));
const exposureFeeds = feedFiles.flatMap((f) => json(f, (p) => /exposure\.json$/.test(p)));
const hotNames = shards.flatMap((s) => s.hot ?? []);
const exposureIndexes = feedFiles.flatMap((f) => json(f, (p) => p === 'exposure/index.json'));
const exposureLists = feedFiles.flatMap((f) => json(f, (p) => p.startsWith('exposure/lists/')));
const exposurePages = feedFiles.flatMap((f) => json(f, (p) => p.startsWith('exposure/pages/')));
const exposureCourts = feedFiles.flatMap((f) => json(f, (p) => p.startsWith('exposure/courts/')));

const exposureItems = [...fixtures.exposure.items, ...hostile.exposure.items];
const byType = (type) => [...debtors, ...edge, ...exposureItems, ...hostile.debtors].filter((r) => r?.type === type);

/** Valid (mostly) samples for each schema; mutations make the invalid ones. */
const samples = {
  Court: [fixtures.court, hostile.court, { ...province.court, courts: province.court.courts.slice(0, 3).map((c, i) => (i === 1 ? { ...c, formerCourtCodes: ['湘07旧'] } : c)) }],
  CourtEntry: province.court.courts.slice(0, 3),
  StatsIndex: [fixtures.statsIndex, province.statsIndex],
  CourtPeriods: province.statsIndex.courts.slice(0, 2),
  EnforcementStats: [...fixtures.stats, ...hostile.stats, province.stats[1]],
  DishonestDebtor: byType('dishonest-debtor').slice(0, 12),
  ConsumptionRestriction: byType('consumption-restriction').slice(0, 8),
  EnforcementCaseParty: byType('enforcement-case').slice(0, 8),
  DebtorRecord: [...debtors.slice(0, 10), ...edge],
  RewardNotice: byType('reward-notice').slice(0, 6),
  ExposureItem: exposureItems.slice(0, 12),
  ExposureFeed: exposureFeeds.map((f) => ({ ...f, items: f.items.slice(0, 2) })),
  SearchResponse: [{ total: 3, page: 1, pageSize: 20, asOf: `${TODAY}T00:00:00+08:00`, items: debtors.slice(0, 2) }],
  ShardManifest: [...manifests, ...manifests.slice(0, 1).map((m) => ({ ...m, base: 'v1', delta: { version: 'v2', count: 8, path: 'delta/3f9a/{delta}.json', records: 12 } }))],
  Shard: shards.slice(0, 4).map((s) => ({ ...s, records: s.records.slice(0, 2) })),
  HotName: hotNames.length ? [...hotNames.slice(0, 3), ...hotNames.filter((h) => h.courts).slice(0, 1)] : [{ name: '王伟', total: 2000, pageSize: 200, pagePath: 'hot/abc/{page}.json', keyPath: 'hot/abc/k/{key}.json' }],
  HotNameFile: hotFiles.length ? hotFiles.slice(0, 3).map((f) => ({ ...f, records: f.records.slice(0, 2) })) : [{ version: 'v1', name: '王伟', page: 1, records: debtors.slice(0, 2) }],
  RemovalEntry: [{ id: 'x-1', removedOn: '2024-02-29', reason: 'performed' }, { id: 'x-2', removedOn: '2025-01-01' }],
  ExposureIndex: exposureIndexes.map((index) => ({ ...index, lists: index.lists.slice(0, 2), changes: { since: 'v0', added: 1, removed: 2, changed: 0 } })),
  ExposureListRef: exposureIndexes.flatMap((index) => index.lists.slice(0, 2)),
  ExposureList: exposureLists.slice(0, 3).map((list) => ({ ...list, pages: list.pages.slice(0, 2) })),
  ExposurePage: exposurePages.slice(0, 3).map((page) => ({ ...page, items: page.items.slice(0, 2) })),
  ExposureCourtLists: exposureCourts.map((c) => ({ courts: c.courts.slice(0, 2).map((court) => ({ ...court, lists: court.lists.slice(0, 1) })) })),
  DeltaFile: [
    { version: 'v2', delta: '0a', records: debtors.slice(0, 2), hidden: ['x-1', 'x-2'], hot: [{ name: '王伟', path: 'delta/3f9a/0a-0.json' }] },
    { version: 'v2', delta: '0a', name: '王伟', records: debtors.slice(2, 3), hidden: [] },
  ],
  ExposureMoved: [{ format: 'zhixing-exposure/moved', index: 'exposure/index.json', message: 'x' }, { format: 'zhixing-exposure/moved', index: 'exposure/index.json' }],
};

// Values every field is set to in turn.
const REPLACEMENTS = [
  null, undefined, true, false, 0, -0, 1, -1, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 100, 101, 150, 151, 1000, 1001, 2 ** 24, 2 ** 24 + 1, 3, 16, NaN, Infinity, -Infinity,
  '', ' ', '   \t\n', 'x', ' x ', '\u3000王伟\u3000', '\ufeff王伟', '王\u202e伟', '😀', '😀'.repeat(64), '😀'.repeat(65), 'a'.repeat(128), 'a'.repeat(129), 'a'.repeat(256), 'a'.repeat(257), 'x'.repeat(100_000),
  '2023-02-29', '2024-02-29', '2023-02-28', '2023-13-01', '2023-00-10', '2023-1-1', '2023-04-31', '1900-02-29', '2000-02-29', ' 2024-01-01',
  '2024-01-01T00:00:00', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00+08:00', '2024-01-01T00:00+08:00', '2024-01-01T24:00:00+08:00', '2024-02-29T12:00:00.123456+08:00', '2023-02-29T12:00:00+08:00', '2024-01-01 00:00:00+08:00', '2024-01-01T00:00:00+0800',
  'https://court.example/page?q=1#x', 'http://a.b', 'HTTPS://A.B/', ' https://a.b/ ', 'https://a\n.b/\t', 'http:example.com', 'https:/a.b', 'ftp://a.b/', 'javascript:alert(1)', 'data:text/html,x', 'https://例子.中国/路径', 'https://', '//a.b/', 'https://a b',
  'shards/{shard}.json', 'shards/3f9a/{shard}.json', 'delta/3f9a/{delta}.json', 'zhixing-shards/2', '/shards/{shard}.json', '../{shard}.json', 'a//{shard}', 'a\\{shard}', 'https://evil.example/{shard}', 'hot/{page}.json', 'hot/k/{key}.json', '{page}{key}{shard}',
  'zhixing-shards/1', 'zhixing-exposure/2', 'zhixing-exposure/moved', 'lists/{list}.json', 'pages/{page}.json', 'courts/0a1b.json', 'dishonest', 'restricted', 'rewards', 'published', 'amount', '0a1b2c3d4e5f6a7b', 'ABC', 'fnv1a32', 'dishonest-debtor', 'consumption-restriction', 'enforcement-case', 'reward-notice', 'natural-person', 'organization', 'performed', 'lifted', 'male', 'open', 'closed', 'partial', 'half-up',
  'hn-changde-taoyuan', 'HN', 'a', '430725', '43072', '4307251', 'p-2024.Q1', 'bad id!', '430725199001011235', 'x430725199001011235x',
  [], [1], ['x'], [{}], {}, { length: 0 }, { length: 5 }, { type: 'dishonest-debtor' },
];
const EXTRA_KEYS = ['extra', 'constructor', 'toString', 'hasOwnProperty', 'length'];

/** Every path to a value inside `value` (objects and arrays, a few array entries each). */
function paths(value, prefix = [], out = []) {
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => (out.push([...prefix, i]), paths(v, [...prefix, i], out)));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) out.push([...prefix, k]), paths(value[k], [...prefix, k], out);
  return out;
}

const clone = (value) => (value === undefined ? undefined : structuredClone(value));

function setAt(root, path, replacement, remove = false) {
  const copy = clone(root);
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key];
  const last = path[path.length - 1];
  if (remove) {
    if (Array.isArray(target)) target.splice(last, 1);
    else delete target[last];
  } else target[last] = clone(replacement);
  return copy;
}

/** The corpus for one schema: samples, each path of each sample removed and replaced, extra keys, combinations. */
function corpus(name) {
  const random = mulberry32(0x5eed ^ name.length * 7919);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = [undefined, null, 0, 'x', [], {}, [samples[name][0]], Object.create(null)];
  for (const sample of samples[name]) {
    out.push(sample);
    for (const path of paths(sample)) {
      out.push(setAt(sample, path, undefined, true));
      for (const replacement of REPLACEMENTS) out.push(setAt(sample, path, replacement));
    }
    for (const key of EXTRA_KEYS) out.push({ ...clone(sample), [key]: 1 });
    // An own `__proto__` key, as JSON.parse makes one.
    out.push(JSON.parse(JSON.stringify(sample).replace(/^\{/, '{"__proto__":{"polluted":1},')));
    out.push(JSON.parse(JSON.stringify(sample).replace(/^\{/, '{"__proto__":null,')));
    // A null-prototype copy (as from Object.create(null)).
    out.push(Object.assign(Object.create(null), clone(sample)));
    // Two and three mutations at once, at random (seeded) places.
    const all = paths(sample);
    for (let n = 0; n < 40 && all.length; n++) {
      let value = sample;
      for (let m = 0; m < 2 + (n % 2); m++) {
        const live = paths(value);
        if (!live.length) break;
        value = random() < 0.15 ? setAt(value, pick(live), undefined, true) : setAt(value, pick(live), pick(REPLACEMENTS));
      }
      out.push(value);
    }
  }
  return out;
}

const issuesOf = (result) => result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));

/** zod's and the compiled answer for one input, as comparable data. */
function answer(schema, input) {
  const result = schema.safeParse(input);
  return result.success ? { success: true, data: result.data } : { success: false, issues: issuesOf(result) };
}

const corpora = Object.fromEntries(Object.keys(contractSchemas).map((name) => [name, corpus(name)]));

describe('compiled validators give zod’s answer', () => {
  it('has a compiled validator for every contract schema, and a corpus with valid and invalid cases for each', () => {
    assert.deepEqual(Object.keys(compiled).sort(), Object.keys(contractSchemas).sort());
    for (const [name, cases] of Object.entries(corpora)) {
      const results = cases.map((input) => contractSchemas[name].safeParse(input).success);
      assert.ok(results.filter(Boolean).length >= 1, `${name}: no valid case`);
      assert.ok(results.filter((ok) => !ok).length >= 50, `${name}: too few invalid cases`);
    }
  });

  let total = 0;
  for (const name of Object.keys(contractSchemas)) {
    it(`${name}: same accept/reject, output and issues for every case`, () => {
      const mismatches = [];
      for (const [i, input] of corpora[name].entries()) {
        const expected = answer(contractSchemas[name], input);
        const actual = answer(compiled[name], input);
        try {
          assert.deepStrictEqual(actual, expected);
        } catch {
          mismatches.push({ case: i, input: JSON.stringify(input)?.slice(0, 300), expected: JSON.stringify(expected).slice(0, 400), actual: JSON.stringify(actual).slice(0, 400) });
        }
      }
      total += corpora[name].length;
      assert.deepEqual(mismatches.slice(0, 3), [], `${mismatches.length} of ${corpora[name].length} cases differ`);
    });
  }

  it('covers thousands of cases', () => {
    assert.ok(total > 20_000, `only ${total} cases`);
  });
});

describe('reuse: the same answer without copying what needs no change', () => {
  const reused = (schema, input) => {
    const result = schema.reuse(input);
    return result.success ? { success: true, data: result.data } : { success: false, issues: issuesOf(result) };
  };
  // Plain JSON-like data: objects of Object.prototype, arrays of Array.prototype without holes, no
  // NaN (which is not itself: a copy is made, harmlessly).
  const plain = (value) => {
    if (!value || typeof value !== 'object') return !Number.isNaN(value);
    if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && Object.keys(value).length === value.length && value.every(plain);
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain);
  };
  // Whether `output` holds `input`'s own objects or arrays anywhere.
  const shares = (output, input) => {
    if (output === input) return true;
    if (!output || typeof output !== 'object') return false;
    return Object.values(output).some((v) => v && typeof v === 'object' && shares(v, input));
  };

  for (const name of Object.keys(contractSchemas)) {
    it(`${name}: reuse gives zod’s answer (prototypes included), leaves the input as it was, and takes it whole when zod’s output equals it`, () => {
      let whole = 0;
      let copied = 0;
      for (const [i, input] of corpora[name].entries()) {
        const before = JSON.stringify(input);
        const actual = reused(compiled[name], input);
        assert.deepStrictEqual(actual, answer(contractSchemas[name], input), `${name} case ${i}`);
        assert.equal(JSON.stringify(input), before, `${name} case ${i}: the input changed`);
        if (!actual.success) continue;
        if (actual.data === input) whole++;
        else {
          copied++;
          // A copy only where zod's output differs from the input (a plain one: zod copies any other).
          if (plain(input)) assert.notDeepStrictEqual(input, actual.data, `${name} case ${i}: copied though nothing differs`);
        }
      }
      assert.ok(whole > 0, `${name}: no valid case was taken whole (${copied} copied)`);
    });
  }

  it('gives zod’s answer whatever the order of an object’s keys, orders mixed (issues in zod’s order)', () => {
    // reuse reads keys in the object's own order and remembers the last order seen: alternate orders.
    const reversed = (value) => {
      if (!value || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
    };
    let checked = 0;
    for (const name of ['ExposureItem', 'DebtorRecord', 'EnforcementStats', 'Court']) {
      for (const [i, input] of corpora[name].slice(0, 1500).entries()) {
        for (const variant of [reversed(input), input]) {
          assert.deepStrictEqual(reused(compiled[name], variant), answer(contractSchemas[name], variant), `${name} case ${i}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 4000);
  });

  it('never takes an input that is not a plain object or array (zod’s output always is one)', () => {
    const item = corpora.ExposureItem.find((input) => Object.hasOwn(input ?? {}, 'type') && compiled.ExposureItem.reuse(input).data === input);
    const bare = Object.assign(Object.create(null), item);
    const result = compiled.ExposureItem.reuse(bare);
    assert.ok(result.success && result.data !== bare && Object.getPrototypeOf(result.data) === Object.prototype);
    assert.ok(!shares(compiled.ExposureItem.safeParse(item).data, item), 'safeParse still copies');
  });
});

describe('compiled validators on a hostile page', () => {
  it('give the same answers with Object.prototype and Array.prototype extended (enumerable properties)', () => {
    const names = Object.keys(contractSchemas);
    const expected = Object.fromEntries(names.map((name) => [name, corpora[name].slice(0, 600).map((input) => answer(contractSchemas[name], input))]));
    const added = [];
    const pollute = (target, key, value) => {
      // Enumerable, like a careless `Object.prototype.x = …` or Prototype.js's Array extensions.
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      added.push([target, key]);
    };
    try {
      for (const key of ['foo', 'name', 'type', 'id', 'nameEn', 'items', 'records', 'removal', 'photo', 'age', 'length', 'courtCode', 'contact', '0'])
        pollute(Object.prototype, key, key === 'type' ? 'dishonest-debtor' : key === 'length' ? 0 : 1);
      for (const key of ['each', 'first', 'last', '0', '1']) pollute(Array.prototype, key, key.length === 1 ? 'polluted' : function polluted() {});
      for (const name of names) {
        corpora[name].slice(0, 600).forEach((input, i) => {
          assert.deepStrictEqual(answer(compiled[name], input), expected[name][i], `${name} case ${i}`);
          const reused = compiled[name].reuse(input);
          assert.deepStrictEqual(reused.success ? { success: true, data: reused.data } : { success: false, issues: issuesOf(reused) }, expected[name][i], `${name} case ${i} (reuse)`);
        });
      }
    } finally {
      for (const [target, key] of added) delete target[key];
    }
  });

  it('do not recurse: a deeply nested input is just a wrong value', () => {
    let deep = {};
    for (let i = 0; i < 100_000; i++) deep = { contact: deep, items: [deep] };
    for (const name of Object.keys(contractSchemas)) assert.deepStrictEqual(answer(compiled[name], deep), answer(contractSchemas[name], deep));
  });
});

describe('validateRecords reports the same with a zod schema, its compiled validator, or zod behind a wrapper', () => {
  for (const name of ['DebtorRecord', 'ExposureItem']) {
    it(`${name}: records, paths and messages are unchanged`, () => {
      const items = corpora[name].filter((x, i) => i % 3 === 0);
      const viaZod = validateRecords(items, { safeParse: (input) => contractSchemas[name].safeParse(input) }, 'items', new Date(`${TODAY}T12:00:00+08:00`));
      const viaSchema = validateRecords(items, contractSchemas[name], 'items', new Date(`${TODAY}T12:00:00+08:00`));
      const viaCompiled = validateRecords(items, compiled[name], 'items', new Date(`${TODAY}T12:00:00+08:00`));
      assert.ok(viaZod.issues.length > 100 && viaZod.records.length > 0);
      assert.deepStrictEqual(viaSchema, viaZod);
      assert.deepStrictEqual(viaCompiled, viaZod);
    });
  }
});

it('the corpus draws on the built feeds (manifests, shards and exposure feeds)', () => {
  assert.ok(manifests.length >= 2 && shards.length >= 4 && exposureFeeds.length >= 2, `${manifests.length} manifests, ${shards.length} shards, ${exposureFeeds.length} exposure feeds`);
});
