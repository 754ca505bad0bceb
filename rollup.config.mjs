// Builds every package: ESM + .d.ts for npm, plus self-contained minified browser bundles
// (the one-script-tag embed, one per element, and the SDK alone for its size budget).
import { existsSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

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

/** A self-contained, minified browser bundle (Lit's production build, no process.env). */
function bundle(input, file) {
  // Only the element sources are compiled here; other packages come in as their built dist.
  const ts = input.endsWith('.ts')
    ? [typescript({ tsconfig: 'tsconfig.base.json', declaration: false, declarationMap: false, compilerOptions: { customConditions: [], noEmit: false, outDir: undefined, declarationDir: undefined }, include: ['packages/elements/src/**/*.ts'], noEmitOnError: true })]
    : [];
  return {
    input,
    output: { file, format: 'es', sourcemap: true },
    plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'] }), ...ts, terser({ ecma: 2022, module: true, format: { comments: false } })],
    onwarn,
  };
}

const configs = [
  library('sdk', { index: 'index.ts' }, ['zod']),
  bundle('packages/sdk/dist/index.js', 'packages/sdk/dist/browser/zhixing-sdk.min.js'),
];
if (existsSync('packages/publisher/src/index.ts')) {
  // The publisher: a pure entry (no node: imports), the Node entry and the CLI behind `zhixing-feed`.
  configs.push(library('publisher', { index: 'index.ts', node: 'node.ts', cli: 'cli.ts' }, ['zod', '@zhixing/sdk', 'csv-parse', 'iconv-lite', 'read-excel-file', 'cli-progress']));
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
    bundle('packages/elements/src/zhixing.ts', 'packages/elements/dist/embed/zhixing.min.js'),
  );
}
// One bundle per element, for pages that want only one.
configs.push(...elements.map((tag) => bundle(`packages/elements/src/${tag}/${tag}.define.ts`, `packages/elements/dist/embed/${tag}.min.js`)));

if (existsSync('packages/react/src/index.ts') && existsSync('packages/elements/src/index.ts')) {
  configs.push(library('react', { index: 'index.ts' }, ['react', 'react-dom', '@lit/react', '@zhixing/elements', '@zhixing/sdk', 'tslib']));
  // The React example: React ships CommonJS only, so it is bundled for the browser.
  configs.push({
    input: 'examples/react/app.tsx',
    output: { file: 'examples/react/app.bundle.js', format: 'es', sourcemap: true },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'] }),
      commonjs(),
      typescript({ tsconfig: 'tsconfig.base.json', declaration: false, declarationMap: false, compilerOptions: { jsx: 'react-jsx', customConditions: [], noEmit: false, outDir: undefined, declarationDir: undefined }, include: ['examples/react/*.tsx'], noEmitOnError: true }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn,
  });
}

export default configs;
