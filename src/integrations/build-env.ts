import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Tells the site's code what kind of run this is. Drafts show only under
 * `astro dev`, decided by the command rather than NODE_ENV, because a build run
 * with NODE_ENV=test (as under a test runner) must still leave drafts out. The
 * project root lets the code ask git when each file last changed.
 */
export function buildEnvIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:build-env',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev'),
              'import.meta.env.KB_ROOT': JSON.stringify(fileURLToPath(config.root)),
            },
          },
        });
      },
    },
  };
}
