// The demo data. `npm start` and the example-page test publish the demo feed with the publisher
// (`zhixing-feed build`'s API) from the sample spreadsheet in examples/data/ — a GB18030 CSV as
// Chinese Excel saves a case-system export, the seed's real Taoyuan figures as a stats sheet.
// `demoFeed` (the fixtures plus generated debtors, in memory) stays for tests that need exactly the
// fixture data set, e.g. the same statistics as the mocked API.
import { buildStaticFeed, createFixtures, generateDebtors } from '@zhixing/mocks';
import { VersionError } from '@zhixing/publisher';
import { buildFeed, writeFeedFiles } from '@zhixing/publisher/node';
import { mkdir, readFile, rm } from 'node:fs/promises';

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
