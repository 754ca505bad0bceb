// The browser bundles compile Lit's decorators into each class's `static properties` block
// (scripts/lib/compile-decorators.mjs).
// Checked on TypeScript's own output for the real components (the shape the build sees) and on the
// decorators the plugin must refuse, so a decorator it does not know stops the build instead of
// shipping half compiled.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { compileDecorators } from '../lib/compile-decorators.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What @rollup/plugin-typescript hands on: ES2022, legacy decorators, helpers from tslib. */
const compile = (source) =>
  ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false, importHelpers: true },
  }).outputText;

const run = (source) => compileDecorators(compile(source), (code) => parseAst(code), 'test.ts');

describe('compileDecorators', () => {
  it('turns property() and state() into the properties block Lit reads at define time', () => {
    const out = run(`
      import { LitElement } from 'lit';
      import { property, state } from 'lit/decorators.js';
      export class Gauge extends LitElement {
        @property() metric?: string;
        @property({ type: Boolean, attribute: 'period-picker' }) periodPicker = false;
        @state() private announcement = '';
        @state({ hasChanged: () => true }) private tick = 0;
      }
    `);
    assert.ok(out, 'the module was rewritten');
    assert.doesNotMatch(out.code, /__decorate|tslib/, 'no helper, and no import of tslib left to bundle');
    assert.match(
      out.code,
      /Gauge\.properties = \{ "metric": \{\}, "periodPicker": \{ type: Boolean, attribute: 'period-picker' \}, "announcement": \{ state: true \}, "tick": \{ \.\.\.\{ hasChanged: \(\) => true \}, state: true \} \};/,
    );
    assert.equal(out.code.match(/\.properties = /g)?.length, 1, 'one block per class');
    assert.ok(out.map.mappings.length > 0, 'a source map comes with it');
  });

  it('gives each class its own block, and follows renamed imports', () => {
    const out = run(`
      import { ReactiveElement } from 'lit';
      import { property as prop } from '@lit/reactive-element/decorators/property.js';
      export class A extends ReactiveElement { @prop({ reflect: true }) mode = 'a'; }
      export class B extends A { @prop() size = 1; }
    `);
    assert.match(out.code, /A\.properties = \{ "mode": \{ reflect: true \} \};/);
    assert.match(out.code, /B\.properties = \{ "size": \{\} \};/);
    assert.equal(run(`export class B { x = 1; }`), null);
  });

  it('behaves as the decorators do in Lit: attributes, state, defaults, inheritance', async () => {
    // Lit runs in Node without a DOM for this: only class set-up (finalize) is checked.
    globalThis.HTMLElement ??= class {};
    globalThis.customElements ??= { define() {} };
    const { ReactiveElement } = await import('@lit/reactive-element');
    const source = compile(`
      import { ReactiveElement } from '@lit/reactive-element';
      import { property, state } from 'lit/decorators.js';
      export class A extends ReactiveElement {
        @property() src?: string;
        @property({ attribute: 'source-kind' }) sourceKind = 'static';
      }
      export class B extends A {
        @property({ type: Boolean, attribute: 'period-picker' }) periodPicker = false;
        @state() private shown = '';
      }
    `);
    const out = compileDecorators(source, (code) => parseAst(code), 'test.ts');
    const body = out.code.replace(/^import .*$/gm, '').replace(/export /g, '');
    const { A, B } = new Function('ReactiveElement', `${body}; return { A, B };`)(ReactiveElement);
    assert.deepEqual(B.observedAttributes, ['src', 'source-kind', 'period-picker'], 'state has no attribute; the base class comes first');
    assert.equal(B.elementProperties.get('periodPicker').type, Boolean);
    assert.equal(B.elementProperties.get('shown').state, true);
    for (const [cls, name] of [[A, 'src'], [A, 'sourceKind'], [B, 'periodPicker'], [B, 'shown']]) assert.ok(Object.getOwnPropertyDescriptor(cls.prototype, name)?.set, `${cls.name}.${name}: a reactive accessor`);
  });

  for (const [what, source] of [
    ['@query', `import { query } from 'lit/decorators.js'; class C { @query('#x') x?: Element; }`],
    ['a class decorator', `import { customElement } from 'lit/decorators.js'; @customElement('x-c') class C {}`],
    ['a decorator of its own', `const mine = () => () => {}; class C { @mine() x = 1; }`],
    ['two decorators on one member', `import { property, state } from 'lit/decorators.js'; class C { @property() @state() x = 1; }`],
    ['a property() with a spread argument', `import { property } from 'lit/decorators.js'; const o = [{}] as const; class C { @property(...o) x = 1; }`],
  ]) {
    it(`stops the build on ${what}`, () => assert.throws(() => run(source), /compile-decorators: test\.ts/));
  }

  it('compiles every decorator of the real components', () => {
    for (const file of ['internal/zhixing-element.ts', 'zx-execution-gauge/zx-execution-gauge.component.ts', 'zx-debtor-lookup/zx-debtor-lookup.component.ts', 'zx-exposure-board/zx-exposure-board.component.ts']) {
      const source = readFileSync(join(ROOT, 'packages/elements/src', file), 'utf8');
      const decorated = source.match(/^\s*@(property|state)\(/gm)?.length ?? 0;
      const out = compileDecorators(compile(source), (code) => parseAst(code), file);
      assert.ok(decorated > 0 && out, `${file} has decorators`);
      assert.doesNotMatch(out.code, /__decorate\(/, file);
      const block = /\.properties = \{(.*)\};/.exec(out.code);
      assert.ok(block, `${file}: a properties block`);
      assert.equal(block[1].match(/"\w+": /g)?.length, decorated, `${file}: one entry per decorated member`);
    }
  });
});
