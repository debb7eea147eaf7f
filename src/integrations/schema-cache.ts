import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Clears Astro's content cache when a schema changes. Astro only notices edits to
 * content.config.ts itself, not to the schema modules it imports, and would go on
 * serving entries parsed by the old schema (a new field simply missing).
 * @see https://github.com/withastro/astro/blob/main/packages/astro/src/content/content-layer.ts
 */
export function schemaCacheIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const schemasDir = fileURLToPath(new URL('schemas/', config.srcDir));
        const cacheDir = fileURLToPath(config.cacheDir);
        const digest = hashFolder(schemasDir);
        const marker = join(cacheDir, 'knowledge-base-schema-digest');
        const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
        if (previous === digest) return;
        if (previous !== undefined) logger.info('字段定义（src/schemas）已修改，清除内容缓存。');
        rmSync(join(cacheDir, 'data-store.json'), { force: true });
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(marker, digest);
      },
    },
  };
}

function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}
