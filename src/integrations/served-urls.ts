import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { error, type Finding } from '../checks/finding.ts';
import {
  BuiltSite,
  compareWithRegistry,
  protectedUrls,
  REGISTRY_FILE,
  WITHDRAWN_FILE,
} from '../checks/url-registry.ts';
import { refuseBuild } from './editor-report.ts';

/**
 * Fails the build when a URL in the published-URL registry is no longer served
 * (directly or through an alias redirect), because trainers' materials link to
 * it; a URL withdrawn on purpose (with its reason) is let go.
 */
export function urlRegistryIntegration(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'knowledge-base:url-registry',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const registry = protectedUrls(root);
        if (!registry) return;
        const { missing, added } = compareWithRegistry(
          registry,
          new BuiltSite(fileURLToPath(dir), base),
        );
        if (missing.length > 0)
          refuseBuild('已发布网址核对未通过，网站未发布。', missingFindings(root, missing));
        if (added.length > 0) {
          // Not a problem: merged, they are protected through the target branch (checks/target-branch.ts); registering keeps a record.
          logger.info(
            `本次构建有 ${added.length} 个登记表里还没有的网址；合并后它们就受保护，在本机编辑的可运行 npm run urls:accept 把它们记进登记表。`,
          );
        }
      },
    },
  };
}

/** One finding per registered URL the build no longer serves, at its line of the registry, as the content check reports. */
function missingFindings(root: string, missing: readonly string[]): Finding[] {
  const lines = readFileSync(join(root, REGISTRY_FILE), 'utf8').split('\n');
  return missing.map((url) =>
    error(
      REGISTRY_FILE,
      { line: lines.findIndex((line) => line.trim() === url) + 1, column: 1 },
      'published-url',
      `已发布的网址 ${url} 在本次构建中不再生成，发布后将失效。`,
      `若条目改了文件名，请在新文件的字段区加上 aliases: [旧文件名]；若确需撤下，在 ${WITHDRAWN_FILE} 里写一行：网址，空一格，撤下的原因，由审核人在合并请求里确认。`,
    ),
  );
}
