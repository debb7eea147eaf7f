import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths.ts';

const eslint = new ESLint({ cwd: ROOT });

/** The layering messages ESLint gives `code` written at `file` (relative to the project root). */
async function layering(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages
    .filter((message) => message.ruleId === 'rooms/layering')
    .map((message) => message.message);
}

describe('the rooms of src/ import only the rooms below them', () => {
  test('browser code may import only src/common/', async () => {
    expect(
      await layering(
        'src/client/example.ts',
        "import { getEntries } from '../knowledge/content.ts';\nimport { a } from '../common/anchors.ts';\nimport { b } from './dom.ts';\n",
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/client/ runs in the browser, so it may import only src/common/, src/schemas/; '../knowledge/content.ts' is in src/knowledge/.",
      ]
    `);
  });

  test('shared code imports nothing outside src/common/, and no Node or Astro module', async () => {
    expect(
      await layering(
        'src/common/search/example.ts',
        "import { readFileSync } from 'node:fs';\nimport { getCollection } from 'astro:content';\nimport { siteConfig } from '../../site/config.ts';\nimport { tokens } from './tokens.ts';\nimport { labelOf } from '../collections.ts';\n",
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/common/ runs in the browser, so it may import only src/common/; 'node:fs' is not there.",
        "src/common/ runs in the browser, so it may import only src/common/; 'astro:content' is not there.",
        "src/common/ runs in the browser, so it may import only src/common/; '../../site/config.ts' is in src/site/.",
      ]
    `);
  });

  test('a <script> of a component runs in the browser even though its file is a component', async () => {
    const component =
      "---\nimport { urlOf } from '../../site/urls.ts';\n---\n<p>{urlOf}</p>\n<script>\n  import '../../client/search/search-page.ts';\n  import '../../knowledge/content.ts';\n</script>\n";
    expect(await layering('src/components/search/Example.astro', component)).toMatchInlineSnapshot(`
      [
        "a <script> of an .astro file runs in the browser, so it may import only src/client/, src/common/ and src/schemas/; '../../knowledge/content.ts' is in src/knowledge/.",
      ]
    `);
  });

  test('build rooms import downwards only: the knowledge base never reads post-build code', async () => {
    expect(
      await layering(
        'src/knowledge/example.ts',
        "import type { SearchRecord } from '../postbuild/search-records.ts';\nimport type { EntryItem } from './items.ts';\nimport { siteConfig } from '../site/config.ts';\n",
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/knowledge/ may import only src/common/, src/site/, src/schemas/, src/entries/; '../postbuild/search-records.ts' is in src/postbuild/.",
      ]
    `);
    expect(
      await layering(
        'src/routing/example.ts',
        "import { tagIndex } from '../knowledge/tag-index.ts';\n",
      ),
    ).toEqual([]);
  });
});
