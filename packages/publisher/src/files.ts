// Writing an in-memory feed (a Map from `buildStaticFeed`) to a directory, safely: content-addressed
// shard files first, the manifest and exposure.json last, each via a temporary name and a rename.
// Never deletes the previous feed first; old shard directories stay until pruned.
import { dirname, join } from 'node:path';
import { feedPaths } from '@zhixing/sdk';
import type { StaticFeedFiles } from './feed.js';
import { realFs, writeFileAtomic } from './write.js';
import type { FeedFs } from './write.js';

/** Writes a feed's files into `dir` (no versioning or atomic swap: use {@link FeedWriter} for a live feed). */
export async function writeFeedFiles(files: StaticFeedFiles, dir: string, fs: FeedFs = realFs): Promise<number> {
  const last = [feedPaths.shardManifest(), feedPaths.exposure(), feedPaths.exposureIndex()];
  const made = new Set<string>();
  for (const [path, content] of files) {
    if (last.includes(path)) continue;
    const target = join(dir, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      await fs.mkdir(folder, { recursive: true });
      made.add(folder);
    }
    if (path.startsWith('debtors/shards/') || path.startsWith('exposure/')) await fs.writeFile(target, JSON.stringify(content));
    else await writeFileAtomic(target, JSON.stringify(content), fs);
  }
  for (const path of last) if (files.has(path)) await writeFileAtomic(join(dir, path), JSON.stringify(files.get(path)), fs);
  return files.size;
}
