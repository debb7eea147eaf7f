// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/site.config.ts';
import { anchorsPlugin } from './src/markdown/anchors-plugin.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { draftsIntegration } from './src/integrations/drafts.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      hastPlugins: [anchorsPlugin({ numberedFolders: ['content/speeches', 'content/cases'] })],
      // Smart punctuation would rewrite the source's quotation marks; the speech is reproduced verbatim.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [contentGuard(), draftsIntegration(), mdx(), sitemap(), pagefindIntegration()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro marks compiled MDX with a module-level directive that the bundler reports once per file;
        // the notice is harmless and would bury editors' real messages in the build log.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
