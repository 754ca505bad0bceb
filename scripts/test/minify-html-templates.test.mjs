// The browser bundles squeeze the line breaks and indentation out of Lit's html`` and svg`` templates
// (scripts/lib/minify-html-templates.mjs). Checked on TypeScript's output of every element source:
// only white space changes, and only inside those templates. (That the pages look the same was
// checked by screenshots of the example pages, built with and without it: pixel for pixel the same.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { minifyHtmlTemplates } from '../lib/minify-html-templates.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const compile = (source) => ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false } }).outputText;
const run = (code, id) => minifyHtmlTemplates(code, (text) => parseAst(text), id);

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('minifyHtmlTemplates', () => {
  it('turns each run of white space with a line break into one space, in html`` and svg`` only', () => {
    const code = [
      'const a = html`<div class="frame">',
      '    <p part="rule">${rule}</p>',
      '    ${ok ? html`<span>',
      '        yes</span>` : nothing}',
      '  </div>`;',
      'const b = svg`<g>\n  <text>${t}</text>\n</g>`;',
      'const c = css`:host {\n  display: block;\n}`;',
      'const d = `plain\n  text`;',
      'const e = html`<p>one  two</p>`;',
    ].join('\n');
    const out = run(code, 'a.js');
    assert.equal(
      out.code,
      [
        'const a = html`<div class="frame"> <p part="rule">${rule}</p> ${ok ? html`<span> yes</span>` : nothing} </div>`;',
        'const b = svg`<g> <text>${t}</text> </g>`;',
        'const c = css`:host {\n  display: block;\n}`;',
        'const d = `plain\n  text`;',
        'const e = html`<p>one  two</p>`;',
      ].join('\n'),
    );
    assert.ok(out.map.mappings.length > 0);
    assert.equal(run('const x = html`<p>a</p>`;', 'b.js'), null);
  });

  it('leaves escapes and expressions as written', () => {
    const out = run('const a = html`<p title="a\\nb">\n  ${"x\\n  y"}\\u00a0\n</p>`;', 'c.js');
    assert.equal(out.code, 'const a = html`<p title="a\\nb"> ${"x\\n  y"}\\u00a0 </p>`;');
  });

  it('changes nothing but white space inside the templates of every element source', () => {
    let templates = 0;
    for (const file of sources(join(ROOT, 'packages/elements/src'))) {
      const code = compile(readFileSync(file, 'utf8'));
      const out = run(code, file);
      if (!out) continue;
      templates++;
      assert.equal(out.code.replace(/\s+/g, ''), code.replace(/\s+/g, ''), `${file}: only white space`);
      // And no template text keeps a line break.
      const ast = parseAst(out.code);
      const left = [];
      (function visit(node) {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && ['html', 'svg'].includes(node.tag.name)) for (const quasi of node.quasi.quasis) if (/\n/.test(quasi.value.raw)) left.push(quasi.value.raw.slice(0, 60));
        for (const value of Object.values(node)) (Array.isArray(value) ? value : [value]).forEach((item) => item && typeof item === 'object' && visit(item));
      })(ast);
      assert.deepEqual(left, [], `${file}: no line break left in a template`);
    }
    assert.ok(templates >= 10, `templates found in ${templates} files`);
  });
});
