import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BuiltSite, compareWithRegistry, readRegistry, REGISTRY_FILE } from '../lib/url-registry.ts';

/**
 * Fails the build when a URL in the published-URL registry is no longer served
 * (directly or through an alias redirect), because trainers' materials link to
 * it; lists new URLs to register.
 */
export function urlRegistryIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'knowledge-base:url-registry',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const registry = readRegistry(root);
        if (!registry) return;
        const { missing, added } = compareWithRegistry(registry, new BuiltSite(fileURLToPath(dir)));
        if (missing.length > 0) {
          throw new Error(
            [
              `${missing.length} 个已发布的网址不再生成，网站未发布（登记表：${REGISTRY_FILE}）：`,
              ...missing.map((url) => `- ${url}`),
              '若条目改了文件名，请在新文件的字段区加上 aliases: [旧文件名]；若确需撤下，请删除登记表中的对应行，并在合并请求中说明原因。',
            ].join('\n'),
          );
        }
        if (added.length > 0) {
          logger.warn(`有 ${added.length} 个新网址尚未登记，请核对后运行 npm run urls:accept：\n${added.map((url) => `- ${url}`).join('\n')}`);
        }
      },
    },
  };
}
