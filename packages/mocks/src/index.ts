// @zhixing/mocks: the Taoyuan court seed, deterministic fixtures, a seeded generator, a static-feed
// builder and msw handlers (browser `setupWorker` and Node `setupServer` alike).
export { taoyuanCourt, seedPeriod, taoyuanStats, taoyuanStatsIndex } from './seed';
export { createFixtures, edgeCaseRecords, edgeCaseIds, exposurePeriod, fixtureIds, fixtureNames } from './fixtures';
export type { EdgeCaseRecords, FixtureOptions, Fixtures } from './fixtures';
export { CONDUCT, generateDebtors, iterateDebtors, mulberry32 } from './generator';
export type { GenerateDebtorsOptions } from './generator';
export { CHANGDE_REGION_CODES, makeCreditCode, makeResidentId } from './identity';
export { buildStaticFeed, nowInChina } from './static-feed';
export type { StaticFeedFiles, StaticFeedInput } from './static-feed';
export { createMockApi, createStaticFeedHandlers } from './handlers';
export type { MockApi, MockApiOptions, MockDataset, RemovalEntry, StaticFeedHandlersOptions, StaticFeedMock } from './handlers';
export { createFaultPipeline, etagMatches, unmaskResidentId } from './faults';
export type { Fault, FaultRoute, FaultScope, LoggedRequest, MockControls, MockRoute, Reply } from './faults';
export * from './hostile';
export * from './xss-payloads';
