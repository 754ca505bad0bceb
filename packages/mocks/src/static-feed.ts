// The static-feed builder moved to @zhixing/publisher, which owns building and publishing feeds;
// re-exported here because tests and demos import it from @zhixing/mocks. It is the publisher's pure
// entry (no node: imports), so it runs in the browser tests as before.
export { buildStaticFeed, nowInChina } from '@zhixing/publisher';
export type { StaticFeedFiles, StaticFeedInput } from '@zhixing/publisher';
