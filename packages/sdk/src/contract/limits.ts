// Limits of the contract that need no zod (the runtime and the browser bundle import them alone).

/** 2^24 shards × 64 records is far beyond any province; larger counts are a broken manifest. */
export const MAX_SHARD_COUNT = 2 ** 24;
