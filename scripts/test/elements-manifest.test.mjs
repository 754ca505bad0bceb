// The generated custom-elements.json and the editors' custom data (VS Code, JetBrains): real
// definitions only, typed events, enumerated attributes as unions with their values.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const read = async (file) => JSON.parse(await readFile(new URL(`../../packages/elements/${file}`, import.meta.url), 'utf8'));
const manifest = await read('custom-elements.json');
const vscode = await read('vscode.html-custom-data.json');
const webTypes = await read('web-types.json');
const pkg = await read('package.json');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const ENUMERATED = {
  'zx-execution-gauge': { metric: ['closure-rate', 'actual-execution-rate', 'money-recovered'], compare: ['previous', 'target'], view: ['gauge', 'trend'], 'source-kind': ['static', 'api'], loading: ['lazy', 'eager'] },
  'zx-exposure-board': { mode: ['embedded', 'signage'], section: ['dishonest', 'restricted', 'rewards'], kind: ['all', 'natural-person', 'organization'], sort: ['amount', 'published'], 'source-kind': ['static', 'api'] },
  'zx-debtor-lookup': { 'source-kind': ['static', 'api'], loading: ['lazy', 'eager'] },
};

describe('custom-elements.json', () => {
  it('defines exactly the three elements (no bogus "tag" definition)', () => {
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
    assert.deepEqual(definitions.sort(), ['zx-debtor-lookup', 'zx-execution-gauge', 'zx-exposure-board']);
  });

  it('gives every event a type', () => {
    for (const el of elements) for (const event of el.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, `${el.tagName} ${event.name}`);
  });

  it('types enumerated attributes as unions of their values, never an opaque alias', () => {
    for (const [tag, attributes] of Object.entries(ENUMERATED)) {
      const el = elements.find((e) => e.tagName === tag);
      for (const [name, values] of Object.entries(attributes)) {
        const type = el.attributes.find((a) => a.name === name)?.type?.text ?? '';
        const literals = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined').map((p) => p.replace(/^'(.*)'$/, '$1'));
        assert.deepEqual(literals.sort(), [...values].sort(), `${tag} ${name}: ${type}`);
      }
    }
  });
});

describe('editor custom data', () => {
  it('VS Code html.customData lists the allowed values of each enumerated attribute', () => {
    for (const [tag, attributes] of Object.entries(ENUMERATED)) {
      const el = vscode.tags.find((t) => t.name === tag);
      assert.ok(el, tag);
      for (const [name, values] of Object.entries(attributes)) {
        assert.deepEqual(el.attributes.find((a) => a.name === name)?.values?.map((v) => v.name).sort(), [...values].sort(), `${tag} ${name}`);
      }
    }
  });

  it('JetBrains web-types lists elements, values, events and parts; package.json points at both files', () => {
    const els = webTypes.contributions.html.elements;
    for (const [tag, attributes] of Object.entries(ENUMERATED)) {
      const el = els.find((e) => e.name === tag);
      for (const [name, values] of Object.entries(attributes)) {
        assert.deepEqual(el.attributes.find((a) => a.name === name)?.values?.map((v) => v.name).sort(), [...values].sort(), `${tag} ${name}`);
      }
      assert.ok(el.events.some((e) => e.name === 'zx-error'));
      assert.ok(el.css.parts.length > 0);
    }
    assert.equal(pkg['web-types'], './web-types.json');
    assert.ok(pkg.files.includes('vscode.html-custom-data.json') && pkg.files.includes('web-types.json'));
  });
});
