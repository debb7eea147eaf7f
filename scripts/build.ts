// npm run build: the site's whole build, in two processes so that their memory does not add
// up. `astro build` renders the pages and exits; then this process builds the search index,
// draws the paragraph QR codes and writes the precompressed copies (scripts/lib/post-build/).
// `astro build` alone leaves a site without search. Arguments go to `astro build`
// (`--outDir <dir>`, `--force`); run it from the project to build (a fixture's folder in tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteConfig } from '../src/site.config.ts';
import { CACHE_DIR } from '../src/lib/build-paths.ts';
import { postBuild } from './lib/post-build/post-build.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const args = process.argv.slice(2);
const root = process.cwd();
const built = spawnSync(process.execPath, [astro, 'build', ...args], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const at = args.indexOf('--outDir');
const site = resolve(root, at >= 0 ? args[at + 1]! : 'dist');
if (!existsSync(site)) {
  console.error(`找不到 astro build 写出的 ${site}。`);
  process.exit(1);
}
await postBuild({
  site,
  cacheDir: join(root, CACHE_DIR),
  base: siteConfig.base,
  log: (line) => console.log(`[post-build] ${line}`),
});
