// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/site.config.ts';
import { anchorsPlugin } from './src/markdown/anchors-plugin.ts';
import { NUMBERED_FOLDERS } from './src/markdown/numbered-folders.ts';
import { glossaryPlugin } from './src/markdown/glossary-plugin.ts';
import { readGlossaryTerms } from './src/lib/glossary-terms.ts';
import { urls } from './src/lib/urls.ts';
import { fileURLToPath } from 'node:url';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { buildEnvIntegration } from './src/integrations/build-env.ts';
import { schemaCacheIntegration } from './src/integrations/schema-cache.ts';
import { urlRegistryIntegration } from './src/integrations/url-registry.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      hastPlugins: [
        anchorsPlugin({ numberedFolders: NUMBERED_FOLDERS }),
        glossaryPlugin({
          terms: readGlossaryTerms(fileURLToPath(new URL('.', import.meta.url))),
          folders: ['content/speeches', 'content/cases', 'content/concepts', 'content/sites'],
          href: (id) => urls.entry('glossary', id),
        }),
      ],
      // Smart punctuation would rewrite the source's quotation marks; the speech is reproduced verbatim.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [contentGuard(), schemaCacheIntegration(), buildEnvIntegration(), mdx(), urlRegistryIntegration(), pagefindIntegration()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts and images as files, never inlined: pages then need no inline script, and no data: URLs.
      assetsInlineLimit: 0,
      // Tools load when first used; Vite's preload helper would add a kilobyte to every page for that.
      modulePreload: false,
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
