// The built-in demo data: the seed's real Taoyuan figures, the invented-but-consistent fixture
// debtors, and seeded generated debtors, as a static feed (a Map of relative path → JSON).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildStaticFeed, createFixtures, generateDebtors } from '@zhixing/mocks';

/** @param {{ generated?: number, seed?: number, today?: string }} [options] */
export function demoDataset({ generated = 3000, seed = 20230825, today } = {}) {
  const fixtures = createFixtures(today ? { today } : {});
  const extra = generateDebtors({ count: generated, seed, ...(today ? { today } : {}), courtName: fixtures.court.name, courtCode: fixtures.court.courtCode });
  return { fixtures, debtors: [...fixtures.debtors, ...extra] };
}

export function demoFeed(options) {
  const { fixtures, debtors } = demoDataset(options);
  return buildStaticFeed({
    court: fixtures.court,
    statsIndex: fixtures.statsIndex,
    stats: fixtures.stats,
    exposure: fixtures.exposure,
    debtors,
  });
}

/** Writes a feed Map to `dir` (replacing what was there). */
export async function writeFeed(files, dir) {
  await rm(dir, { recursive: true, force: true });
  const made = new Set();
  for (const [path, content] of files) {
    const target = join(dir, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(target, JSON.stringify(content));
  }
  return files.size;
}
