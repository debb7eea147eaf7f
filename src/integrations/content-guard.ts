import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks, hasErrors } from '../checks/index.ts';
import { formatReport } from '../checks/finding.ts';

/**
 * Runs the content check before Astro loads any content, so that MDX from a pull
 * request that imports code, embeds script or names nothing is refused before
 * it is ever compiled or run, whether or not `npm run check` was run first.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'knowledge-base:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const findings = await runChecks(fileURLToPath(config.root));
        if (hasErrors(findings)) throw new Error(`内容检查未通过，网站未生成。\n${formatReport(findings)}`);
        if (findings.length > 0) logger.warn(formatReport(findings));
      },
    },
  };
}
