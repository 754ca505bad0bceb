// @zhixing/mocks: the Taoyuan court seed, deterministic fixtures, a seeded generator, a static-feed
// builder and msw handlers (browser `setupWorker` and Node `setupServer` alike).
export { taoyuanCourt, seedPeriod, taoyuanStats, taoyuanStatsIndex } from './seed.js';
export { createFixtures, edgeCaseRecords, edgeCaseIds, exposurePeriod, fixtureIds, fixtureNames } from './fixtures.js';
export type { EdgeCaseRecords, FixtureOptions, Fixtures } from './fixtures.js';
export { createProvinceFixtures, provinceCourts, provincePreviousPeriod } from './province.js';
export type { ProvinceFixtures } from './province.js';
export { CONDUCT, generateDebtors, iterateDebtors, mulberry32 } from './generator.js';
export type { GenerateDebtorsOptions } from './generator.js';
export { CHANGDE_REGION_CODES, makeCreditCode, makeResidentId } from './identity.js';
export { buildStaticFeed, nowInChina } from './static-feed.js';
export type { StaticFeedFiles, StaticFeedInput } from './static-feed.js';
export { createMockApi, createStaticFeedHandlers } from './handlers.js';
export type { MockApi, MockApiOptions, MockDataset, RemovalEntry, StaticFeedHandlersOptions, StaticFeedMock } from './handlers.js';
export { createFaultPipeline, etagMatches, unmaskResidentId } from './faults.js';
export type { Fault, FaultRoute, FaultScope, LoggedRequest, MockControls, MockRoute, Reply } from './faults.js';
export * from './hostile.js';
export * from './xss-payloads.js';
