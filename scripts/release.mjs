#!/usr/bin/env node
// `npm run release` (after `npm run build`): the one-tag embed as downloadable, versioned files in
// release/<version>/, committed to the repository so a web editor gets them without Node (as Bootstrap
// and htmx keep dist/ in theirs). Whatever the build puts in packages/elements/dist/embed/ is taken:
// entry files get the version in their name, content-hashed chunks keep theirs (their names already
// change with their content), references between files are rewritten, every file gets a licence
// banner, and SHA384SUMS, integrity.json (SRI), a bilingual README and a zip of it all are written.
//
//   node scripts/release.mjs            write release/<version>/ and update release/README.md
//   node scripts/release.mjs --stamp    only add the banner to the built bundles in place (npm prepack)
//   node scripts/release.mjs --unstamp  take it off again (npm postpack: size budgets measure the build)
//
// The same functions are used by scripts/test/release.test.mjs to check the committed release.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EMBED_DIR = join(ROOT, 'packages/elements/dist/embed');
export const RELEASE_DIR = join(ROOT, 'release');
/** Bundles that get a banner in place before `npm pack`. */
const STAMPED = [
  { pkg: 'packages/elements', dir: 'dist/embed' },
  { pkg: 'packages/sdk', dir: 'dist/browser' },
];

export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
export const elementsPackage = () => readJson(join(ROOT, 'packages/elements/package.json'));

export function banner(pkg) {
  // No repository address: the project has no public home it can vouch for yet (a placeholder would mislead).
  return `/*! ${pkg.name} ${pkg.version} | ${pkg.license} License */\n`;
}

/** Takes off a banner added earlier and the source-map comment (the release has no maps). */
function bare(text) {
  return text.replace(/^\/\*! @zhixing\/[^\n]*\*\/\n/, '').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/** `./name.js` string literals in a module: its static and dynamic imports of siblings. */
export function siblingReferences(text) {
  return [...text.matchAll(/["'`]\.\/([\w.@-]+\.js)["'`]/g)].map((m) => m[1]);
}

// Rollup's `[hash]` is 8 base64url characters.
const HASHED = /-[\w-]{8}\.(?:min\.)?js$/;
export const versionedName = (file, version) => file.replace(/(\.min)?\.js$/, `-${version}$&`);

/** The files a release takes from the build: scripts, stylesheets and the pages (configurator.html, frame.html). */
export const RELEASED = /\.(?:js|css|html)$/;

/**
 * Release files from the build's files: `{ path → text }` of the built .js, .css and .html files (maps
 * left out; paths relative to the embed folder, e.g. `legacy/zhixing-app.min.js`), returns
 * `{ path → text }` of the release, and which names are entries (versioned).
 */
export function releaseFiles(built, pkg) {
  const names = Object.keys(built).filter((n) => RELEASED.test(n)).sort();
  // An entry is what a page names in a <script> tag: the loader and the single-element bundles at the
  // top of the folder; their names carry the version. Everything else (chunks, whose names carry a
  // content hash, the loader's build pickers and the legacy folder) keeps its name, so the references
  // between them stay right.
  const isEntry = (n) => !n.includes('/') && (n === 'zhixing.min.js' || /^zx-[\w-]+\.min\.js$/.test(n));
  const rename = new Map(names.map((n) => [n, isEntry(n) ? versionedName(n, pkg.version) : n]));
  const out = {};
  const rewrite = (text) => text.replace(/(["'`])\.\/([\w.@-]+\.js)\1/g, (whole, q, ref) => (rename.has(ref) ? `${q}./${rename.get(ref)}${q}` : whole));
  for (const name of names) {
    if (name.endsWith('.css')) {
      out[name] = built[name];
      continue;
    }
    // The pages keep their names; their `src="./zhixing.min.js"` becomes the versioned loader.
    if (name.endsWith('.html')) {
      out[name] = rewrite(built[name]);
      continue;
    }
    out[rename.get(name)] = banner(pkg) + rewrite(bare(built[name]));
  }
  const entries = names.filter((n) => rename.get(n) !== n).map((n) => rename.get(n));
  return { files: out, entries };
}

export const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const sha384hex = (data) => createHash('sha384').update(data).digest('hex');

export function readBuiltEmbed() {
  if (!existsSync(join(EMBED_DIR, 'zhixing.min.js'))) throw new Error('No build in packages/elements/dist/embed: run `npm run build` first.');
  const files = readdirSync(EMBED_DIR, { recursive: true }).map(String).filter((n) => RELEASED.test(n)).sort();
  return Object.fromEntries(files.map((n) => [n.split('\\').join('/'), readFileSync(join(EMBED_DIR, n), 'utf8')]));
}

/** The loader entry's released name (the build calls it zhixing.min.js). */
export const loaderName = (version) => versionedName('zhixing.min.js', version);

function readme({ version, entries, integrity }) {
  const loader = loaderName(version);
  const single = entries.filter((n) => n.startsWith('zx-'));
  const tag = (name) => `<script type="module" src="/zhixing/${version}/${name}"\n        integrity="${integrity[name]}" crossorigin="anonymous"></script>`;
  return `# Zhixing embed ${version}

Files of \`@zhixing/elements\` ${version} for a web page, ready to upload. MIT licence (\`LICENSE\`).
网页嵌入文件，直接上传到本网站服务器即可使用（无需 Node.js）。

| file | what |
|---|---|
| \`${loader}\` | the one-tag loader: downloads only the elements on the page / 一个标签加载全部组件（只下载页面上出现的组件） |
| \`zhixing-*.min.js\`, \`legacy/\` | the loader's chunks, and the build for Chromium 69–95: keep them beside it / 加载器的分块文件和旧版浏览器（Chromium 69–95）兼容版本，必须与它放在同一目录 |
${single.map((n) => `| \`${n}\` | one element only, self-contained / 单个组件，独立文件 |`).join('\n')}
${'configurator.html' in integrity ? `| \`configurator.html\` | for web editors: makes a widget's link, tag or iframe code, with a live preview (open it from the server) / 配置工具：生成组件的链接、标签或 iframe 代码，可实时预览（从网站服务器打开） |\n` : ''}${'frame.html' in integrity ? `| \`frame.html\`, \`zhixing-resizer.min.js\` | the iframe page for editors that allow iframes but no scripts, and the script that fits such iframes to their content / 供只允许 iframe 的编辑器使用的页面，以及自动调整其高度的脚本 |\n` : ''}| \`SHA384SUMS\`, \`integrity.json\` | hashes of every file (\`sha384sum -c SHA384SUMS\`), SRI values / 校验值 |
| \`zhixing-embed-${version}.zip\` | all of the above in one download / 以上全部文件的压缩包 |

## 中文

1. 下载本目录的 \`zhixing-embed-${version}.zip\`（在代码仓库网页上打开该文件，点“下载”/“Raw”），解压。
2. 把解压出的**全部文件**上传到本网站的同一个目录，例如 \`/zhixing/${version}/\`。
3. 在页面中加入（\`integrity\` 是浏览器校验文件未被篡改用的，可保留）：

\`\`\`html
${tag(loader)}
\`\`\`

然后放组件标签，见 \`docs/getting-started-web-editors.md\`。升级时把新版本上传到新目录（如 \`/zhixing/<新版本>/\`），
再把页面中的地址和 \`integrity\` 换成新版本 README 中的值。

## English

1. Download \`zhixing-embed-${version}.zip\` from this folder (open it in the repository's web view, then "Download" /
   "Raw") and unzip it.
2. Upload **all** files to one folder of your own site, e.g. \`/zhixing/${version}/\`.
3. Add to the page (\`integrity\` lets the browser check the file was not altered):

\`\`\`html
${tag(loader)}
\`\`\`

Then add the element tags: see \`docs/getting-started-web-editors.md\`. To upgrade, upload the new version to a new
folder (e.g. \`/zhixing/<new version>/\`) and change the path and \`integrity\` to the values in its README.

SRI covers the file named in the tag. The loader's chunks are fetched by the loader from the same folder; to cover every
byte with SRI, use a single-element file (self-contained):

\`\`\`html
${single.length ? tag(single[0]) : ''}
\`\`\`
`;
}

/** A zip (deflate) with fixed timestamps, so the same files always give the same bytes. */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1; // 2026-01-01: any fixed date keeps it reproducible
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
    const packed = deflateRawSync(raw, { level: 9 });
    const crc = crc32(raw);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(0o100644 << 16 >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    local.push(header, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** Everything release/<version>/ should hold, as `{ name → Buffer }`, from the built embed. */
export function buildRelease(built = readBuiltEmbed(), pkg = elementsPackage()) {
  const { files, entries } = releaseFiles(built, pkg);
  const names = Object.keys(files).sort();
  const integrity = Object.fromEntries(names.map((n) => [n, sri(files[n])]));
  const out = new Map(names.map((n) => [n, Buffer.from(files[n], 'utf8')]));
  out.set('LICENSE', readFileSync(join(ROOT, 'LICENSE')));
  out.set('SHA384SUMS', Buffer.from(names.map((n) => `${sha384hex(files[n])}  ${n}\n`).join('')));
  out.set('integrity.json', Buffer.from(JSON.stringify({ name: pkg.name, version: pkg.version, loader: loaderName(pkg.version), entries, integrity }, null, 2) + '\n'));
  out.set('README.md', Buffer.from(readme({ version: pkg.version, entries, integrity })));
  const zipName = `zhixing-embed-${pkg.version}.zip`;
  out.set(zipName, zip([...out].map(([n, data]) => [`zhixing-embed-${pkg.version}/${n}`, data])));
  return out;
}

/** release/README.md: the newest version first, then every version kept in the folder. */
export function releaseIndex(versions, newest) {
  const rows = versions.map((v) => `| [${v}](${v}/README.md) | [\`zhixing-embed-${v}.zip\`](${v}/zhixing-embed-${v}.zip) |`).join('\n');
  return `# Releases · 发布文件

**Newest / 最新版本: [${newest}](${newest}/README.md)** — \`release/${newest}/\`. \`latest.json\` names it for scripts.

Each folder holds one version of the embed files, exactly as published: download the zip (or the files) from the
repository's web view, no Node needed. Files never change after their version is released; a new version gets a new
folder. How to self-host, use SRI and upgrade: [docs/getting-started-web-editors.md](../docs/getting-started-web-editors.md).

每个目录是一个版本的嵌入文件，发布后不再改动；新版本放在新目录。下载压缩包即可，无需 Node.js。
部署、SRI 校验和升级方法见 [网站编辑入门](../docs/getting-started-web-editors.md)。

| version / 版本 | download / 下载 |
|---|---|
${rows}

Maintainers: \`npm run build && npm run release\` writes the folder of the version in \`packages/elements/package.json\`;
\`scripts/test/release.test.mjs\` fails when the committed folder differs from what the sources build.
`;
}

export const compareSemver = (a, b) => {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    if (pa[i] === undefined) return 1; // 1.0.0 > 1.0.0-rc
    if (pb[i] === undefined) return -1;
    return typeof pa[i] === typeof pb[i] ? (pa[i] < pb[i] ? -1 : 1) : typeof pa[i] === 'number' ? -1 : 1;
  }
  return 0;
};

export const releasedVersions = () =>
  existsSync(RELEASE_DIR) ? readdirSync(RELEASE_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && /^\d+\.\d+\.\d+/.test(d.name)).map((d) => d.name).sort(compareSemver).reverse() : [];

/** Adds the banner to the built bundles in place; the maps get one empty line in front to match. */
function stamp() {
  for (const { pkg, dir } of STAMPED) {
    const meta = readJson(join(ROOT, pkg, 'package.json'));
    const folder = join(ROOT, pkg, dir);
    if (!existsSync(folder)) throw new Error(`${relative(ROOT, folder)} is missing: run \`npm run build\` first.`);
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.js'))) {
      const file = join(folder, name);
      const text = readFileSync(file, 'utf8');
      if (text.startsWith(banner(meta))) continue;
      const previous = text.match(/^\/\*! @zhixing\/[^\n]*\*\/\n/);
      writeFileSync(file, banner(meta) + text.slice(previous ? previous[0].length : 0));
      if (!previous && existsSync(`${file}.map`)) {
        const map = readJson(`${file}.map`);
        map.mappings = `;${map.mappings}`;
        writeFileSync(`${file}.map`, JSON.stringify(map));
      }
    }
  }
}

/** Takes the banner off again after `npm pack` (postpack), so size budgets keep measuring the build. */
function unstamp() {
  for (const { pkg, dir } of STAMPED) {
    const folder = join(ROOT, pkg, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.js'))) {
      const file = join(folder, name);
      const text = readFileSync(file, 'utf8');
      const previous = text.match(/^\/\*! @zhixing\/[^\n]*\*\/\n/);
      if (!previous) continue;
      writeFileSync(file, text.slice(previous[0].length));
      if (existsSync(`${file}.map`)) {
        const map = readJson(`${file}.map`);
        map.mappings = map.mappings.replace(/^;/, '');
        writeFileSync(`${file}.map`, JSON.stringify(map));
      }
    }
  }
}

function main() {
  if (process.argv.includes('--stamp')) {
    stamp();
    return;
  }
  if (process.argv.includes('--unstamp')) {
    unstamp();
    return;
  }
  const pkg = elementsPackage();
  const target = join(RELEASE_DIR, pkg.version);
  const files = buildRelease(readBuiltEmbed(), pkg);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const [name, data] of files) {
    mkdirSync(dirname(join(target, name)), { recursive: true });
    writeFileSync(join(target, name), data);
  }
  const versions = releasedVersions();
  const newest = versions[0];
  writeFileSync(join(RELEASE_DIR, 'README.md'), releaseIndex(versions, newest));
  const newestIntegrity = readJson(join(RELEASE_DIR, newest, 'integrity.json'));
  writeFileSync(join(RELEASE_DIR, 'latest.json'), JSON.stringify({ version: newest, path: `release/${newest}/`, loader: newestIntegrity.loader, integrity: newestIntegrity.integrity[newestIntegrity.loader] }, null, 2) + '\n');
  // The packages' copies of LICENSE and CHANGELOG.md go into their tarballs.
  for (const dir of ['sdk', 'elements', 'react', 'publisher']) {
    for (const name of ['LICENSE', 'CHANGELOG.md']) writeFileSync(join(ROOT, 'packages', dir, name), readFileSync(join(ROOT, name)));
  }
  const total = [...files.values()].reduce((n, b) => n + b.length, 0);
  console.log(`release/${pkg.version}/: ${files.size} files, ${total} bytes; loader ${loaderName(pkg.version)} ${JSON.parse(files.get('integrity.json')).integrity[loaderName(pkg.version)]}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
