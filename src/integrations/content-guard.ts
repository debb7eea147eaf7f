import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findMisplacedFiles } from '../lib/content-files.ts';

/**
 * Stops the build when a file under content/ would not become an entry (wrong
 * extension, a name that cannot be a URL, a subfolder), because the loaders
 * would otherwise pass over it without a word.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'knowledge-base:content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const misplaced = findMisplacedFiles(fileURLToPath(config.root));
        if (misplaced.length === 0) return;
        const lines = misplaced.map((file) => `- ${file.path}：${file.message}`);
        throw new Error([`content/ 中有 ${misplaced.length} 个文件不会被收录，网站未生成：`, ...lines].join('\n'));
      },
    },
  };
}
