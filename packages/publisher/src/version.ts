// Feed versions only go forward: every new version compares greater than the one it replaces, so a
// cache or a board that has seen version N never goes back to N−1.

/** Compares two versions by their runs of digits (numerically), then as text. */
export function compareVersions(a: string, b: string): number {
  const da = a.match(/\d+/g) ?? [];
  const db = b.match(/\d+/g) ?? [];
  for (let i = 0; i < Math.max(da.length, db.length); i++) {
    const x = da[i];
    const y = db[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = x.replace(/^0+(?=\d)/, '');
    const ny = y.replace(/^0+(?=\d)/, '');
    if (nx.length !== ny.length) return nx.length - ny.length;
    if (nx !== ny) return nx < ny ? -1 : 1;
  }
  return a === b ? 0 : a < b ? -1 : 1;
}

/** `v` + the China-time timestamp's 14 digits, e.g. `v20261130143000`. */
export function versionFor(generatedAt: string): string {
  return `v${generatedAt.replace(/\D/g, '').slice(0, 14)}`;
}

/** A new feed version would not be later than the published one. */
export class VersionError extends Error {
  readonly previous: string;
  readonly next: string;
  constructor(previous: string, next: string) {
    super(`新版本 ${next} 不大于已发布的版本 ${previous}，拒绝发布（版本只能前进；检查本机时钟或 --version） / version ${next} is not greater than the published version ${previous}: refused (versions only go forward; check the clock or --version)`);
    this.name = 'VersionError';
    this.previous = previous;
    this.next = next;
  }
}

/**
 * The version to publish after `previous`. An explicit version must be greater, or VersionError.
 * A version from the clock that falls in the same second as `previous` gets a counter (`-2`, `-3`);
 * a clock behind the published version is refused too.
 */
export function nextVersion(previous: string | undefined, generatedAt: string, explicit?: string): string {
  const candidate = explicit ?? versionFor(generatedAt);
  if (previous === undefined || compareVersions(candidate, previous) > 0) return candidate;
  if (explicit === undefined && previous.startsWith(candidate)) {
    const m = /-(\d+)$/.exec(previous.slice(candidate.length));
    const bumped = `${candidate}-${m ? Number(m[1]) + 1 : 2}`;
    if (compareVersions(bumped, previous) > 0) return bumped;
  }
  throw new VersionError(previous, candidate);
}
