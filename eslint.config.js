// Lint TypeScript and Astro files; formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/ (README, "Architecture"): which folder may not import which. ESLint's own
// no-restricted-imports matches the import as written, not the file it resolves to, so a
// relative import is recognised by how many "../" it takes to climb from the file back to src/;
// one config block per folder depth says so exactly (src/lib/data/x.ts reaches src/markdown as
// "../../markdown/…", while "../figures" there is src/lib/figures.ts). That keeps the rule free of
// a resolver plugin.
const SOURCE = '{ts,mts,js,mjs}';
const DEPTHS = [0, 1, 2, 3];

/** Config blocks that forbid files in src/<folder> to import the given folders of src/ and packages. */
function layer(folder, { folders, packages, message, ignores = [], only }) {
  return DEPTHS.map((depth) => {
    const files = only ? only(depth) : [`src/${folder}/${'*/'.repeat(depth)}*.${SOURCE}`];
    const patterns = [
      ...(folders.length ? [{ regex: `^(\\.\\./){${depth + 1}}(${folders.join('|')})(/|$)`, message }] : []),
      ...(packages.length ? [{ regex: `^(${packages.join('|')})$`, message }] : []),
    ];
    return { name: `layers/${folder}/depth-${depth}`, files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
  });
}

/** Test code in src/lib at a depth: *.test.ts files, and the helpers in testing/ and test-support/. */
const libTests = (depth) => [
  `src/lib/${'*/'.repeat(depth)}*.test.ts`,
  ...(depth > 0 ? [`src/lib/${'*/'.repeat(depth - 1)}{testing,test-support}/*.ts`] : []),
];

const LIB = {
  folders: ['markdown', 'components', 'markup', 'figures', 'site', 'pages', 'layouts', 'charts', 'maps'],
  packages: ['astro:.*', 'd3', 'd3-geo', '@observablehq/plot', 'linkedom'],
  message:
    'src/lib is pure TypeScript: it may not import markup, Markdown, figures, site glue, Astro modules, d3-geo, Plot or a DOM (see README, "Architecture").',
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layer('lib', { ...LIB, ignores: DEPTHS.flatMap(libTests) }),
  // Tests and their helpers may parse what they check with linkedom; nothing else changes for them.
  ...layer('lib', { ...LIB, packages: LIB.packages.filter((p) => p !== 'linkedom'), only: libTests }).map((block) => ({
    ...block,
    name: `${block.name}/tests`,
  })),
  ...['charts', 'maps'].flatMap((folder) =>
    layer(folder, {
      folders: ['components', 'markdown', 'pages', 'site', 'layouts'],
      packages: [],
      message: `src/${folder} draws figures from data; it may not import components, Markdown, pages or site glue (see README, "Architecture").`,
    }),
  ),
  ...layer('scripts', {
    folders: [],
    packages: ['d3', 'd3-.*', '@observablehq/plot'],
    message: 'src/scripts only enhances the SVG the build wrote; it may not bring d3 or Plot to the browser (see README, "Architecture").',
  }),
);
