// Rollup plugin for the browser bundles: the static text of Lit's `html` and `svg` templates loses the
// line breaks and indentation of the source. A run of white space that holds a line break becomes one
// space. HTML shows any such run as one space (none of these templates renders in a `pre` context, and
// no element's styles keep white space), and in an attribute value it separates the same words, so
// what is shown, and what a screen reader reads, is unchanged. terser leaves template text alone.
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg']);

/** Every node of an ESTree tree, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const item of value) yield* nodes(item);
    else if (value && typeof value.type === 'string') yield* nodes(value);
  }
}

/** Rewrites one module's code; null when no template changes. */
export function minifyHtmlTemplates(code, parse, id = 'module') {
  if (!/\b(html|svg)\s*`/.test(code)) return null;
  const out = new MagicString(code);
  let changed = false;
  for (const node of nodes(parse(code))) {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) continue;
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      // The parser's positions must cover exactly the template's text, or nothing is touched.
      if (raw !== quasi.value.raw) throw new Error(`minify-html-templates: ${id}: unexpected template positions at ${quasi.start}`);
      const squeezed = raw.replace(/[ \t]*\r?\n\s*/g, ' ');
      if (squeezed === raw) continue;
      out.overwrite(quasi.start, quasi.end, squeezed);
      changed = true;
    }
  }
  return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) } : null;
}

/** The Rollup plugin: after TypeScript, before minifying. */
export function minifyHtmlTemplatesPlugin() {
  return {
    name: 'minify-html-templates',
    transform(code, id) {
      if (!/packages\/elements\/src\/.*\.ts$/.test(id)) return null;
      return minifyHtmlTemplates(code, (text) => this.parse(text), id);
    },
  };
}
