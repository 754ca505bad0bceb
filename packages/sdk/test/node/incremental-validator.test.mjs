// IncrementalValidator keys its memo by record fingerprint (id + content hash), not by each record's
// JSON: the same answers as validating from scratch, a changed record is always validated again, the
// memo holds short keys only, and a hostile deeply nested record does not overflow the stack.
// Needs `npm run build`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExposureItem, IncrementalValidator, validateRecords } from '@zhixing/sdk';
import { createFixtures, createHostileDataset, generateDebtors, mulberry32 } from '@zhixing/mocks';
import { recordFingerprint } from '../../dist/publication/screen.js';

const TODAY = '2025-06-15';
const NOW = new Date(`${TODAY}T12:00:00+08:00`);
const items = [...createFixtures({ today: TODAY }).exposure.items, ...createHostileDataset().exposure.items, ...generateDebtors({ count: 200, seed: 3, today: TODAY }).filter((r) => r.type !== 'enforcement-case')];

describe('IncrementalValidator', () => {
  it('gives validateRecords’ answer version after version, with records changed, added, removed and moved', () => {
    const random = mulberry32(42);
    const validator = new IncrementalValidator(ExposureItem, 'items');
    let current = items.map((item) => structuredClone(item));
    for (let version = 0; version < 12; version++) {
      const got = validator.validate(current);
      assert.deepStrictEqual(got, validateRecords(current, ExposureItem, 'items', NOW), `version ${version}`);
      // Small edits anywhere, as a polled feed changes: a field changed, a record removed or added.
      current = current.map((item) => {
        if (random() > 0.05) return item;
        const copy = structuredClone(item);
        const r = random();
        if (r < 0.3) copy.conduct = `${copy.conduct ?? ''}。`;
        else if (r < 0.5) copy.removal = { date: '2025-06-01', reason: 'performed' };
        else if (r < 0.7) copy.filingDate = '2023-02-29';
        else if (r < 0.85) copy.idNumber = '430725199001011235';
        else copy.name = `${copy.name}\u202e`;
        return copy;
      });
      if (current.length > 10) current.splice(Math.floor(random() * current.length), 1);
      current.unshift(structuredClone(items[Math.floor(random() * items.length)]));
    }
  });

  it('validates a record again whenever any part of it changes, however small', () => {
    const base = structuredClone(items.find((i) => i.type === 'dishonest-debtor'));
    const variants = [
      { ...base, age: 17 },
      { ...base, age: '47' },
      { ...base, publicationEndsOn: '2025-01-01' },
      { ...base, conduct: `${base.conduct} ` },
      { ...base, extra: null },
      { ...base, extra: 'null' },
      { ...base, photo: { url: 'https://court.example/p.jpg' } },
      { ...base, photo: { url: 'ftp://court.example/p.jpg' } },
    ];
    const keys = new Set([base, ...variants].map(recordFingerprint));
    assert.equal(keys.size, variants.length + 1);
    const validator = new IncrementalValidator(ExposureItem, 'items');
    validator.validate([base]);
    for (const variant of variants) assert.deepStrictEqual(validator.validate([variant]), validateRecords([variant], ExposureItem, 'items', NOW));
  });

  it('fingerprints as it always has: published feeds carry the fingerprints of their previous version', () => {
    // Values from the first implementation (two closures per record); the hashing was rewritten for speed.
    assert.equal(recordFingerprint({ id: 'x', a: [1, 'b', null, true, false, { c: undefined }], '😀': '王\u202e伟', n: -0.5 }), 'x\u00001kzxhxf.pq55oq');
    const sample = items[0];
    const again = recordFingerprint(structuredClone(sample));
    assert.equal(recordFingerprint(sample), again);
    assert.match(again, new RegExp(`^${sample.id}\u0000[0-9a-z]+\\.[0-9a-z]+$`));
  });

  it('gives the same fingerprint when a getter in the record asks for another fingerprint meanwhile', () => {
    const plain = { id: 'x', a: 'b', c: [1, 2] };
    let inner;
    const tricky = { id: 'x', get a() { inner = recordFingerprint({ other: 'record', n: 7 }); return 'b'; }, c: [1, 2] };
    assert.equal(recordFingerprint(tricky), recordFingerprint(plain));
    assert.equal(inner, recordFingerprint({ other: 'record', n: 7 }));
  });

  it('keeps short keys, not the records’ JSON', () => {
    const validator = new IncrementalValidator(ExposureItem, 'items');
    validator.validate(items);
    const keys = [...validator.memo.keys()];
    assert.ok(keys.length > 100);
    assert.ok(keys.every((key) => key.length < 160), keys.find((key) => key.length >= 160));
    const json = items.reduce((sum, item) => sum + JSON.stringify(item).length, 0);
    const held = keys.reduce((sum, key) => sum + key.length, 0);
    assert.ok(held * 5 < json, `${held} characters of keys for ${json} of JSON`);
  });

  it('reports a deeply nested hostile record as invalid instead of overflowing the stack', () => {
    let deep = {};
    for (let i = 0; i < 200_000; i++) deep = { a: [deep] };
    const record = { ...structuredClone(items[0]), extra: deep };
    const validator = new IncrementalValidator(ExposureItem, 'items');
    const got = validator.validate([record, items[1]]);
    assert.equal(got.records.length + got.issues.filter((i) => i.code !== 'id-masked' && i.code !== 'name-cleaned').length, 2);
  });
});
