import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recordFromHtml } from '../lib/search/records.ts';
import { INDEXED_CHARACTERS } from '../lib/search/tokens.ts';

/**
 * Builds the Pagefind index once the pages are written, so that `astro build`
 * alone produces a complete, searchable dist/. Pages are added as records whose
 * Chinese is cut into single characters (see lib/search/tokens.ts), not as HTML
 * for Pagefind to segment, because its index-time and query-time word segmentation
 * disagree and then miss pages or match stray characters.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh', includeCharacters: INDEXED_CHARACTERS });
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
        let count = 0;
        for (const file of await htmlFiles(site)) {
          const url = `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const record = recordFromHtml(url, await readFile(file, 'utf8'));
          if (!record) continue;
          const added = await index.addCustomRecord({ ...record, language: 'zh' });
          if (added.errors.length > 0) throw new Error(`Pagefind 无法索引 ${url}：${added.errors.join('; ')}`);
          count += 1;
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
        logger.info(`已为 ${count} 个页面建立检索索引。`);
        await pagefind.close();
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name === 'index.html').map((entry) => join(entry.parentPath, entry.name)).sort();
}
