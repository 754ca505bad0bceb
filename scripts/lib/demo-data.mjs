// The demo data. `npm start` and the example-page test publish the demo feed with the publisher
// (`zhixing-feed build`'s API) from the sample spreadsheet in examples/data/ — a GB18030 CSV as
// Chinese Excel saves a case-system export, the seed's real Taoyuan figures as a stats sheet.
// `demoFeed` (the fixtures plus generated debtors, in memory) stays for tests that need exactly the
// fixture data set, e.g. the same statistics as the mocked API.
import { buildStaticFeed, createFixtures, generateDebtors } from '@zhixing/mocks';
import { VersionError } from '@zhixing/publisher';
import { buildFeed, writeFeedFiles } from '@zhixing/publisher/node';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRealisticCsv } from './realistic-names.mjs';

export const SAMPLE = {
  rows: 'examples/data/taoyuan-sample.csv',
  stats: 'examples/data/taoyuan-stats.csv',
  court: 'examples/data/court.json',
  rewards: 'examples/data/rewards.json',
};

/**
 * Publishes the demo feed from the sample spreadsheet into `dir` as a new version (the previous one
 * stays until pruned; two shard directories are kept). Throws when the sample has problems.
 */
export async function publishDemoFeed(dir = 'examples/feed', { now } = {}) {
  await mkdir(dir, { recursive: true });
  try {
    return await buildDemo(dir, now);
  } catch (error) {
    // A court's feed never goes back a version; the demo's own feed may simply be rebuilt (a left-over
    // demo feed from a machine whose clock was ahead, or from a test with a later "now").
    if (!(error instanceof VersionError)) throw error;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return buildDemo(dir, now);
  }
}

async function buildDemo(dir, now) {
  const report = await buildFeed({
    inputs: [SAMPLE.rows],
    stats: [SAMPLE.stats],
    court: JSON.parse(await readFile(SAMPLE.court, 'utf8')),
    exposure: { extra: JSON.parse(await readFile(SAMPLE.rewards, 'utf8')) },
    out: dir,
    keep: 2,
    ...(now ? { now } : {}),
  });
  if (!report.written) throw new Error(`demo feed not written: ${report.problems.map((p) => `${p.file}:${p.row} ${p.en}`).join('; ')}`);
  return report;
}

/**
 * The province demo (issue 19): one feed of the Hunan High People's Court for its courts (the high
 * court, the Changde Intermediate Court and Changde's basic courts). Taoyuan's rows are the sample
 * spreadsheet's, the other courts' are generated (realistic names, invented people); the statistics
 * are Taoyuan's real figures and invented ones for every other court (province-stats.csv says so).
 */
export const PROVINCE = {
  courts: 'examples/data/province-courts.json',
  stats: 'examples/data/province-stats.csv',
  /** Generated rows of the other courts (seeded: the same every time). */
  rows: 3000,
};

/**
 * Publishes the province demo feed into `dir` with the publisher (`zhixing-feed build --court
 * province-courts.json`, an array of courts: a multi-court feed), as a new version. Throws when the
 * data has problems.
 */
export async function publishProvinceFeed(dir = 'examples/province-feed', { now } = {}) {
  const work = await mkdtemp(join(tmpdir(), 'zhixing-province-'));
  try {
    const courts = JSON.parse(await readFile(PROVINCE.courts, 'utf8'));
    const others = courts.filter((c) => c.courtCode !== '湘0725').map((c) => ({ code: c.courtCode, name: c.name }));
    const generated = join(work, 'province-rows.csv');
    await writeRealisticCsv(generated, { count: PROVINCE.rows, seed: 19, courts: others });
    const build = () =>
      buildFeed({
        inputs: [SAMPLE.rows, generated],
        stats: [PROVINCE.stats],
        court: courts,
        exposure: { extra: JSON.parse(readFileSync(SAMPLE.rewards, 'utf8')), limit: 60 },
        out: dir,
        keep: 2,
        ...(now ? { now } : {}),
      });
    await mkdir(dir, { recursive: true });
    let report;
    try {
      report = await build();
    } catch (error) {
      if (!(error instanceof VersionError)) throw error;
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      report = await build();
    }
    if (!report.written) throw new Error(`province demo feed not written: ${report.problems.map((p) => `${p.file}:${p.row} ${p.en}`).join('; ')}`);
    return report;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** @param {{ generated?: number, seed?: number, today?: string }} [options] */
export function demoDataset({ generated = 3000, seed = 20230825, today } = {}) {
  const fixtures = createFixtures(today ? { today } : {});
  const extra = generateDebtors({ count: generated, seed, ...(today ? { today } : {}), courtName: fixtures.court.name, courtCode: fixtures.court.courtCode });
  return { fixtures, debtors: [...fixtures.debtors, ...extra] };
}

/** The fixture data set as an in-memory feed (a Map of relative path → JSON). */
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

/** Writes an in-memory feed to `dir`: manifest and exposure.json last, each atomically; nothing deleted first. */
export async function writeFeed(files, dir) {
  return writeFeedFiles(files, dir);
}
