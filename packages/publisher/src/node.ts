/**
 * @zhixing/publisher/node — reading court exports from disk and publishing feeds safely (Node ≥ 20).
 * Everything of the pure entry is re-exported.
 *
 * @packageDocumentation
 */
export * from './index.js';
export { detectEncoding, headAndRest, readCsv, readTables, readXlsx, type Encoding, type ReadOptions, type Table } from './read.js';
export { FeedWriter, STATE_DIR, loadPublishedFeed, pruneShards, readPagedItems, readPublishedIds, readPublishedRecords, readRemovalLog, realFs, recentRemovals, referencedFiles, COMPACTION_DEFAULTS, RECENT_REMOVALS, type CompactionPolicy, writeFileAtomic, type CommitInput, type CommitResult, type FeedFs, type FeedWriterOptions, type PublishedFeed } from './write.js';
export { NotFoundError, buildFeed, correctRecords, feedCourt, isoInChina, removeRecords, type BuildOptions, type BuildReport, type ChangeReport, type CorrectOptions, type CorrectReport, type ProgressEvent, type RemoveOptions } from './ops.js';
export { writeFeedFiles } from './files.js';
export { main } from './cli.js';
