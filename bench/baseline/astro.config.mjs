// The minimal baseline: what a team would start from with Astro's blog example,
// MDX and Pagefind run on the output. No checks, no tag pages, no search tuning.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
});
