// Builds every package: ESM + .d.ts for npm, plus self-contained minified browser bundles
// (the one-script-tag embed, one per element, and the SDK alone for its size budget).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { transform } from 'esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import { compileDecoratorsPlugin } from './scripts/lib/compile-decorators.mjs';
import { minifyHtmlTemplatesPlugin } from './scripts/lib/minify-html-templates.mjs';

const onwarn = (warning, warn) => {
  // Lit's and zod's own `this` at module level are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // zod's own circular imports and annotation comments are not ours to fix.
  if ((warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') && /node_modules/.test(warning.message)) return;
  warn(warning);
};

/** A package's npm build: ESM with its dependencies external, declarations in dist/types. */
function library(pkg, inputs, external) {
  const input = Object.fromEntries(Object.entries(inputs).map(([name, file]) => [name, `packages/${pkg}/src/${file}`]));
  return {
    input,
    external: (id) => id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    output: { dir: `packages/${pkg}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `packages/${pkg}/src` },
    plugins: [
      typescript({
        tsconfig: `packages/${pkg}/tsconfig.json`,
        outDir: `packages/${pkg}/dist`,
        declarationDir: `packages/${pkg}/dist/types`,
        // Sibling packages resolve to their built .d.ts here, not their sources.
        compilerOptions: { customConditions: [] },
        noEmitOnError: true,
      }),
    ],
    onwarn,
  };
}

// Lit's production build; zod, Lit and the SDK resolved once, so no chunk carries a second copy.
const browserResolve = () => nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'], dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'zod', 'tslib'] });
// Terser adds no syntax newer than ES2020 of its own (old browsers: see issue 12); two passes save ~0.2 %.
const minify = () => terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });
// Only the element sources are compiled here; other packages come in as their built dist.
const elementsTs = () => typescript({ tsconfig: 'tsconfig.base.json', declaration: false, declarationMap: false, compilerOptions: { customConditions: [], noEmit: false, outDir: undefined, declarationDir: undefined }, include: ['packages/elements/src/**/*.ts'], noEmitOnError: true });

/**
 * Minifies the CSS inside Lit `css` tagged templates of the element sources (terser leaves template
 * text alone): comments go, whitespace runs become one space, and spaces around `{ } ; ,` and after
 * `:` go. Quoted strings are kept as written; templates with `${…}` parts or escapes are left as written.
 */
function minifyCssTemplates() {
  const squeeze = (text) =>
    text
      // Comments first, read left to right with the strings: an apostrophe inside a comment ("the
      // table's size") must not be taken for a string, which left such comments in the bundles.
      .replace(/('[^'\n]*'|"[^"\n]*")|\/\*[\s\S]*?\*\//g, (whole, string) => string ?? '')
      .split(/('[^'\n]*'|"[^"\n]*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      // TypeScript writes the tag as `css \``.
      if (!/packages\/elements\/src\/.*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      let changed = false;
      const out = code.replace(/\bcss\s*`([^`]*)`/g, (whole, text) => {
        if (text.includes('${') || text.includes('\\')) return whole;
        changed = true;
        // The removed line breaks follow the literal, so every line of code after it keeps its
        // place and the existing source map stays right (`map: null`).
        const squeezed = squeeze(text);
        return `css\`${squeezed}\`${'\n'.repeat(text.split('\n').length - squeezed.split('\n').length)}`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/** A self-contained, minified browser bundle (Lit's production build, no process.env). */
function bundle(input, file) {
  return {
    input,
    // One file: code loaded on demand (the board's QR encoder) goes inside it.
    output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [browserResolve(), ...(input.endsWith('.ts') ? [elementsTs(), compileDecoratorsPlugin(), minifyCssTemplates(), minifyHtmlTemplatesPlugin()] : []), minify()],
    onwarn,
  };
}

/**
 * The one-tag embed, code-split: `zhixing.min.js` (a classic script, also fine as a module: it picks
 * the build this browser parses), the app module `zhixing-app.min.js` and, beside it, the chunks it
 * imports when an element's tag appears on the page: one per element (`zhixing-<element>-*.min.js`)
 * and the code they share (`zhixing-shared-*.min.js`: Lit, the plumbing, the SDK), each downloaded
 * at most once whichever elements a page has. `legacy/` holds the same, lowered to Chromium 69
 * (issue 12). All files must be served from one directory tree.
 */
function embedLoader(input, { legacy = false } = {}) {
  const names = { 'zx-execution-gauge.define': 'gauge', 'zx-debtor-lookup.define': 'lookup', 'zx-exposure-board.define': 'board', 'zhixing-loader': 'loader', 'link-embeds': 'links', 'zx-exposure-board.qr': 'qr', 'zx-execution-gauge.trend': 'trend', polyfills: 'polyfills' };
  const dir = legacy ? 'packages/elements/dist/embed/legacy' : 'packages/elements/dist/embed';
  return {
    input: { 'zhixing-app': input },
    output: {
      dir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].min.js',
      // The English texts (`*.en.ts`, loaded on demand): `zhixing-en-*`.
      chunkFileNames: (chunk) => `zhixing-${(chunk.isDynamicEntry && chunk.name.endsWith('.en') && 'en') || ((chunk.isDynamicEntry || chunk.name === 'polyfills') && names[chunk.name]) || 'shared'}-[hash].min.js`,
      // Legacy: the polyfills in a chunk of their own, imported first, so they run before Lit's and zod's module code.
      ...(legacy ? { manualChunks: (id) => (id.includes('legacy-polyfills') ? 'polyfills' : undefined) } : {}),
    },
    plugins: [
      // Chunk names change with their content: start from an empty directory so no stale chunk stays
      // (the modern build runs last, cleans only its own files; the per-element bundles come after it).
      { name: 'clean-embed', buildStart: () => clean(dir, legacy ? [] : ['legacy']) },
      parallelChunkLoading(),
      browserResolve(),
      elementsTs(),
      compileDecoratorsPlugin(),
      minifyCssTemplates(),
      minifyHtmlTemplatesPlugin(),
      minify(),
      ...(legacy ? [lowerSyntax('chrome69'), legacyStylesheet()] : [classicEmbed()]),
    ],
    onwarn,
  };
}

/** Empties `dir` but for the entries named in `keep`. */
function clean(dir, keep) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!keep.includes(name)) rmSync(`${dir}/${name}`, { recursive: true, force: true });
}

/** Lowers a finished chunk's syntax for old browsers (`??=`, class fields and static blocks, `?.` …). */
function lowerSyntax(target) {
  return {
    name: 'lower-syntax',
    async renderChunk(code, chunk) {
      const out = await transform(code, { target, format: 'esm', minify: true, sourcemap: true, sourcefile: chunk.fileName, legalComments: 'none' });
      return { code: out.code, map: out.map };
    },
  };
}

/** The empty same-origin stylesheet legacy shadow roots link and fill through CSSOM (see internal/define.ts). */
function legacyStylesheet() {
  return {
    name: 'legacy-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'zhixing-legacy.css', source: '/* Zhixing (legacy browsers): rules are inserted here through CSSOM, see docs/browser-support.md */\n' });
    },
  };
}

/** `zhixing.min.js`, the classic one-tag script (src/zhixing-classic.js), minified. */
function classicEmbed() {
  return {
    name: 'classic-embed',
    async generateBundle() {
      const out = await transform(readFileSync('packages/elements/src/zhixing-classic.js', 'utf8'), { target: 'chrome63', minify: true, legalComments: 'none' });
      this.emitFile({ type: 'asset', fileName: 'zhixing.min.js', source: out.code });
    },
  };
}

/**
 * An element's chunk and the shared chunks it imports are requested together, not one after the
 * other: each `import('./chunk')` becomes `Promise.all([import(dep), …, import('./chunk')])`, so the
 * browser fetches them in parallel (one round trip less on a slow line). Same-origin module imports
 * only: nothing a strict CSP or Trusted Types would block.
 */
function parallelChunkLoading() {
  return {
    name: 'parallel-chunk-loading',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      // `resolvedImportPath` comes quoted; the importing chunk itself is loaded already.
      const deps = (getTargetChunkImports() ?? []).filter((dep) => dep.type === 'internal' && dep.fileName !== chunk.fileName).map((dep) => `import(${dep.resolvedImportPath})`);
      if (!deps.length) return null;
      return { left: `Promise.all([${deps.join(',')},import(`, right: `)]).then((modules)=>modules[${deps.length}])` };
    },
  };
}

const configs = [
  library('sdk', { index: 'index.ts', stats: 'stats.ts', browser: 'browser.ts' }, ['zod']),
  bundle('packages/sdk/dist/browser.js', 'packages/sdk/dist/browser/zhixing-sdk.min.js'),
];
if (existsSync('packages/publisher/src/index.ts')) {
  // The publisher: a pure entry (no node: imports), the Node entry and the CLI behind `zhixing-feed`.
  configs.push(library('publisher', { index: 'index.ts', node: 'node.ts', cli: 'cli.ts' }, ['zod', '@zhixing/sdk', 'csv-parse', 'iconv-lite', 'read-excel-file', 'cli-progress', '@aws-sdk/client-s3']));
}
if (existsSync('packages/mocks/src/index.ts')) {
  configs.push(library('mocks', { index: 'index.ts' }, ['zod', 'msw', '@zhixing/sdk', '@zhixing/publisher']));
}
const elements = ['zx-execution-gauge', 'zx-debtor-lookup', 'zx-exposure-board'].filter((tag) => existsSync(`packages/elements/src/${tag}/${tag}.define.ts`));
if (existsSync('packages/elements/src/index.ts')) {
  configs.push(
    library(
      'elements',
      { index: 'index.ts', zhixing: 'zhixing.ts', ...Object.fromEntries(elements.map((tag) => [`define/${tag}`, `${tag}/${tag}.define.ts`])) },
      ['lit', '@lit/reactive-element', 'lit-html', 'lit-element', '@zhixing/sdk', 'zod', 'tslib'],
    ),
    // Legacy first: the modern build cleans the embed folder except legacy/.
    embedLoader('packages/elements/src/zhixing-legacy.ts', { legacy: true }),
    embedLoader('packages/elements/src/zhixing-loader.ts'),
  );
}
// One self-contained bundle per element, for pages that want only one: the fewest bytes for that case.
configs.push(...elements.map((tag) => bundle(`packages/elements/src/${tag}/${tag}.define.ts`, `packages/elements/dist/embed/${tag}.min.js`)));

if (existsSync('packages/react/src/index.ts') && existsSync('packages/elements/src/index.ts')) {
  configs.push(library('react', { index: 'index.ts' }, ['react', 'react-dom', '@lit/react', '@zhixing/elements', '@zhixing/sdk', 'tslib']));
  // The React example: React ships CommonJS only, so it is bundled for the browser.
  configs.push({
    input: 'examples/react/app.tsx',
    output: { file: 'examples/react/app.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'] }),
      commonjs(),
      typescript({ tsconfig: 'tsconfig.base.json', declaration: false, declarationMap: false, compilerOptions: { jsx: 'react-jsx', customConditions: [], noEmit: false, outDir: undefined, declarationDir: undefined }, include: ['examples/react/*.tsx'], noEmitOnError: true }),
      minify(),
    ],
    onwarn,
  });
}

// ── Tools for web editors (packages/elements/src/configurator/) ───────────────────────────────────────
// configurator.html (makes the link / tag / iframe code, with a live preview) and frame.html (the
// iframe page), each with its module and stylesheet, and zhixing-resizer.min.js (a classic script for
// pages holding such iframes), built beside the loader in dist/embed (after it: it cleans the folder).
const TOOLS = 'packages/elements/src/configurator';
/** Copies files as they are into the bundle's output folder. */
const copyFiles = (...files) => ({
  name: 'copy-files',
  buildStart() {
    for (const file of files) this.addWatchFile(file);
  },
  generateBundle() {
    for (const file of files) this.emitFile({ type: 'asset', fileName: file.split('/').pop(), source: readFileSync(file) });
  },
});
if (existsSync(`${TOOLS}/configurator.ts`)) {
  const tool = (input, file, assets) => {
    const config = bundle(`${TOOLS}/${input}`, `packages/elements/dist/embed/${file}`);
    config.plugins.push(copyFiles(...assets.map((name) => `${TOOLS}/${name}`)));
    return config;
  };
  configs.push(
    tool('configurator.ts', 'zhixing-configurator.min.js', ['configurator.html', 'configurator.css']),
    tool('frame.ts', 'zhixing-frame.min.js', ['frame.html', 'frame.css']),
    {
      input: `${TOOLS}/resizer.ts`,
      // A classic script (no module): an IIFE keeps its names out of the page's globals.
      output: { file: 'packages/elements/dist/embed/zhixing-resizer.min.js', format: 'iife', sourcemap: true },
      plugins: [elementsTs(), terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })],
      onwarn,
    },
  );
}

export default configs;
