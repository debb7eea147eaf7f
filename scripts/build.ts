// npm run build: the site's whole build, in two processes so that their memory does not add
// up. `astro build` renders the pages and exits; then this process builds the search index,
// draws the paragraph QR codes and writes the precompressed copies (src/postbuild/).
// `astro build` alone leaves a site without search. Arguments go to `astro build`
// (`--outDir <dir>`, `--force`); run it from the project to build (a fixture's folder in tests).
//
// Nothing a crash leaves is published: the build holds a lock on its cache folder (a second
// build waits), writes into a staging folder beside the output, and replaces the output only
// once every step has succeeded. A build killed at any point leaves the last output as it was.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_REPOSITORY_WARNING, siteConfig } from '../src/site/config.ts';
import { CACHE_DIR } from '../src/site/build-paths.ts';
import { postBuild } from '../src/postbuild/post-build.ts';
import { acquireBuildLock } from './lib/build/build-lock.ts';
import { publishOutput, recoverOutput, stagingFolder } from './lib/build/staged-output.ts';
import { finishBuild, startBuild } from './lib/build/unfinished-build.ts';
import { BUILD_PARENT_VARIABLE } from '../src/integrations/build-parent.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const root = process.cwd();
const log = (line: string) => console.log(`[构建] ${line}`);
const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const out = resolve(root, at >= 0 ? args[at + 1]! : 'dist');
const staging = stagingFolder(out);
const cacheDir = join(root, CACHE_DIR);
const astroArgs = [
  ...(at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args),
  '--outDir',
  staging,
];

let release = () => {};
let child: ReturnType<typeof spawn> | undefined;
/** Stopped by Ctrl+C or `kill`: `astro build` stops too, and the lock and staging folder go. */
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    child?.kill(signal);
    rmSync(staging, { recursive: true, force: true });
    release();
    console.error(`[构建] 构建被中断（${signal}），${out} 保持原样。`);
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
  });
}

try {
  release = await acquireBuildLock(cacheDir, log);
  for (const line of recoverOutput(out)) log(line);
  if (startBuild(cacheDir))
    log('上一次构建没有完成（被中断或出错），Astro 的增量缓存可能不完整：这次重新生成全部页面。');
  const status = await new Promise<number>((done, fail) => {
    child = spawn(process.execPath, [astro, 'build', ...astroArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, [BUILD_PARENT_VARIABLE]: String(process.pid) },
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
  child = undefined;
  if (status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    process.exitCode = status;
  } else {
    await postBuild({
      site: staging,
      cacheDir,
      base: siteConfig.base,
      log: (line) => console.log(`[post-build] ${line}`),
    });
    publishOutput(staging, out);
    finishBuild(cacheDir);
    // Last, where a deployer reads it: a warning, not an error, since a site without editor links is a valid site.
    if (!siteConfig.repository) console.warn(`[构建] 提醒：${NO_REPOSITORY_WARNING}`);
  }
} catch (failure) {
  rmSync(staging, { recursive: true, force: true });
  throw failure;
} finally {
  release();
}
