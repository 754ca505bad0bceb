// What users would pick instead, built fresh for every run into a temporary directory (never committed):
//   echarts.min.js                   the full ECharts as published (dist/echarts.min.js)
//   echarts-gauge.min.js             the smallest ECharts gauge: core + GaugeChart + CanvasRenderer, tree-shaken
//   chartjs-doughnut.min.js          Chart.js with only the doughnut (DoughnutController + ArcElement), tree-shaken
// bundled with the same rollup + node-resolve + terser settings as the project's own bundles.
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const require = createRequire(import.meta.url);

const ENTRIES = {
  'echarts-gauge.min.js': `import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
use([GaugeChart, CanvasRenderer]);
export { init };
`,
  'chartjs-doughnut.min.js': `import { Chart, DoughnutController, ArcElement } from 'chart.js';
Chart.register(DoughnutController, ArcElement);
export { Chart };
`,
};

export function versions() {
  const version = (name) => JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')).version;
  return { echarts: version('echarts'), 'chart.js': version('chart.js') };
}

/** Builds the comparators into `out`; returns { file name: absolute path }. */
export async function buildComparators(out) {
  await mkdir(out, { recursive: true });
  const files = {};
  await copyFile(require.resolve('echarts/dist/echarts.min.js'), join(out, 'echarts.min.js'));
  files['echarts.min.js'] = join(out, 'echarts.min.js');
  for (const [name, source] of Object.entries(ENTRIES)) {
    const entry = join(out, `${name}.entry.mjs`);
    await writeFile(entry, source);
    const bundle = await rollup({
      input: entry,
      plugins: [
        replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
        nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'], rootDir: process.cwd(), modulePaths: [join(process.cwd(), 'node_modules')] }),
        terser({ ecma: 2022, module: true, format: { comments: false } }),
      ],
      onwarn: () => {},
    });
    await bundle.write({ file: join(out, name), format: 'es' });
    await bundle.close();
    files[name] = join(out, name);
  }
  return files;
}
