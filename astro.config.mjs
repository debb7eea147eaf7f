// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/site/config.ts';
import { CACHE_DIR } from './src/site/build-paths.ts';
import { devParagraphCodesIntegration } from './src/integrations/dev-paragraph-codes.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { buildEnvIntegration } from './src/integrations/build-env.ts';
import { buildParentIntegration } from './src/integrations/build-parent.ts';
import { urlRegistryIntegration } from './src/integrations/served-urls.ts';
import { DISPLAY_MODE_SCRIPT_HASH } from './src/site/display-mode-script.ts';

export default defineConfig({
  site: siteConfig.url,
  // The sub-path of SITE_URL, if any: every page, asset and link is built under it.
  base: siteConfig.base,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // Pages whose cacheKey (routing/routes.ts) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  build: { format: 'directory' },
  // A strict Content-Security-Policy in every page's <meta>: scripts only from this site plus,
  // by hash, the display-mode script; Astro adds the hashes of its own. Pagefind compiles
  // WebAssembly ('wasm-unsafe-eval'); nothing may load from another host. What a <meta> cannot
  // say (frame-ancestors) the server adds: scripts/lib/deploy/security-headers.ts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [DISPLAY_MODE_SCRIPT_HASH],
      },
    },
  },
  markdown: {
    // Entries are rendered by the content loader (src/entries/), not here; this only keeps the
    // source's quotation marks if Markdown is ever rendered by Astro itself.
    processor: satteri({ features: { smartPunctuation: false } }),
    // No code highlighting: content has no code, and Shiki's inline styles would need the CSP loosened.
    syntaxHighlight: false,
  },
  // mdx() only lets a page under src/pages/ be written in MDX; no content entry goes through it:
  // the loader (src/entries/) parses entries as data and renders them without compiling any code.
  integrations: [
    buildParentIntegration(),
    contentGuard(),
    buildEnvIntegration(),
    mdx(),
    urlRegistryIntegration(),
    devParagraphCodesIntegration(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts and images as files, never inlined: pages then need no inline script, and no data: URLs.
      assetsInlineLimit: 0,
      // Tools load when first used; Vite's preload helper would add a kilobyte to every page for that.
      modulePreload: false,
    },
  },
});
