import type { AstroIntegration } from 'astro';

/** The variable scripts/build.ts sets on the `astro build` it starts: its own process id. */
export const BUILD_PARENT_VARIABLE = 'KB_BUILD_PARENT';

/**
 * Ends an `astro build` started by `npm run build` once that process is gone. A
 * parent killed outright cannot stop its child, which would go on writing the
 * staging folder and the cache without the build lock, beside the next build.
 */
export function buildParentIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:build-parent',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const parent = Number(process.env[BUILD_PARENT_VARIABLE]);
        if (command !== 'build' || !Number.isInteger(parent) || parent <= 0) return;
        setInterval(() => {
          try {
            process.kill(parent, 0);
          } catch {
            console.error('[构建] 启动构建的进程已经结束，astro build 随之停止。');
            process.exit(1);
          }
        }, 500).unref();
      },
    },
  };
}
