import type { AstroIntegration } from 'astro';

/**
 * Shows drafts only under `astro dev`. Decided by the command, not by NODE_ENV,
 * because a build run with NODE_ENV=test (as under a test runner) must still
 * leave drafts out.
 */
export function draftsIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
