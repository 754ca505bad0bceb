// Old headless Chromium builds for the compatibility matrix, fetched on demand from the npm registry
// (`npm pack`, integrity pinned) into tmp/compat/ (git-ignored): never a devDependency every
// `npm ci` would pull. chrome-aws-lambda ships a brotli-compressed headless Chromium in bin/ (and,
// from 2.x, the libraries Debian lacks in aws.tar.br).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

export const CACHE = fileURLToPath(new URL('../../tmp/compat', import.meta.url));

/** Chromium major → the package that carries it (the version is checked at run time via /json/version). */
export const OLD_CHROMIUMS = {
  // Below the supported range: the widgets must leave their fallback links alone.
  68: { pkg: 'chrome-aws-lambda', version: '1.4.0', integrity: 'sha512-TKbIW6zM8pO26QxxeB1uIMBzSmF5KaHqzXfpMXl8ynyB3YQpGnxFTnmEB3ALm+Z/szb0LD8PGhOqAAkObSowzQ==', binary: 'chromium-68.0.3419.0.br' },
  69: { pkg: 'chrome-aws-lambda', version: '1.5.0', integrity: 'sha512-QsD2w5HjnFCbqMpEfTTbwtSJQjK5O1EL/kwKgots9PqcR8Tn7Tk+xkEvCB9YcSRHDdGyxctbAq2I+CBgMbdMuw==', binary: 'chromium-69.0.3452.0.br' },
  80: { pkg: 'chrome-aws-lambda', version: '2.1.1', integrity: 'sha512-Wer2QuygxsCov5bM2+8CLa6qYpNsc5AxYTlgTne00aFoxFP491LGJRxOQtGnYtsJP6UG4pB0SfrwTyPnLys1Lw==', binary: 'chromium.br' },
  92: { pkg: 'chrome-aws-lambda', version: '10.1.0', integrity: 'sha512-NZQVf+J4kqG4sVhRm3WNmOfzY0OtTSm+S8rg77pwePa9RCYHzhnzRs8YvNI6L9tALIW6RpmefWiPURt3vURXcw==', binary: 'chromium.br' },
};

/** Path of Chromium `major`'s binary (downloaded and unpacked the first time), and its library folder. */
export function oldChromium(major) {
  const spec = OLD_CHROMIUMS[major];
  if (!spec) throw new Error(`no old Chromium ${major} configured`);
  const dir = join(CACHE, `chromium-${major}`);
  const binary = join(dir, 'chromium');
  if (!existsSync(binary)) {
    const packs = join(CACHE, 'packs');
    mkdirSync(packs, { recursive: true });
    const tgz = join(packs, `${spec.pkg}-${spec.version}.tgz`);
    if (!existsSync(tgz)) execFileSync('npm', ['pack', `${spec.pkg}@${spec.version}`, '--pack-destination', packs, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const digest = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
    if (digest !== spec.integrity) throw new Error(`${tgz}: integrity ${digest}, expected ${spec.integrity}`);
    const unpacked = join(packs, `${spec.pkg}-${spec.version}`);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', tgz, '-C', unpacked]);
    mkdirSync(dir, { recursive: true });
    const bin = join(unpacked, 'package', 'bin');
    for (const archive of ['aws.tar.br', 'swiftshader.tar.br']) {
      if (!existsSync(join(bin, archive))) continue;
      const tar = join(dir, archive.replace(/\.br$/, ''));
      writeFileSync(tar, brotliDecompressSync(readFileSync(join(bin, archive))));
      execFileSync('tar', ['-xf', tar, '-C', dir]);
    }
    writeFileSync(binary, brotliDecompressSync(readFileSync(join(bin, spec.binary))));
    chmodSync(binary, 0o755);
  }
  return { binary, libraries: [join(dir, 'lib'), dir].join(':') };
}
