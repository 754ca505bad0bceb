// custom-elements.json for editors and tooling, generated from the components' JSDoc. Our elements
// register through `defineElement(tag, Class)` (safe double registration), which the analyzer does not
// know: this plugin reads those calls so each class gets its tag name.
const definitions = new Map();

function defineElementPlugin() {
  return {
    name: 'zhixing-define-element',
    analyzePhase({ ts, node }) {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tag, cls] = node.arguments;
        if (tag && cls && ts.isStringLiteral(tag) && ts.isIdentifier(cls)) definitions.set(cls.text, tag.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // File-system order differs between machines: sort, so the generated file is reproducible.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = definitions.get(declaration.name);
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: mod.path } }];
        }
        // Module-level helpers are not part of the elements' public surface.
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'function' || d.kind === 'mixin');
      }
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  // The configurator and the iframe page are tool pages of the release, not the package's API.
  exclude: ['packages/elements/src/**/*.test.ts', 'packages/elements/src/configurator/**'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [defineElementPlugin()],
};
