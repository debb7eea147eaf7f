import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks, hasErrors } from '../checks/index.ts';
import { targetFor } from '../checks/target-branch.ts';
import { siteConfig } from '../site/config.ts';
import { printReport, refuseBuild } from './editor-report.ts';
import { DevContentCheck } from './dev-content-check.ts';

/**
 * Runs the content check before Astro loads any content, so that MDX from a pull
 * request that imports code, embeds script or names nothing is refused before
 * it is ever compiled or run, whether or not `npm run check` was run first. A
 * build stops with the editors' report; `astro dev` never stops for content:
 * it checks again on every change and shows the findings on the pages.
 */
export function contentGuard(): AstroIntegration {
  let dev: DevContentCheck | undefined;
  return {
    name: 'knowledge-base:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        const root = fileURLToPath(config.root);
        if (command === 'dev') {
          dev = new DevContentCheck(root);
          return;
        }
        // Against the target branch too, so that a build refuses what the merge request's check refuses.
        const findings = await runChecks(root, targetFor(root, siteConfig.branch).target);
        if (hasErrors(findings)) refuseBuild('内容检查未通过，网站未生成。', findings);
        if (findings.length > 0) printReport('内容检查有提醒，网站照常生成：', findings);
      },
      'astro:server:setup': ({ server }) => {
        dev?.watch(server);
      },
    },
  };
}
