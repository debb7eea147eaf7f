// Starlight with its defaults; only the site's language is set, so that its
// Pagefind search segments Chinese as it would for a Chinese site.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: '城乡社区治理与基层党建知识库',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
