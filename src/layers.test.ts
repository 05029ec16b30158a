// The layers of src/ are enforced by eslint.config.js; these cases lint one-line sources with the
// real config, as `npm run check` would, at paths inside each layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The restricted-import errors ESLint reports for `code` as if it were the file at `filePath`. */
async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${m.ruleId}: ${m.message}`);
}

describe('eslint.config.js layers', () => {
  it('fails src/lib importing src/markdown, naming the rule and the import', async () => {
    const errors = await restricted(
      "import { renderMarkdown } from '../../markdown/render';\nexport const r = renderMarkdown;\n",
      'src/lib/data/example.ts',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-imports: '\.\.\/\.\.\/markdown\/render' import is restricted/);
  });

  it('fails src/lib importing astro:content, d3-geo or Plot', async () => {
    const code =
      "import { getCollection } from 'astro:content';\nimport { geoPath } from 'd3-geo';\nimport * as Plot from '@observablehq/plot';\nexport const x = [getCollection, geoPath, Plot];\n";
    const errors = await restricted(code, 'src/lib/example.ts');
    expect(errors.map((e) => e.match(/'([^']+)' import/)?.[1])).toEqual(['astro:content', 'd3-geo', '@observablehq/plot']);
  });

  it('lets src/lib import its own modules, even one named like a layer', async () => {
    expect(
      await restricted("import { citableFigures } from '../figures';\nexport const f = citableFigures;\n", 'src/lib/data/example.ts'),
    ).toEqual([]);
  });

  it('fails src/maps importing a component or site glue', async () => {
    const errors = await restricted("import { page } from '../site/site';\nexport const p = page;\n", 'src/maps/example.ts');
    expect(errors[0]).toContain("'../site/site' import is restricted");
  });

  it('fails src/scripts importing d3 or Plot', async () => {
    const errors = await restricted("import { select } from 'd3-selection';\nexport const s = select;\n", 'src/scripts/example.ts');
    expect(errors[0]).toContain("'d3-selection' import is restricted");
  });
});
