// The rooms of src/ and which rooms each may import, enforced by ESLint (eslint.config.mjs) so
// that a path says where its code runs: a module imported by browser code can never pull in
// Node, Astro or the knowledge base, and build-time rooms import only rooms below them.
import { dirname, relative, resolve, sep } from 'node:path';

/** Rooms that run in the browser, or are shared with it: no Node built-ins, no astro: modules. */
export const BROWSER_ROOMS = ['common', 'schemas', 'client'];

/** Build-side rooms a component, layout or page may read, in layering order. */
const BUILD_ROOMS = ['common', 'site', 'schemas', 'entries', 'knowledge', 'search', 'routing'];

/**
 * Each room of src/ and the rooms it may import besides itself. Pages, layouts and components
 * may also name browser code: Astro bundles a `<script>`'s imports for the browser.
 */
export const MAY_IMPORT = {
  common: [],
  // The 投稿 page validates a draft with the very schemas the build uses, so schemas are browser code too.
  client: ['common', 'schemas'],
  site: ['common'],
  schemas: ['common'],
  entries: ['common', 'site', 'schemas'],
  knowledge: ['common', 'site', 'schemas', 'entries'],
  search: ['common', 'site', 'schemas', 'entries', 'knowledge'],
  routing: ['common', 'site', 'schemas', 'entries', 'knowledge', 'search'],
  checks: ['common', 'site', 'schemas', 'entries', 'postbuild'],
  postbuild: ['common', 'site', 'schemas', 'entries', 'knowledge', 'search', 'routing'],
  integrations: ['common', 'site', 'schemas', 'entries', 'checks', 'postbuild'],
  components: [...BUILD_ROOMS, 'client', 'checks', 'styles'],
  layouts: [...BUILD_ROOMS, 'client', 'components', 'styles'],
  pages: [...BUILD_ROOMS, 'client', 'components', 'layouts', 'postbuild'],
  'content.config.ts': ['common', 'entries', 'schemas'],
  'env.d.ts': [],
};

/**
 * The room a file of src/ is in, or undefined outside src/. A `<script>` block of an .astro
 * file (linted as `X.astro/0_0.ts`) runs in the browser, so it is in client/.
 */
export function roomOf(srcRoot, file) {
  const path = relative(srcRoot, file);
  if (path.startsWith('..') || path === '') return undefined;
  if (/\.astro[\\/]/.test(path)) return 'client';
  return path.split(sep)[0];
}

const rooms = (room) => MAY_IMPORT[room].map((r) => `src/${r}/`).join(', ');

const hint = (room, inScript) =>
  inScript
    ? 'a <script> of an .astro file runs in the browser, so it may import only src/client/, src/common/ and src/schemas/'
    : BROWSER_ROOMS.includes(room)
      ? `src/${room}/ runs in the browser, so it may import only ${room === 'common' ? 'src/common/' : rooms(room)}`
      : `src/${room}/ may import only ${rooms(room) || 'itself'}`;

/** The ESLint rule: `rooms/layering`. */
export const layering = {
  meta: { type: 'problem', schema: [{ type: 'string' }] },
  create(context) {
    const srcRoot = resolve(context.options[0]);
    // A `<script>` block is linted as `X.astro/0_0.ts`: its name says the browser, its folder is X's.
    const file = context.filename;
    const folder = dirname(context.physicalFilename ?? file);
    const room = roomOf(srcRoot, file);
    if (room === undefined || !(room in MAY_IMPORT)) return {};
    const inScript = /\.astro[\\/]/.test(file);
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (BROWSER_ROOMS.includes(room) && /^(node:|astro:)/.test(spec)) {
        context.report({
          node: source,
          message: `${hint(room, inScript)}; '${spec}' is not there.`,
        });
        return;
      }
      if (!spec.startsWith('.')) return;
      const target = roomOf(srcRoot, resolve(folder, spec));
      if (target === undefined || target === room || MAY_IMPORT[room].includes(target)) return;
      context.report({
        node: source,
        message: `${hint(room, inScript)}; '${spec}' is in src/${target}/.`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layering } };
